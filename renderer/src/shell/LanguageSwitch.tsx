import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { rememberLanguage } from '../i18n';
import { languages, type Language } from '../i18n/types';

/**
 * Switches at once, remembers on this PC, and (when logged in) on the user so it follows them. Plain buttons styled
 * like a segmented control: it is on the login picker, which loads before the component library.
 */
export const LanguageSwitch = ({ loggedIn = false }: { loggedIn?: boolean }) => {
  const { t, i18n } = useTranslation();
  const change = (language: Language) => {
    if (language === i18n.language) return;
    rememberLanguage(language);
    void i18n.changeLanguage(language);
    if (loggedIn) void call('auth.setLocale', { locale: language }).catch(() => undefined);
  };
  return (
    <div className="segmented" role="radiogroup" aria-label={t('language.label')} data-testid="language-switch">
      {languages.map((l) => (
        <button
          key={l}
          type="button"
          role="radio"
          aria-checked={i18n.language === l}
          className={i18n.language === l ? 'segmented-item selected' : 'segmented-item'}
          onClick={() => change(l)}
        >
          {t(`language.${l}`)}
        </button>
      ))}
    </div>
  );
};
