import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonLocale } from './common.locale';
import { followLanguage } from './dayjs-locale';
import { featureLocales } from './feature-locales';
import { languages, type Language } from './types';

const storageKey = 'returnlens.locale';

/** The language chosen on this PC; Chinese by default (warehouse staff often read only Chinese). */
export const storedLanguage = (): Language => {
  const stored = localStorage.getItem(storageKey);
  return languages.find((l) => l === stored) ?? 'zh-CN';
};

export const rememberLanguage = (language: Language) => {
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
};

const namespaces = { common: commonLocale, ...featureLocales };

void i18n.use(initReactI18next).init({
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  ns: Object.keys(namespaces),
  defaultNS: 'common',
  resources: Object.fromEntries(
    languages.map((lng) => [lng, Object.fromEntries(Object.entries(namespaces).map(([ns, bundle]) => [ns, bundle[lng]]))]),
  ),
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = storedLanguage();
// Date pickers and any dayjs wording switch with the app, live.
followLanguage(storedLanguage());
i18n.on('languageChanged', followLanguage);

export default i18n;
