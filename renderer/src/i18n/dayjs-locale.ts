import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/zh-cn';
import type { Language } from './types';

/**
 * dayjs's locale for the app's language. antd's date pickers take their month and weekday names from dayjs, so
 * without the Chinese locale loaded and chosen, the Chinese picker read "2026年 Dec" and "Su Mo Tu".
 */
export const dayjsLocaleOf = (language: string): string => (language === ('en-US' satisfies Language) ? 'en' : 'zh-cn');

export const followLanguage = (language: string): void => {
  dayjs.locale(dayjsLocaleOf(language));
};
