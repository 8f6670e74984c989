import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { rememberLanguage } from '../i18n';
import { languages, type Language } from '../i18n/types';

/** Switches at once, remembers on this PC, and (when logged in) on the user so it follows them. */
export const LanguageSwitch = ({ loggedIn = false }: { loggedIn?: boolean }) => {
  const { t, i18n } = useTranslation();
  const change = (language: Language) => {
    rememberLanguage(language);
    void i18n.changeLanguage(language);
    if (loggedIn) void call('auth.setLocale', { locale: language }).catch(() => undefined);
  };
  return (
    <Segmented
      size="small"
      data-testid="language-switch"
      value={i18n.language}
      onChange={(v) => change(v as Language)}
      options={languages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
    />
  );
};
