import type { LocaleBundle } from '../../i18n/types';

export const scanLocale: LocaleBundle = {
  'zh-CN': { empty: { title: '扫描退货包裹', hint: '用扫码枪扫描退货快递单号、订单号、售后单号、商家编码或条码，开始收货和质检。' } },
  'en-US': { empty: { title: 'Scan a returned parcel', hint: 'Scan a return tracking number, order number, case number, SKU code or barcode to receive and inspect it.' } },
};
