import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonLocale } from './common.locale';
import { followLanguage } from './dayjs-locale';
import { authLocale } from '../auth/auth.locale';
import { errorsLocale } from '../ui/errors.locale';
import { languages, type LocaleBundle, type Language } from './types';

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

/**
 * The login picker's words only: the areas' namespaces come with the signed-in app's chunk
 * (register-feature-locales.ts), so the first screen does not parse every screen's strings.
 */
const firstScreenNamespaces: Record<string, LocaleBundle> = { common: commonLocale, auth: authLocale, errors: errorsLocale };

const resourcesOf = (namespaces: Record<string, LocaleBundle>) =>
  Object.fromEntries(
    languages.map((lng) => [lng, Object.fromEntries(Object.entries(namespaces).map(([ns, bundle]) => [ns, bundle[lng]]))]),
  );

/** Adds namespaces after start (the signed-in app's chunk); a namespace already there is left as it is. */
export const addNamespaces = (namespaces: Record<string, LocaleBundle>): void => {
  for (const [lng, bundles] of Object.entries(resourcesOf(namespaces)))
    for (const [ns, bundle] of Object.entries(bundles)) if (!i18n.hasResourceBundle(lng, ns)) i18n.addResourceBundle(lng, ns, bundle);
};

void i18n.use(initReactI18next).init({
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  ns: Object.keys(firstScreenNamespaces),
  defaultNS: 'common',
  resources: resourcesOf(firstScreenNamespaces),
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = storedLanguage();
// Date pickers and any dayjs wording switch with the app, live.
followLanguage(storedLanguage());
i18n.on('languageChanged', followLanguage);

export default i18n;
