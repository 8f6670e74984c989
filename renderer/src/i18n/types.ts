/** A namespace's strings in both languages. Chinese first: warehouse screens default to it. */
export interface LocaleBundle {
  'zh-CN': Record<string, unknown>;
  'en-US': Record<string, unknown>;
}
export const languages = ['zh-CN', 'en-US'] as const;
export type Language = (typeof languages)[number];
