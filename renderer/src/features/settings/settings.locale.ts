import type { LocaleBundle } from '../../i18n/types';

export const settingsLocale: LocaleBundle = {
  'zh-CN': { empty: { title: '设置', hint: '用户、缺陷分类、售后时效和备份。' } },
  'en-US': { empty: { title: 'Settings', hint: 'Users, defect taxonomy, after-sales deadlines and backups.' } },
};
