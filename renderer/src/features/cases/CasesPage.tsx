import { useTranslation } from 'react-i18next';
import { EmptyArea } from '../../ui/EmptyArea';

export const CasesPage = () => {
  const { t } = useTranslation('cases');
  return <EmptyArea title={t('empty.title')} hint={t('empty.hint')} />;
};
