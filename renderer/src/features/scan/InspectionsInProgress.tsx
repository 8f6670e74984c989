import { Button, Card, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionInProgress } from '../../../../shared/contract/inspections.contract';
import { useCall } from '../../api/useCall';
import { formatTime } from '../../i18n/format';

/**
 * Drafts left open at the station (a reload, a restart, a parcel put aside): they are stored as they are typed, so
 * they are listed here from the database and one click reopens the case where the inspector left it.
 */
export const InspectionsInProgress = ({ onOpen }: { onOpen: (caseId: string) => void }) => {
  const { t } = useTranslation('scan');
  const drafts = useCall('inspections.inProgress', {});
  const rows = drafts.data ?? [];
  if (rows.length === 0) return null;
  return (
    <Card
      size="small"
      className="in-progress"
      data-testid="inspections-in-progress"
      title={t('inProgress.title', { count: rows.length })}
      extra={<Typography.Text type="secondary">{t('inProgress.hint')}</Typography.Text>}
    >
      <Table<InspectionInProgress>
        size="small"
        rowKey="id"
        dataSource={rows}
        pagination={false}
        onRow={(row) =>
          ({
            onClick: () => onOpen(row.caseId),
            className: 'in-progress-row',
            'data-testid': `in-progress-${row.caseNumber}`,
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            key: 'case',
            title: t('inProgress.case'),
            render: (_v, row) => (
              <>
                <Typography.Text strong>{row.caseNumber}</Typography.Text>{' '}
                <Typography.Text type="secondary">{row.orderNumber}</Typography.Text>
              </>
            ),
          },
          {
            key: 'item',
            title: t('inProgress.item'),
            render: (_v, row) => [row.productName, row.skuCode].filter(Boolean).join(' · ') || '—',
          },
          { key: 'inspector', title: t('inProgress.inspector'), dataIndex: 'inspectorName' },
          { key: 'savedAt', title: t('inProgress.savedAt'), render: (_v, row) => formatTime(row.updatedAt) },
          { key: 'open', width: 90, render: () => <Button size="small">{t('inProgress.continue')}</Button> },
        ]}
      />
    </Card>
  );
};
