import { CheckOutlined, ClockCircleOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Empty, List, Space, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { TaskRow } from '../../../../shared/contract/clocks.contract';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { formatTime } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';
import { onClocksChanged } from './clocks-changed';
import { CompleteTaskModal } from './CompleteTaskModal';
import { dueColor, dueState, useCountdownText, useNow } from './countdown';
import './clocks.css';

/** How often the list asks again on a screen left open: a follow-up armed by another desk shows up by itself. */
const reloadEveryMs = 60_000;

/**
 * The desk's open tasks (follow-ups after resolution, promised updates, platform evidence deadlines), soonest due
 * first, each with its countdown and a complete action. Self-contained (its own data, props only the scope) so it
 * can sit on any screen: for now the cases page, later the service queue.
 */
export const DeskTasks = ({ scope }: { scope: 'mine' | 'team' }) => {
  const { t } = useTranslation('clocks');
  const { user } = useSession();
  const allowed = user.role === 'owner' || user.role === 'service';
  const tasks = useCall('clocks.tasks', allowed ? { scope } : null);
  const errorText = useErrorText();
  const navigate = useNavigate();
  const now = useNow(15_000);
  const countdown = useCountdownText();
  const [completing, setCompleting] = useState<TaskRow>();
  const { reload } = tasks;
  const { pathname } = useLocation();
  useEffect(() => {
    const timer = window.setInterval(reload, reloadEveryMs);
    const stopListening = onClocksChanged(reload);
    return () => {
      window.clearInterval(timer);
      stopListening();
    };
  }, [reload]);
  // Opening or closing a case changes the route; what was done there may have added or finished a task.
  const seenPath = useRef(pathname);
  useEffect(() => {
    if (seenPath.current === pathname) return;
    seenPath.current = pathname;
    reload();
  }, [pathname, reload]);
  if (!allowed) return null;

  const rows = tasks.data?.rows ?? [];
  const overdue = rows.filter((r) => r.dueAt < now).length;
  return (
    <Card
      size="small"
      data-testid="desk-tasks"
      className="desk-tasks"
      title={
        <Space size={8}>
          {t('tasks.title')}
          <Tag>{t(`tasks.${scope}`)}</Tag>
          <Badge count={tasks.data?.total ?? 0} showZero color={overdue > 0 ? '#e02e24' : '#bfbfbf'} data-testid="desk-tasks-count" />
        </Space>
      }
    >
      {tasks.error && <Alert type="error" showIcon title={errorText(tasks.error)} />}
      {!tasks.error && rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.empty')} className="desk-tasks-empty" />
      ) : (
        <List
          size="small"
          dataSource={rows}
          className="desk-tasks-list"
          renderItem={(row) => {
            const state = dueState(row.dueAt, now);
            return (
              <List.Item
                data-testid="desk-task"
                data-kind={row.kind}
                data-case-number={row.caseNumber}
                actions={[
                  <Button
                    key="done"
                    size="small"
                    icon={<CheckOutlined />}
                    onClick={() => setCompleting(row)}
                    data-testid="desk-task-complete"
                  >
                    {t('complete.button')}
                  </Button>,
                ]}
              >
                <Space size={8} wrap>
                  <Tooltip title={formatTime(row.dueAt)}>
                    <Tag
                      color={dueColor[state]}
                      icon={state === 'overdue' ? <ExclamationCircleFilled /> : <ClockCircleOutlined />}
                      data-testid="desk-task-due"
                    >
                      {countdown(row.dueAt, now)}
                    </Tag>
                  </Tooltip>
                  <Typography.Text strong>{t(`kind.${row.kind}`)}</Typography.Text>
                  <Typography.Link onClick={() => void navigate(`/cases/${row.caseId}`)}>
                    {t('tasks.case', { caseNumber: row.caseNumber })}
                  </Typography.Link>
                  {row.note && <Typography.Text type="secondary">{row.note}</Typography.Text>}
                  <Typography.Text type="secondary" className="small">
                    {row.assigneeName ?? t('tasks.unassigned')}
                  </Typography.Text>
                </Space>
              </List.Item>
            );
          }}
        />
      )}
      {tasks.data && tasks.data.total > rows.length && (
        <Typography.Text type="secondary" className="small">
          {t('tasks.more', { count: tasks.data.total - rows.length })}
        </Typography.Text>
      )}
      {completing && (
        <CompleteTaskModal
          clockId={completing.clockId}
          kind={completing.kind}
          onClose={() => setCompleting(undefined)}
          onDone={() => {
            setCompleting(undefined);
            reload();
          }}
        />
      )}
    </Card>
  );
};
