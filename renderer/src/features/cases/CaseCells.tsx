import { Space, Typography } from 'antd';
import type { CaseRow } from '../../../../shared/contract/cases.contract';

/** A case's two identifying cells, the same in the cases list and the service desk's queue. */
export const CaseNumberCell = ({ row }: { row: Pick<CaseRow, 'caseNumber' | 'orderNumber'> }) => (
  <Space direction="vertical" size={0}>
    <Typography.Text strong>{row.caseNumber}</Typography.Text>
    <Typography.Text type="secondary" className="mono small">
      {row.orderNumber}
    </Typography.Text>
  </Space>
);

export const CaseItemCell = ({ row }: { row: Pick<CaseRow, 'productName' | 'skuCode'> }) => (
  <Space direction="vertical" size={0}>
    <Typography.Text ellipsis>{row.productName ?? '—'}</Typography.Text>
    <Typography.Text type="secondary" className="small">
      {row.skuCode ?? ''}
    </Typography.Text>
  </Space>
);
