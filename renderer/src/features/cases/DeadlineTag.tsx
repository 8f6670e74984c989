import { ClockCircleOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../i18n/format';
import { deadlineState, durationParts, type DeadlineState } from './deadline';
import type { CaseRow } from '../../../../shared/contract/cases.contract';

/** Re-renders every `everyMs` so time left keeps counting down on a screen left open. */
export const useNow = (everyMs = 30_000): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
};

export const useDeadlineText = () => {
  const { t } = useTranslation('cases');
  return (state: DeadlineState): string => {
    if (state.kind === 'overdue' || state.kind === 'soon' || state.kind === 'ok') {
      const time = durationParts(state.msLeft ?? 0)
        .map((p) => t(`deadline.${p.unit}`, { count: p.count }))
        .join(' ');
      return t(state.kind === 'overdue' ? 'deadline.overdue' : 'deadline.left', { time });
    }
    return t(`deadline.${state.kind}`);
  };
};

const colors: Record<DeadlineState['kind'], string> = {
  overdue: 'error',
  soon: 'warning',
  ok: 'processing',
  none: 'default',
  finished: 'default',
  voided: 'default',
  waiting_buyer: 'purple',
  waiting_platform: 'magenta',
  needs_review: 'orange',
};

/** Time left in the list: red when overdue, orange when due soon; the exact time on hover. */
export const DeadlineTag = ({
  row,
  now,
}: {
  row: Pick<CaseRow, 'status' | 'waitingOn' | 'deadlineAt' | 'respondedAt' | 'voided'>;
  now: number;
}) => {
  const text = useDeadlineText();
  const state = deadlineState(row, now);
  const icon = state.kind === 'overdue' ? <ExclamationCircleFilled /> : <ClockCircleOutlined />;
  return (
    <Tooltip title={formatTime(row.deadlineAt)}>
      <Tag color={colors[state.kind]} icon={icon} className={`deadline-tag deadline-${state.kind}`} data-deadline={state.kind}>
        {text(state)}
      </Tag>
    </Tooltip>
  );
};
