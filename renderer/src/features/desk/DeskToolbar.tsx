import { Badge, Input, Segmented, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { caseTypes, reasonCategories } from '../../../../shared/domain/aftersales';
import type { DeskFilters } from './desk-filters';

interface Props {
  filters: DeskFilters;
  onChange: (next: DeskFilters) => void;
  counts: { mine: number; team: number; others: number } | undefined;
  stores: { id: string; name: string }[];
}

/** Tabs with their counts, then the filters every tab shares (type, reason, waiting on, dispute, SKU, store). */
export const DeskToolbar = ({ filters, onChange, counts, stores }: Props) => {
  const { t } = useTranslation(['desk', 'cases']);
  const set = (patch: Partial<DeskFilters>) => onChange({ ...filters, ...patch });
  const tabs = ['mine', 'team', 'others'] as const;
  return (
    <Space wrap size={12} className="desk-toolbar">
      <Segmented<DeskFilters['tab']>
        value={filters.tab}
        onChange={(tab) => set({ tab })}
        options={tabs.map((tab) => ({
          value: tab,
          label: (
            <Space size={6} data-testid={`desk-tab-${tab}`}>
              {t(`scope.${tab}`)}
              <Badge count={counts?.[tab] ?? 0} showZero overflowCount={9999} color="#bfbfbf" />
            </Space>
          ),
        }))}
      />
      {filters.tab !== 'others' ? (
        <Space size={6}>
          <Switch size="small" checked={filters.urgent} onChange={(urgent) => set({ urgent })} data-testid="desk-urgent" />
          {t('urgentOnly')}
        </Space>
      ) : (
        <Select
          allowClear
          placeholder={t('filter.waitingOn')}
          className="desk-filter"
          value={filters.waitingOn}
          onChange={(waitingOn) => set({ waitingOn })}
          options={(['buyer', 'platform', 'review'] as const).map((v) => ({ value: v, label: t(`waitingOn.${v}`) }))}
        />
      )}
      <Select
        allowClear
        placeholder={t('filter.type')}
        className="desk-filter"
        value={filters.type}
        onChange={(type) => set({ type })}
        options={caseTypes.map((v) => ({ value: v, label: t(`cases:type.${v}`) }))}
      />
      <Select
        allowClear
        placeholder={t('filter.reason')}
        className="desk-filter"
        value={filters.reasonCategory}
        onChange={(reasonCategory) => set({ reasonCategory })}
        options={reasonCategories.map((v) => ({ value: v, label: t(`cases:reason.${v}`) }))}
      />
      <Input
        allowClear
        placeholder={t('filter.sku')}
        className="desk-filter"
        maxLength={64}
        onChange={(e) => set({ skuCode: e.target.value.trim() || undefined })}
      />
      {stores.length > 1 && (
        <Select
          allowClear
          placeholder={t('filter.store')}
          className="desk-filter"
          value={filters.storeId}
          onChange={(storeId) => set({ storeId })}
          options={stores.map((s) => ({ value: s.id, label: s.name }))}
        />
      )}
      <Space size={6}>
        <Switch size="small" checked={filters.dispute} onChange={(dispute) => set({ dispute })} />
        {t('filter.dispute')}
      </Space>
    </Space>
  );
};
