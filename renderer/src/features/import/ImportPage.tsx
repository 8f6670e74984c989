import { useTranslation } from 'react-i18next';
import { EmptyArea } from '../../ui/EmptyArea';

export const ImportPage = () => {
  const { t } = useTranslation('import');
  return <EmptyArea title={t('empty.title')} hint={t('empty.hint')} />;
};
