import { useTranslation } from 'react-i18next';
import { EmptyArea } from '../../ui/EmptyArea';

export const SettingsPage = () => {
  const { t } = useTranslation('settings');
  return <EmptyArea title={t('empty.title')} hint={t('empty.hint')} />;
};
