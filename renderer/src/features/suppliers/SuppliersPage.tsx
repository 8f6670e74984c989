import './suppliers.css';
import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { LotsTab } from '../lots/LotsTab';
import { SuppliersTab } from './SuppliersTab';

/** Suppliers and the lots received from them: the master data the supplier and lot charts stand on. */
export const SuppliersPage = () => {
  const { t } = useTranslation('suppliers');
  return (
    <Card className="suppliers-card" data-testid="suppliers-page">
      <Tabs
        destroyOnHidden
        items={[
          { key: 'suppliers', label: <span data-testid="tab-suppliers">{t('tab.suppliers')}</span>, children: <SuppliersTab /> },
          { key: 'lots', label: <span data-testid="tab-lots">{t('tab.lots')}</span>, children: <LotsTab /> },
        ]}
      />
    </Card>
  );
};
