import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuthCard } from './AuthCard';

/**
 * The page was opened without the per-launch token (a bookmark, a link typed by hand): the service refuses every
 * call, so instead of an empty login picker, say what happened and how to open the app properly.
 */
export const NoToken = () => {
  const { t } = useTranslation('auth');
  return (
    <AuthCard title={t('login.title')}>
      <div data-testid="no-token">
        <Alert type="warning" showIcon title={t('noToken.title')} description={t('noToken.text')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph>{t('noToken.desktop')}</Typography.Paragraph>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('noToken.browser')}</Typography.Paragraph>
      </div>
    </AuthCard>
  );
};
