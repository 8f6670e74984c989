import { ClockCircleOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Intervention } from '../../../../shared/contract/escalation.contract';
import { formatFen, formatTime } from '../../i18n/format';
import { dueColor, dueState, useCountdownText, useNow } from '../clocks/countdown';

const decisionColor = { merchant: 'green', buyer: 'red', split: 'orange' } as const;

/** One platform intervention: opened, the evidence deadline counting down while it runs, what was sent when, the decision. */
export const InterventionPanel = ({ intervention: i }: { intervention: Intervention }) => {
  const { t, i18n } = useTranslation('escalation');
  const now = useNow(15_000);
  const countdown = useCountdownText();
  const state = i.evidenceDueAt === null ? null : dueState(i.evidenceDueAt, now);
  return (
    <Descriptions size="small" column={1} bordered className="escalation-intervention" data-testid="escalation-intervention">
      <Descriptions.Item label={t('intervention.openedAt')}>
        {formatTime(i.openedAt)}
        {i.note && <div className="small">{i.note}</div>}
      </Descriptions.Item>
      <Descriptions.Item label={t('intervention.deadline')}>
        {i.evidenceDueAt === null ? (
          <Typography.Text type="secondary">{t('intervention.noDeadline')}</Typography.Text>
        ) : (
          <span data-testid="escalation-deadline-value">
            {formatTime(i.evidenceDueAt)}{' '}
            {i.evidenceClockRunning && state && (
              <Tag
                color={dueColor[state]}
                icon={state === 'overdue' ? <ExclamationCircleFilled /> : <ClockCircleOutlined />}
                data-testid="escalation-countdown"
              >
                {countdown(i.evidenceDueAt, now)}
              </Tag>
            )}
          </span>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('intervention.evidence')}>
        {i.submissions.length === 0 && <Typography.Text type="secondary">{t('intervention.noEvidence')}</Typography.Text>}
        {i.submissions.map((s) => (
          <div key={s.id} className="escalation-submission" data-testid="escalation-submission">
            <Typography.Text type="secondary" className="small">
              {t('intervention.submittedAt', { at: formatTime(s.submittedAt), who: s.recordedByName ?? t('someone') })}
            </Typography.Text>
            <ul className="escalation-items">
              {s.items.map((item, n) => (
                <li key={n}>
                  {item.kind === 'text' && item.text}
                  {item.kind === 'attachment' && t('intervention.photo', { at: formatTime(item.attachmentTakenAt) })}
                  {item.kind === 'message' && t('intervention.message', { at: formatTime(item.messageAt), text: item.messageText ?? '' })}
                </li>
              ))}
            </ul>
            {s.note && <div className="small">{s.note}</div>}
          </div>
        ))}
      </Descriptions.Item>
      {i.decision && (
        <Descriptions.Item label={t('intervention.decision')}>
          <span data-testid="escalation-decision-value">
            <Tag color={decisionColor[i.decision]}>{t(`decision.${i.decision}`)}</Tag>
            {i.decision !== 'merchant' && i.decisionAmountFen !== null && (
              <span>{t('intervention.amount', { amount: formatFen(i.decisionAmountFen, i18n.language) })} · </span>
            )}
            <Typography.Text type="secondary">{t('intervention.decidedAt', { at: formatTime(i.decidedAt) })}</Typography.Text>
          </span>
          {i.decisionNote && <div className="small">{i.decisionNote}</div>}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
};
