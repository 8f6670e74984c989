import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shell/LanguageSwitch';

/** The frame of the first-run and login screens. */
export const AuthCard = ({ title, children }: { title: string; children: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <div className="auth-screen">
      <div className="auth-brand">
        <div className="brand-mark">RL</div>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
        </div>
      </div>
      <Card className="auth-card" title={title} extra={<LanguageSwitch />}>
        {children}
      </Card>
      <Typography.Text type="secondary" className="auth-footer">
        {t('offline')}
      </Typography.Text>
    </div>
  );
};
