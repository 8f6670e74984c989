import type { LocaleBundle } from '../../i18n/types';

export const qualityLocale: LocaleBundle = {
  'zh-CN': { empty: { title: '还没有质量数据', hint: '导入订单和售后单并完成质检后，这里会显示缺陷类型与退货率的关系。' } },
  'en-US': { empty: { title: 'No quality data yet', hint: 'Once orders and cases are imported and returns inspected, this page ties defect types to return rates.' } },
};
