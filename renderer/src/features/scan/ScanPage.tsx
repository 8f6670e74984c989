import { useTranslation } from 'react-i18next';
import { EmptyArea } from '../../ui/EmptyArea';

export const ScanPage = () => {
  const { t } = useTranslation('scan');
  return <EmptyArea title={t('empty.title')} hint={t('empty.hint')} />;
};
