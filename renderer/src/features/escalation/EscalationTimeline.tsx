import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseEscalation, EscalationStep } from '../../../../shared/contract/escalation.contract';
import { formatTime } from '../../i18n/format';

const stepColor: Record<EscalationStep['action'], string> = {
  to_owner: 'orange',
  hand_back: 'blue',
  to_platform: 'red',
  evidence: 'gray',
  decide: 'green',
};

/** The path so far, oldest first: who moved the case where and why, when it happened. */
export const EscalationTimeline = ({ escalation }: { escalation: CaseEscalation }) => {
  const { t } = useTranslation('escalation');
  const decisionOf = (interventionId: string | null) => escalation.interventions.find((i) => i.id === interventionId)?.decision;
  return (
    <Timeline
      className="escalation-timeline"
      data-testid="escalation-timeline"
      items={escalation.steps.map((s) => {
        const decision = decisionOf(s.interventionId);
        return {
          color: stepColor[s.action],
          content: (
            <div data-testid="escalation-step" data-action={s.action}>
              <Typography.Text type="secondary" className="small">
                {formatTime(s.happenedAt)}
              </Typography.Text>{' '}
              {t(`step.${s.action}`, {
                who: s.recordedByName ?? t('someone'),
                reason: s.reason ? t(`reason.${s.reason}`) : '',
                decision: decision ? t(`decision.${decision}`) : '',
              })}
              {s.note && <div className="small escalation-note">{s.note}</div>}
            </div>
          ),
        };
      })}
    />
  );
};
