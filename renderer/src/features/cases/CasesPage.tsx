import './cases.css';
import { PlusOutlined, SearchOutlined, WarningFilled } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Empty, Input, Segmented, Select, Space, Switch, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { CaseRow, CaseStatusGroup } from '../../../../shared/contract/cases.contract';
import { caseStatusGroups } from '../../../../shared/contract/cases.contract';
import { caseTypes, reasonCategories, type CaseType, type ReasonCategory } from '../../../../shared/domain/aftersales';
import { useCall } from '../../api/useCall';
import { formatFen } from '../../i18n/format';
import { EmptyArea } from '../../ui/EmptyArea';
import { ExportButton } from '../export/ExportButton';
import { CaseDetailDrawer } from './CaseDetailDrawer';
import { DeadlineTag, useNow } from './DeadlineTag';
import { NewCaseModal } from './NewCaseModal';
import { StatusTag } from './StatusTag';
import { useSession } from '../../auth/session';
import { CaseItemCell, CaseNumberCell } from './CaseCells';
import { useErrorText } from '../../ui/error-text';

const pageSize = 100;

/** The open case, from the route `/cases/<id>` or `/cases?case=<id>` (both work as links and survive a reload). */
const openCaseId = (pathname: string, search: string): string | null =>
  new URLSearchParams(search).get('case') ?? /^\/cases\/([^/?]+)/.exec(pathname)?.[1] ?? null;

/** Where a case opens; other features can link here with navigate(casePath(id)). */
export const casePath = (id: string): string => `/cases/${encodeURIComponent(id)}`;

export const CasesPage = () => {
  const { t, i18n } = useTranslation('cases');
  const errorText = useErrorText();
  const navigate = useNavigate();
  const location = useLocation();
  const now = useNow();
  const [group, setGroup] = useState<CaseStatusGroup>('open');
  const [type, setType] = useState<CaseType>();
  const [reasonCategory, setReason] = useState<ReasonCategory>();
  const [disputeOnly, setDisputeOnly] = useState(false);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const { user } = useSession();
  const canWrite = user.role !== 'inspector';
  const input = useMemo(
    () => ({
      group,
      type,
      reasonCategory,
      dispute: disputeOnly ? true : undefined,
      q: q || undefined,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    }),
    [group, type, reasonCategory, disputeOnly, q, page],
  );
  const list = useCall('cases.list', input);
  const openId = openCaseId(location.pathname, location.search);
  const counts = list.data?.counts;

  const columns: ColumnsType<CaseRow> = [
    { title: t('col.deadline'), key: 'deadline', width: 140, render: (_, row) => <DeadlineTag row={row} now={now} /> },
    {
      title: t('col.case'),
      key: 'case',
      width: 190,
      render: (_, row) => <CaseNumberCell row={row} />,
    },
    {
      title: t('col.item'),
      key: 'item',
      width: 200,
      ellipsis: true,
      render: (_, row) => <CaseItemCell row={row} />,
    },
    { title: t('col.type'), key: 'type', width: 100, render: (_, row) => t(`type.${row.type}`) },
    {
      title: t('col.reason'),
      key: 'reason',
      width: 130,
      render: (_, row) => (
        <Space size={4}>
          {t(`reason.${row.reasonCategory}`)}
          {row.dispute && <WarningFilled className="dispute-icon" title={t('detail.dispute')} />}
        </Space>
      ),
    },
    { title: t('col.status'), key: 'status', width: 120, render: (_, row) => <StatusTag row={row} /> },
    { title: t('col.refund'), key: 'refund', width: 100, align: 'right', render: (_, row) => formatFen(row.refundFen, i18n.language) },
    {
      title: t('col.assignee'),
      key: 'assignee',
      width: 100,
      render: (_, row) => row.assigneeName ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];

  const resetPage =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  const newCaseModal = canWrite && (
    <NewCaseModal
      open={creating}
      onClose={() => setCreating(false)}
      onCreated={(id) => {
        setCreating(false);
        list.reload();
        void navigate(casePath(id));
      }}
    />
  );
  const newCaseButton = canWrite && (
    <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="case-new">
      {t('create.button')}
    </Button>
  );

  if (list.data && list.data.counts.all === 0 && !q && !type && !reasonCategory && !disputeOnly) {
    return (
      <>
        <EmptyArea title={t('empty.title')} hint={t('empty.hint')} action={newCaseButton} />
        {newCaseModal}
      </>
    );
  }

  return (
    <Space direction="vertical" size={16} className="full-width" data-testid="cases-page">
      {counts && counts.overdue > 0 && group !== 'overdue' && (
        <Alert
          type="error"
          showIcon
          data-testid="overdue-alert"
          title={t('deadline.overdueBanner')}
          action={
            <Typography.Link onClick={() => resetPage(setGroup)('overdue')}>
              {t('group.overdue')} · {counts.overdue}
            </Typography.Link>
          }
        />
      )}
      <Card size="small" className="cases-toolbar">
        <div className="cases-toolbar-row">
          <Space wrap size={12} className="cases-filters">
            <Segmented<CaseStatusGroup>
              value={group}
              onChange={resetPage(setGroup)}
              data-testid="case-groups"
              options={caseStatusGroups.map((g) => ({
                value: g,
                label: (
                  <Space size={6} data-testid={`case-group-${g}`}>
                    {t(`group.${g}`)}
                    <Badge
                      count={counts?.[g] ?? 0}
                      overflowCount={9999}
                      showZero
                      color={
                        (counts?.[g] ?? 0) === 0
                          ? '#bfbfbf'
                          : g === 'overdue'
                            ? '#e02e24'
                            : g === 'due_soon' || g === 'needs_review'
                              ? '#fa8c16'
                              : '#bfbfbf'
                      }
                      data-testid={`case-count-${g}`}
                    />
                  </Space>
                ),
              }))}
            />
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder={t('filter.search')}
              className="case-search"
              data-testid="case-search"
              onChange={(e) => resetPage(setQ)(e.target.value.trim())}
            />
            <Select
              allowClear
              placeholder={t('filter.type')}
              className="case-filter"
              value={type}
              onChange={resetPage(setType)}
              options={caseTypes.map((v) => ({ value: v, label: t(`type.${v}`) }))}
            />
            <Select
              allowClear
              placeholder={t('filter.reason')}
              className="case-filter"
              value={reasonCategory}
              onChange={resetPage(setReason)}
              options={reasonCategories.map((v) => ({ value: v, label: t(`reason.${v}`) }))}
            />
            <Space size={6}>
              <Switch size="small" checked={disputeOnly} onChange={resetPage(setDisputeOnly)} />
              {t('filter.dispute')}
            </Space>
          </Space>
          <Space>
            {newCaseButton}
            <ExportButton list="cases" filter={{ caseList: { group, type, reasonCategory, dispute: input.dispute, q: input.q } }} />
          </Space>
        </div>
      </Card>
      <Card size="small" className="cases-table-card">
        {list.error && <Alert type="error" showIcon title={errorText(list.error)} />}
        <Table<CaseRow>
          virtual
          size="middle"
          rowKey="id"
          loading={list.loading}
          columns={columns}
          dataSource={list.data?.rows ?? []}
          scroll={{ x: 1080, y: 560 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty.filtered')} /> }}
          onRow={(row) =>
            ({
              onClick: () => void navigate(casePath(row.id)),
              className: `case-row case-row-${deadlineClass(row, now)}`,
              'data-testid': `case-row-${row.caseNumber}`,
            }) as HTMLAttributes<HTMLElement>
          }
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('count', { count: total }),
            onChange: setPage,
          }}
        />
      </Card>
      {newCaseModal}
      {openId && <CaseDetailDrawer caseId={openId} onClose={() => void navigate('/cases')} onChanged={list.reload} />}
    </Space>
  );
};

const deadlineClass = (row: CaseRow, now: number): string =>
  row.voided || row.waitingOn !== 'merchant' || row.deadlineAt === null ? 'calm' : row.deadlineAt < now ? 'overdue' : 'open';
