import './desk.css';
import { WarningFilled } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { CaseRow } from '../../../../shared/contract/cases.contract';
import { deskPollMs } from '../../../../shared/domain/desk';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../ui/error-text';
import { CaseDetailDrawer } from '../cases/CaseDetailDrawer';
import { StatusTag } from '../cases/StatusTag';
import { DeskTasks } from '../clocks/DeskTasks';
import { EscalatedToOwner } from '../escalation/EscalatedToOwner';
import { DeskCountdown } from './DeskCountdown';
import { DeskToolbar } from './DeskToolbar';
import { defaultDeskFilters, filtersFromSearch, queueInput, type DeskFilters } from './desk-filters';
import { CaseItemCell, CaseNumberCell } from '../cases/CaseCells';
import { useQueueKeys } from './use-queue-keys';

const pageSize = 100;

/**
 * The service queue (issue 15, item 3): the cases waiting on the merchant, least time left first, with claim,
 * the owner's (bulk) assign and the keyboard. Cases waiting on the buyer or the platform have a tab of their own.
 */
export const DeskPage = () => {
  const { t } = useTranslation(['desk', 'cases']);
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { user } = useSession();
  const location = useLocation();
  const owner = user.role === 'owner';
  const [filters, setFilters] = useState<DeskFilters>(() => filtersFromSearch(location.search, defaultDeskFilters));
  const [page, setPage] = useState(1);
  const [cursor, setCursor] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [assignee, setAssignee] = useState<string | null>();
  const list = useCall(
    'desk.queue',
    useMemo(() => queueInput(filters, pageSize, (page - 1) * pageSize), [filters, page]),
  );
  const rows = useMemo(() => list.data?.rows ?? [], [list.data]);
  const { reload } = list;

  // The header's counter links here with ?due=urgent, from any screen, this one included.
  useEffect(() => setFilters((f) => filtersFromSearch(location.search, f)), [location.search, location.key]);
  // New cases and other people's claims show up without a reload.
  useEffect(() => {
    const timer = window.setInterval(reload, deskPollMs);
    return () => window.clearInterval(timer);
  }, [reload]);
  useEffect(() => setCursor((c) => Math.min(c, Math.max(0, rows.length - 1))), [rows.length]);
  useEffect(() => document.querySelector('.desk-row-active')?.scrollIntoView({ block: 'nearest' }), [cursor]);

  const changeFilters = (next: DeskFilters) => {
    setFilters(next);
    setPage(1);
    setCursor(0);
    setSelected([]);
  };

  const claim = useCallback(
    async (row: CaseRow | undefined) => {
      if (!row || row.assigneeId === user.id) return;
      try {
        await call('desk.claim', { id: row.id });
        void message.success(t('claimed', { caseNumber: row.caseNumber }));
      } catch (error) {
        void message.error(errorText(error));
      }
      reload();
    },
    [user.id, message, t, errorText, reload],
  );

  const assign = async () => {
    if (assignee === undefined || selected.length === 0) return;
    try {
      await call('desk.assign', { ids: selected, assigneeId: assignee });
      void message.success(t('assign.done', { count: selected.length }));
      setSelected([]);
    } catch (error) {
      void message.error(errorText(error));
    }
    reload();
  };

  useQueueKeys({
    count: rows.length,
    cursor,
    setCursor,
    onOpen: useCallback((i: number) => setOpenId(rows[i]?.id ?? null), [rows]),
    onClaim: useCallback((i: number) => void claim(rows[i]), [rows, claim]),
    enabled: openId === null,
  });

  const columns: ColumnsType<CaseRow> = [
    { title: t('col.timeLeft'), key: 'left', width: 160, render: (_, row) => <DeskCountdown row={row} /> },
    {
      title: t('col.case'),
      key: 'case',
      width: 170,
      render: (_, row) => <CaseNumberCell row={row} />,
    },
    {
      title: t('col.item'),
      key: 'item',
      width: 160,
      ellipsis: true,
      render: (_, row) => <CaseItemCell row={row} />,
    },
    { title: t('col.type'), key: 'type', width: 80, render: (_, row) => t(`cases:type.${row.type}`) },
    {
      title: t('col.reason'),
      key: 'reason',
      width: 110,
      render: (_, row) => (
        <Space size={4}>
          {t(`cases:reason.${row.reasonCategory}`)}
          {row.dispute && <WarningFilled className="dispute-icon" title={t('cases:detail.dispute')} />}
        </Space>
      ),
    },
    { title: t('col.status'), key: 'status', width: 130, render: (_, row) => <StatusTag row={row} /> },
    {
      title: t('col.assignee'),
      key: 'assignee',
      width: 110,
      render: (_, row) =>
        row.assigneeId === null ? (
          <Typography.Text type="secondary">{t('unassigned')}</Typography.Text>
        ) : (
          <Space size={4}>
            {row.assigneeName}
            {row.assigneeId === user.id && <Tag color="blue">{t('mineTag')}</Tag>}
          </Space>
        ),
    },
    {
      title: t('col.action'),
      key: 'action',
      width: 80,
      render: (_, row) =>
        row.assigneeId === null && (
          <Button
            size="small"
            type="primary"
            ghost
            data-testid={`desk-claim-${row.caseNumber}`}
            onClick={(event) => {
              event.stopPropagation();
              void claim(row);
            }}
          >
            {t('claim')}
          </Button>
        ),
    },
  ];

  return (
    <Space direction="vertical" size={16} className="desk-page" data-testid="desk-page">
      {/* Follow-ups, promised updates and evidence deadlines: the desk's tasks, for the same people as the tab shows. */}
      <DeskTasks scope={filters.tab === 'mine' ? 'mine' : 'team'} />
      <EscalatedToOwner />
      <Card size="small">
        <DeskToolbar filters={filters} onChange={changeFilters} counts={list.data?.counts} stores={list.data?.stores ?? []} />
      </Card>
      <Card size="small">
        {list.error && <Alert type="error" showIcon title={errorText(list.error)} />}
        {owner && selected.length > 0 && (
          <Space wrap className="desk-bulk" data-testid="desk-bulk">
            {t('assign.bulk', { count: selected.length })}
            <Select
              className="desk-assignee"
              placeholder={t('assign.placeholder')}
              value={assignee}
              onChange={setAssignee}
              data-testid="desk-assignee"
              options={[
                ...(list.data?.people ?? []).map((p) => ({ value: p.id, label: `${p.name} · ${t(`common:role.${p.role}`)}` })),
                { value: null, label: t('assign.back') },
              ]}
            />
            <Button type="primary" disabled={assignee === undefined} onClick={() => void assign()} data-testid="desk-assign">
              {t('assign.confirm')}
            </Button>
          </Space>
        )}
        <Typography.Text type="secondary" className="desk-keys" data-testid="desk-keys">
          {t('keys')}
        </Typography.Text>
        <Table<CaseRow>
          size="middle"
          rowKey="id"
          loading={list.loading && !list.data}
          columns={columns}
          dataSource={rows}
          scroll={{ x: 1030 }}
          rowSelection={owner ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) } : undefined}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`empty.${filters.tab}`)} /> }}
          onRow={(row, index) =>
            ({
              onClick: () => {
                setCursor(index ?? 0);
                setOpenId(row.id);
              },
              className: `desk-row${index === cursor ? ' desk-row-active' : ''}`,
              'data-testid': `desk-row-${row.caseNumber}`,
              'data-active': index === cursor ? 'true' : undefined,
            }) as HTMLAttributes<HTMLElement>
          }
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            onChange: setPage,
          }}
        />
      </Card>
      {openId && <CaseDetailDrawer caseId={openId} onClose={() => setOpenId(null)} onChanged={reload} />}
    </Space>
  );
};
