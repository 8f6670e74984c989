import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Scorecard, SupplierScorecard } from '../../../../shared/contract/scorecard.contract';
import { formatFen, formatNumber, formatPercent } from '../../i18n/format';

interface Props {
  card: Scorecard;
  lang: string;
  selected: string | null;
  onSelect: (supplierId: string) => void;
}

const Sub = ({ children }: { children: React.ReactNode }) => <span className="scorecard-sub">{children}</span>;

/** Every supplier side by side; a click picks the one whose defects and PDF are shown below. */
export const SupplierTable = ({ card, lang, selected, onSelect }: Props) => {
  const { t } = useTranslation('scorecard');
  const n = (v: number) => formatNumber(v, lang);
  const columns: ColumnsType<SupplierScorecard> = [
    {
      key: 'supplier',
      title: t('col.supplier'),
      fixed: 'left',
      width: 170,
      render: (_, s) => (
        <>
          <Typography.Link>{s.name}</Typography.Link> {!s.active && <Tag>{t('inactive')}</Tag>}
        </>
      ),
    },
    {
      key: 'lots',
      title: (
        <>
          {t('col.lots')}
          <Sub>{t('col.accepted')}</Sub>
        </>
      ),
      align: 'right',
      sorter: (a, b) => a.lotsReceived - b.lotsReceived,
      render: (_, s) => (
        <>
          {n(s.lotsReceived)}
          <Sub>{`${s.lotsAccepted} / ${s.lotsRejected} / ${s.lotsNotJudged}`}</Sub>
        </>
      ),
    },
    {
      key: 'acceptance',
      title: t('col.acceptance'),
      align: 'right',
      render: (_, s) =>
        s.acceptanceRate === null ? (
          <Typography.Text type="secondary">{t('notJudged')}</Typography.Text>
        ) : (
          formatPercent(s.acceptanceRate, lang)
        ),
    },
    {
      key: 'qc',
      title: (
        <>
          {t('col.qc')}
          <Sub>{t('col.qcByClass')}</Sub>
        </>
      ),
      align: 'right',
      sorter: (a, b) => (a.qcPer100?.total ?? -1) - (b.qcPer100?.total ?? -1),
      render: (_, s) =>
        s.qcPer100 === null ? (
          <Typography.Text type="secondary">{t('notSampled')}</Typography.Text>
        ) : (
          <>
            {formatNumber(s.qcPer100.total, lang, 2)}
            <Sub>{[s.qcPer100.critical, s.qcPer100.major, s.qcPer100.minor].map((v) => formatNumber(v, lang, 2)).join(' / ')}</Sub>
          </>
        ),
    },
    {
      key: 'sold',
      title: (
        <>
          {t('col.sold')}
          <Sub>{t('col.soldSplit')}</Sub>
        </>
      ),
      align: 'right',
      sorter: (a, b) => a.unitsSold - b.unitsSold,
      render: (_, s) => (
        <>
          {n(s.unitsSold)}
          <Sub>{`${n(s.labelledUnits)} / ${n(s.estimatedUnits)} / ${n(s.noLotUnits)}`}</Sub>
        </>
      ),
    },
    {
      key: 'returnRate',
      title: (
        <>
          {t('col.returnRate')}
          <Sub>{t('col.returned')}</Sub>
        </>
      ),
      align: 'right',
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.returnRate - b.returnRate,
      render: (_, s) => (
        <>
          {formatPercent(s.returnRate, lang, 2)}
          <Sub>{n(s.unitsReturned)}</Sub>
        </>
      ),
    },
    { key: 'faultUnits', title: t('col.faultUnits'), align: 'right', render: (_, s) => n(s.supplierFaultUnits) },
    {
      key: 'cost',
      title: t('col.cost'),
      align: 'right',
      sorter: (a, b) => a.costOfReturnsFen - b.costOfReturnsFen,
      render: (_, s) => (
        <>
          {formatFen(s.costOfReturnsFen, lang)}
          <Sub>{`${t('col.faultCost')} ${formatFen(s.supplierFaultCostFen, lang)}`}</Sub>
        </>
      ),
    },
    {
      key: 'actions',
      title: t('col.actions'),
      align: 'right',
      render: (_, s) =>
        s.openActions.source === 'recorded' ? (
          n(s.openActions.count)
        ) : (
          <Typography.Text type="secondary">{t('notRecorded')}</Typography.Text>
        ),
    },
  ];
  return (
    <Table<SupplierScorecard>
      className="scorecard-card"
      data-testid="scorecard-table"
      size="small"
      rowKey="supplierId"
      columns={columns}
      dataSource={card.suppliers}
      pagination={false}
      scroll={{ x: 1100 }}
      rowClassName={(s) => (s.supplierId === selected ? 'scorecard-row-selected' : '')}
      onRow={(s) =>
        ({
          onClick: () => onSelect(s.supplierId),
          style: { cursor: 'pointer' },
          'data-testid': `scorecard-row-${s.supplierId}`,
        }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
};
