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
  const state = deadlineState(detail, now);
  const warning = state.kind === 'overdue' ? t('deadline.overdueBanner') : state.kind === 'soon' ? t('deadline.soonBanner') : null;
  return (
    <div className={`case-deadline case-deadline-${state.kind}`} data-testid="case-deadline" data-deadline={state.kind}>
      <div className="case-deadline-icon">{state.kind === 'overdue' ? <ExclamationCircleFilled /> : <ClockCircleOutlined />}</div>
      <div className="case-deadline-body">
        <Typography.Text type="secondary" className="small">{t('deadline.title')}</Typography.Text>
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
