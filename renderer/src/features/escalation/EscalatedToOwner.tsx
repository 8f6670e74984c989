import './escalation.css';
import { Alert, Badge, Card, List, Space, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { formatTime } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';
import { onClocksChanged } from '../clocks/clocks-changed';

const reloadEveryMs = 60_000;

/**
 * The owner's queue on the service desk: cases the desk escalated, longest waiting first, with who escalated and
 * why. Shown to the owner only, and only when something waits (the desk stays as it was otherwise).
 */
export const EscalatedToOwner = () => {
  const { t } = useTranslation('escalation');
  const { user } = useSession();
  const owner = user.role === 'owner';
  const queue = useCall('escalation.queue', owner ? { level: 'owner' } : null);
  const policy = useCall('settings.getPolicy', owner ? {} : null);
  const answerHours = policy.data?.escalation.ownerAnswerHours;
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { reload } = queue;
  useEffect(() => {
    const timer = window.setInterval(reload, reloadEveryMs);
    const stop = onClocksChanged(reload);
    return () => {
      window.clearInterval(timer);
      stop();
    };
  }, [reload]);
  // Back from a case (hand-back or intervention recorded there): ask again.
  const seenPath = useRef(pathname);
  useEffect(() => {
    if (seenPath.current === pathname) return;
    seenPath.current = pathname;
    reload();
  }, [pathname, reload]);
  if (!owner || (!queue.error && (queue.data?.total ?? 0) === 0)) return null;

  return (
    <Card
      size="small"
      data-testid="escalated-to-owner"
      title={
        <Space size={8}>
          {t('queue.title')}
          <Badge count={queue.data?.total ?? 0} color="#fa8c16" data-testid="escalated-count" />
        </Space>
      }
    >
      {queue.error && <Alert type="error" showIcon title={errorText(queue.error)} />}
      <List
        size="small"
        dataSource={queue.data?.rows ?? []}
        renderItem={(row) => (
          <List.Item
            className="escalation-queue-row"
            data-testid="escalated-row"
            data-case-number={row.caseNumber}
            onClick={() => void navigate(`/cases/${row.caseId}`)}
          >
            <Space size={8} wrap>
              <Typography.Link>{row.caseNumber}</Typography.Link>
              {answerHours !== undefined && queue.data && queue.data.now - row.sinceAt > answerHours * 3_600_000 && (
                <Tag color="error" data-testid="escalated-late">
                  {t('queue.late', { hours: answerHours })}
                </Tag>
              )}
              <Typography.Text>
                {t('queue.by', { who: row.byName ?? t('someone'), reason: row.reason ? t(`reason.${row.reason}`) : '' })}
              </Typography.Text>
              {row.note && <Typography.Text type="secondary">{row.note}</Typography.Text>}
              <Typography.Text type="secondary" className="small">
                {t('queue.since', { at: formatTime(row.sinceAt) })}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
};
