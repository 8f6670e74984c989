import './settings.css';
import { Card, Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { AuditTab } from './AuditTab';
import { DeskAlertsTab } from '../desk/DeskAlertsTab';
import { BackupsTab } from './BackupsTab';
import { IdleLockTab } from './IdleLockTab';
import { PolicyTab } from './PolicyTab';
import { FollowUpTab } from '../clocks/FollowUpTab';
import { EscalationSettingsTab } from '../escalation/EscalationSettingsTab';
import { SkuCostsTab } from './SkuCostsTab';
import { TaxonomyManager } from '../taxonomy/TaxonomyManager';
import { TemplatesTab } from '../templates/TemplatesTab';
import { CauseListTab } from '../causes/CauseListTab';
import { UsersTab } from './UsersTab';
import { ProductRulesTab } from '../law/ProductRulesTab';
import { StorePolicyTab } from '../law/StorePolicyTab';
import { RemedyCostsTab } from '../remedies/RemedyCostsTab';
import { AqlSettingsTab } from '../aql/AqlSettingsTab';

/**
 * Owners see every tab; inspectors and service staff see the deadline policy (read-only) that explains
 * the deadlines on their screens. The backend refuses their writes regardless.
 */
export const SettingsPage = () => {
  const { t } = useTranslation(['settings', 'law', 'aql']);
  const { user } = useSession();
  const owner = user.role === 'owner';
  const tabs: { key: string; label: string; children: ReactNode; show: boolean }[] = [
    // Grouped as an owner thinks of them: the team, the clocks, the money, the law, the words, the data.
    { key: 'users', label: t('tab.users'), children: <UsersTab />, show: owner },
    { key: 'lock', label: t('tab.lock'), children: <IdleLockTab />, show: owner },
    { key: 'policy', label: t('tab.policy'), children: <PolicyTab />, show: true },
    { key: 'deskAlerts', label: t('desk:settings.tab'), children: <DeskAlertsTab />, show: owner },
    { key: 'followUp', label: t('tab.followUp'), children: <FollowUpTab />, show: true },
    { key: 'escalation', label: t('escalation:settings.tab'), children: <EscalationSettingsTab />, show: user.role !== 'inspector' },
    { key: 'remedyCosts', label: t('tab.remedyCosts'), children: <RemedyCostsTab />, show: user.role !== 'inspector' },
    { key: 'skus', label: t('tab.skus'), children: <SkuCostsTab />, show: owner },
    { key: 'productRules', label: t('law:products.tab'), children: <ProductRulesTab />, show: owner },
    { key: 'storePolicy', label: t('law:storePolicy.tab'), children: <StorePolicyTab />, show: owner },
    { key: 'templates', label: t('tab.templates'), children: <TemplatesTab />, show: owner },
    { key: 'taxonomy', label: t('tab.taxonomy'), children: <TaxonomyManager />, show: owner },
    { key: 'causes', label: t('causes:settings.tab'), children: <CauseListTab />, show: owner },
    { key: 'aql', label: t('aql:settings.tab'), children: <AqlSettingsTab />, show: owner },
    { key: 'backups', label: t('tab.backups'), children: <BackupsTab />, show: owner },
    { key: 'audit', label: t('tab.audit'), children: <AuditTab />, show: owner },
  ];
  return (
    <Card className="settings-card" data-testid="settings-page">
      {/* A list down the side: thirteen settings do not fit in one row, and a tab hidden under "…" is a tab not found. */}
      <Tabs
        tabPosition="left"
        destroyOnHidden
        items={tabs
          .filter((tab) => tab.show)
          .map(({ key, label, children }) => ({ key, label: <span data-testid={`settings-tab-${key}`}>{label}</span>, children }))}
      />
    </Card>
  );
};
