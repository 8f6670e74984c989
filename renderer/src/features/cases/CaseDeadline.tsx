import { ClockCircleOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract/cases.contract';
import { formatTime } from '../../i18n/format';
import { deadlineState } from './deadline';
import { useDeadlineText, useNow } from './DeadlineTag';

/** The deadline as the first thing on a case: big, coloured, with what happens if it is missed. */
export const CaseDeadline = ({ detail }: { detail: CaseDetail }) => {
  const { t } = useTranslation('cases');
  const now = useNow(15_000);
  const text = useDeadlineText();
  // Who acts next comes from the backend (`waitingOn`, DOMAIN.md "Service desk"). The drawer still shows the
  // clock for a case waiting on the buyer or the platform, worded calmly: the merchant cannot beat it, only watch.
  const who = detail.waitingOn === 'buyer' || detail.waitingOn === 'platform' ? detail.waitingOn : 'merchant';
  const state = deadlineState({ ...detail, waitingOn: 'merchant' }, now);
  const pressing = state.kind === 'overdue' || state.kind === 'soon';
  const warning = !pressing
    ? null
    : who === 'merchant'
      ? t(state.kind === 'overdue' ? 'deadline.overdueBanner' : 'deadline.soonBanner')
      : t(`waitingOn.${who}${state.kind === 'overdue' ? 'Overdue' : 'Soon'}`);
  // Waiting on someone else is shown calm (grey), never in the red "act now" style.
  const look = pressing && who !== 'merchant' ? 'waiting' : state.kind;
  return (
    <div className={`case-deadline case-deadline-${look}`} data-testid="case-deadline" data-deadline={state.kind} data-waits-on={who}>
      <div className="case-deadline-icon">{state.kind === 'overdue' ? <ExclamationCircleFilled /> : <ClockCircleOutlined />}</div>
      <div className="case-deadline-body">
        <Typography.Text type="secondary" className="small">
          {t('deadline.title')}
          {who !== 'merchant' && <Tag className="case-deadline-waits-on">{t(`waitingOn.${who}`)}</Tag>}
        </Typography.Text>
        <div className="case-deadline-main">
          <span className="case-deadline-left">{text(state)}</span>
          <span className="case-deadline-at">{t('deadline.due', { time: formatTime(detail.deadlineAt) })}</span>
        </div>
        {warning && <div className="case-deadline-warning">{warning}</div>}
        {detail.respondedAt !== null && (
          <Typography.Text type="secondary" className="small" data-testid="case-responded-at">
            {t('deadline.respondedAt', { time: formatTime(detail.respondedAt) })}
            {detail.deadlineAt !== null && detail.respondedAt > detail.deadlineAt && (
              <Tag color="error" className="case-deadline-late">
                {t('deadline.late')}
              </Tag>
            )}
          </Typography.Text>
        )}
      </div>
    </div>
  );
};
