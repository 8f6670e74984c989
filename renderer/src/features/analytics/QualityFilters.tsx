import { InfoCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Select, Space, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AnalyticsFilter } from '../../../../shared/contract/analytics.contract';
import type { Output } from '../../../../shared/contract';

type Options = Output<'analytics.options'>;

const select = (
  placeholder: string,
  value: string | undefined,
  options: { value: string; label: string }[],
  onChange: (v: string | undefined) => void,
  testId: string,
) => (
  <Select
    allowClear
    showSearch
    optionFilterProp="label"
    placeholder={placeholder}
    value={value}
    onChange={(v: string | undefined) => onChange(v)}
    options={options}
    style={{ minWidth: 150 }}
    data-testid={testId}
    popupMatchSelectWidth={false}
  />
);

/** Cohort filters. The range picks PAID months of the orders; the other filters narrow the same cohort. */
export const QualityFilters = ({
  options,
  filter,
  onChange,
}: {
  options: Options | undefined;
  filter: AnalyticsFilter;
  onChange: (f: AnalyticsFilter) => void;
}) => {
  const { t } = useTranslation('analytics');
  const set = (patch: Partial<AnalyticsFilter>) =>
    onChange(Object.fromEntries(Object.entries({ ...filter, ...patch }).filter(([, v]) => v !== undefined)));
  const skus = (options?.skus ?? []).filter((s) => !filter.productId || s.productId === filter.productId);
  const lots = (options?.lots ?? []).filter((l) => !filter.skuId || l.skuId === filter.skuId);
  const skuCode = new Map((options?.skus ?? []).map((s) => [s.id, s.code]));
  return (
    <Space wrap size={8} className="quality-filters">
      <Space size={4}>
        <DatePicker.RangePicker
          picker="month"
          allowEmpty={[true, true]}
          placeholder={[t('filters.range'), t('filters.range')]}
          value={[filter.from ? dayjs(`${filter.from}-01`) : null, filter.to ? dayjs(`${filter.to}-01`) : null]}
          onChange={(range) => set({ from: range?.[0]?.format('YYYY-MM'), to: range?.[1]?.format('YYYY-MM') })}
          data-testid="filter-range"
        />
        <Tooltip title={t('filters.rangeHelp')}>
          <InfoCircleOutlined className="quality-help" />
        </Tooltip>
      </Space>
      {(options?.stores.length ?? 0) > 1 &&
        select(
          t('filters.store'),
          filter.storeId,
          (options?.stores ?? []).map((s) => ({ value: s.id, label: s.name })),
          (storeId) => set({ storeId }),
          'filter-store',
        )}
      {select(
        t('filters.product'),
        filter.productId,
        (options?.products ?? []).map((p) => ({ value: p.id, label: p.name })),
        (productId) => set({ productId, skuId: undefined, lotId: undefined }),
        'filter-product',
      )}
      {select(
        t('filters.sku'),
        filter.skuId,
        skus.map((s) => ({ value: s.id, label: s.code })),
        (skuId) => set({ skuId, lotId: undefined }),
        'filter-sku',
      )}
      {select(
        t('filters.supplier'),
        filter.supplierId,
        (options?.suppliers ?? []).map((s) => ({ value: s.id, label: s.name })),
        (supplierId) => set({ supplierId }),
        'filter-supplier',
      )}
      {select(
        t('filters.lot'),
        filter.lotId,
        lots.map((l) => ({ value: l.id, label: `${l.code} · ${skuCode.get(l.skuId) ?? ''}` })),
        (lotId) => set({ lotId }),
        'filter-lot',
      )}
      <Button icon={<ReloadOutlined />} onClick={() => onChange({})} disabled={Object.keys(filter).length === 0}>
        {t('filters.reset')}
      </Button>
    </Space>
  );
};
