import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseRow } from '../../../../shared/contract/cases.contract';

const statusColor: Record<CaseRow['status'], string> = {
  pending_merchant: 'red',
  awaiting_return: 'gold',
  received: 'cyan',
  inspected: 'blue',
  refunding: 'geekblue',
  awaiting_buyer: 'purple',
  platform_review: 'magenta',
  succeeded: 'green',
  closed: 'default',
  other: 'default',
};

/** Our status, with the platform's own wording on hover. */
export const StatusTag = ({ row }: { row: Pick<CaseRow, 'status' | 'rawStatus' | 'voided'> }) => {
  const { t } = useTranslation('cases');
  if (row.voided) return <Tag>{t('deadline.voided')}</Tag>;
  return (
    <Tag color={statusColor[row.status]} title={row.rawStatus}>
      {t(`status.${row.status}`)}
    </Tag>
  );
};
