import { useTranslation } from 'react-i18next';
import { EmptyArea } from '../../ui/EmptyArea';

export const QualityPage = () => {
  const { t } = useTranslation('quality');
  return <EmptyArea title={t('empty.title')} hint={t('empty.hint')} />;
};
