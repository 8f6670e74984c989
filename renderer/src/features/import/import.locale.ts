import type { LocaleBundle } from '../../i18n/types';

export const importLocale: LocaleBundle = {
  'zh-CN': { empty: { title: '导入拼多多导出文件', hint: '选择或拖入订单、售后导出文件（CSV 或 XLSX，GBK 或 UTF-8），先预览再写入。' } },
  'en-US': { empty: { title: 'Import Pinduoduo exports', hint: 'Choose or drop an order or after-sales export (CSV or XLSX, GBK or UTF-8); preview before anything is written.' } },
};
