import type { LocaleBundle } from '../../i18n/types';

export const casesLocale: LocaleBundle = {
  'zh-CN': { empty: { title: '还没有售后单', hint: '导入拼多多售后导出文件后，所有售后单和截止时间会显示在这里。' } },
  'en-US': { empty: { title: 'No after-sales cases yet', hint: 'Import a Pinduoduo after-sales export and every case with its deadline shows up here.' } },
};
