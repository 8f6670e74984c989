import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shell/LanguageSwitch';

/**
 * The frame of the first-run, login and lock screens. Plain elements, no Ant Design: the login picker is the first
 * screen of every start and loads before the component library (see boot/Boot.tsx).
 */
export const AuthCard = ({ title, children }: { title: string; children: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <div className="auth-screen">
      <div className="auth-brand">
        <div className="brand-mark">RL</div>
        <div>
          <h2 className="auth-brand-name">{t('app.name')}</h2>
          <div className="auth-muted">{t('app.tagline')}</div>
        </div>
      </div>
      <section className="auth-card" aria-label={title}>
        <header className="auth-card-head">
          <h3>{title}</h3>
          <LanguageSwitch />
        </header>
        <div className="auth-card-body">{children}</div>
      </section>
      <div className="auth-muted auth-footer">{t('offline')}</div>
    </div>
  );
};
