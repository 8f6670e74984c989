import { Button, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CorrectiveAction } from '../../../../shared/contract/causes.contract';
import { useSession } from '../../auth/session';
import { formatTime } from '../../i18n/format';
import type { Closing } from './CloseActionModal';

const statusColor = { open: 'processing', done: 'success', dropped: 'default' } as const;

/** Corrective actions as a table: the case page's few and the list screen's many. Owners close any; others their own. */
export const ActionTable = ({
  actions,
  onClose,
  showCase = true,
  testId,
}: {
  actions: readonly CorrectiveAction[];
  onClose: (closing: Closing) => void;
  showCase?: boolean;
  testId: string;
}) => {
  const { t, i18n } = useTranslation('causes');
  const { user } = useSession();
  const zh = i18n.language.startsWith('zh');
  const links = (a: CorrectiveAction) =>
    [
      showCase && a.caseNumber ? t('action.fromCase', { caseNumber: a.caseNumber }) : null,
      a.skuCode,
      a.supplierName,
      a.lotCode,
      a.process,
    ].filter((x): x is string => Boolean(x));

  return (
    <Table<CorrectiveAction>
      rowKey="id"
      size="small"
      data-testid={testId}
      dataSource={[...actions]}
      pagination={actions.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: t('page.empty') }}
      onRow={(a) => ({ 'data-testid': `action-row-${a.id}`, 'data-status': a.status }) as object}
      columns={[
        {
          title: t('page.columns.what'),
          dataIndex: 'what',
          width: '28%',
          render: (what: string) => <Typography.Text>{what}</Typography.Text>,
        },
        { title: t('page.columns.owner'), dataIndex: 'ownerName', width: 110 },
        {
          title: t('page.columns.due'),
          dataIndex: 'dueAt',
          width: 150,
          render: (due: number, a) => (
            <Space size={4} wrap>
              <span>{formatTime(due).slice(0, 10)}</span>
              {a.overdue && <Tag color="red">{t('action.overdue')}</Tag>}
            </Space>
          ),
        },
        {
          title: t('page.columns.status'),
          dataIndex: 'status',
          width: 90,
          render: (s: CorrectiveAction['status']) => <Tag color={statusColor[s]}>{t(`action.status.${s}`)}</Tag>,
        },
        // On the case page the cause is the card's own, shown above the table.
        ...(showCase
          ? [
              {
                title: t('page.columns.cause'),
                key: 'cause',
                width: 130,
                render: (_: unknown, a: CorrectiveAction) => (zh ? a.causeZh : a.causeEn) ?? '—',
              },
            ]
          : []),
        { title: t('page.columns.links'), key: 'links', render: (_, a) => links(a).join(' · ') || '—' },
        {
          title: t('page.columns.outcome'),
          key: 'outcome',
          render: (_, a) =>
            a.status === 'open' ? (
              <Space wrap>
                {(user.role === 'owner' || a.ownerId === user.id) && (
                  <Button size="small" type="primary" ghost onClick={() => onClose({ action: a, how: 'done' })} data-testid="action-done">
                    {t('action.done')}
                  </Button>
                )}
                {user.role === 'owner' && (
                  <Button size="small" onClick={() => onClose({ action: a, how: 'drop' })} data-testid="action-drop">
                    {t('action.drop')}
                  </Button>
                )}
              </Space>
            ) : (
              <Typography.Text type="secondary" data-testid="action-outcome">
                {a.outcome}
                {a.closedBy && <div>{t('action.closedBy', { name: a.closedBy, time: formatTime(a.closedAt) })}</div>}
              </Typography.Text>
            ),
        },
      ]}
    />
  );
};
