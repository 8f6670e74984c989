import './escalation.css';
import { NotificationOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract/cases.contract';
import { allowedEscalationActions, type EscalationAction, type EscalationLevel } from '../../../../shared/domain/escalation';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { formatTime } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';
import { announceClocksChanged } from '../clocks/clocks-changed';
import { EscalationActionModal } from './EscalationActionModal';
import { EscalationTimeline } from './EscalationTimeline';
import { InterventionPanel } from './InterventionPanel';
import { NotifyBuyerModal } from './NotifyBuyerModal';

const levelColor: Record<EscalationLevel, string> = { agent: 'default', owner: 'orange', platform: 'red', decided: 'green' };
/** Where the level sits on the agent → owner → platform path (decided is the platform's last step). */
const pathIndex: Record<EscalationLevel, number> = { agent: 0, owner: 1, platform: 2, decided: 2 };

const actionLabel: Record<EscalationAction, string> = {
  to_owner: 'action.toOwner',
  hand_back: 'action.handBack',
  to_platform: 'action.toPlatform',
  evidence: 'action.evidence',
  decide: 'action.decide',
};

/**
 * The case's escalation (issue 16, item 3): the level on the agent → owner → platform path, every move as a small
 * timeline, the platform intervention with its evidence countdown, and the moves this user's role may make.
 */
export const EscalationCard = ({ detail, onChanged }: { detail: CaseDetail; onChanged: () => void }) => {
  const { t } = useTranslation('escalation');
  const errorText = useErrorText();
  const { user } = useSession();
  const escalation = useCall('escalation.forCase', { caseId: detail.id });
  const [acting, setActing] = useState<EscalationAction>();
  const [notifying, setNotifying] = useState(false);
  const v = escalation.data;
  const actions = v && !detail.voided ? allowedEscalationActions(v.level, user.role) : [];
  const canNotify = user.role !== 'inspector' && !detail.voided;
  const latest = v?.interventions.at(-1);
  const earlier = v?.interventions.slice(0, -1) ?? [];

  const changed = () => {
    escalation.reload();
    onChanged();
    announceClocksChanged();
  };

  return (
    <Card
      size="small"
      className="block-gap escalation-card"
      data-testid="escalation-card"
      title={
        <Space size={8}>
          {t('title')}
          {v && (
            <Tag color={levelColor[v.level]} data-testid="escalation-level" data-level={v.level}>
              {t(`level.${v.level}`)}
            </Tag>
          )}
          {v?.sinceAt && (
            <Typography.Text type="secondary" className="small">
              {formatTime(v.sinceAt)}
            </Typography.Text>
          )}
        </Space>
      }
    >
      {escalation.error && <Alert type="error" showIcon title={errorText(escalation.error)} />}
      {v && (
        <Space direction="vertical" size={12} className="full-width">
          <Steps
            size="small"
            current={pathIndex[v.level]}
            status={v.level === 'decided' ? 'finish' : 'process'}
            items={(['agent', 'owner', 'platform'] as const).map((p) => ({ title: t(`path.${p}`) }))}
          />
          {v.steps.length === 0 ? (
            <Typography.Text type="secondary">{t('noSteps')}</Typography.Text>
          ) : (
            <EscalationTimeline escalation={v} />
          )}
          {latest && <InterventionPanel intervention={latest} />}
          {earlier.length > 0 && (
            <Collapse
              size="small"
              items={[
                {
                  key: 'earlier',
                  label: t('intervention.earlier'),
                  children: earlier.map((i) => <InterventionPanel key={i.id} intervention={i} />),
                },
              ]}
            />
          )}
          {(actions.length > 0 || canNotify) && (
            <Space wrap>
              {actions.map((a) => (
                <Button key={a} type={a === 'decide' ? 'primary' : 'default'} onClick={() => setActing(a)} data-testid={`escalation-${a}`}>
                  {t(actionLabel[a])}
                </Button>
              ))}
              {canNotify && (
                <Button icon={<NotificationOutlined />} onClick={() => setNotifying(true)} data-testid="escalation-notify">
                  {t('action.notify')}
                </Button>
              )}
            </Space>
          )}
        </Space>
      )}
      {acting && (
        <EscalationActionModal
          action={acting}
          detail={detail}
          onClose={() => setActing(undefined)}
          onSaved={() => {
            setActing(undefined);
            changed();
          }}
        />
      )}
      {notifying && (
        <NotifyBuyerModal
          detail={detail}
          onClose={() => setNotifying(false)}
          onLogged={() => {
            setNotifying(false);
            onChanged();
          }}
        />
      )}
    </Card>
  );
};
