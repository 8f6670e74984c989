import { ClockCircleOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRow } from '../../../../shared/contract/cases.contract';
import { deskDueSoonHours } from '../../../../shared/domain/desk';
import { formatTime } from '../../i18n/format';
import { countdownParts } from './countdown';

/** One tick a second for every countdown on the page, so rows count down together without a timer each. */
const listeners = new Set<(now: number) => void>();
let timer: number | undefined;
const useSecondTick = (): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    listeners.add(setNow);
    timer ??= window.setInterval(() => listeners.forEach((l) => l(Date.now())), 1000);
    return () => {
      listeners.delete(setNow);
      if (listeners.size === 0) {
        window.clearInterval(timer);
        timer = undefined;
      }
    };
  }, []);
  return now;
};

/** The live countdown on a queue row: red when overdue, orange within 2 hours; only the merchant's cases are timed. */
export const DeskCountdown = ({ row }: { row: Pick<CaseRow, 'waitingOn' | 'deadlineAt'> }) => {
  const { t } = useTranslation('desk');
  const now = useSecondTick();
  if (row.waitingOn !== 'merchant') return <Tag data-countdown="waiting">{t('countdown.waiting')}</Tag>;
  if (row.deadlineAt === null) return <Tag data-countdown="none">{t('countdown.none')}</Tag>;
  const left = row.deadlineAt - now;
  const kind = left < 0 ? 'overdue' : left < deskDueSoonHours * 3_600_000 ? 'soon' : 'ok';
  const [first, second] = countdownParts(left).map((p) => t(`unit.${p.unit}`, { count: p.count }));
  const time = t('unit.pair', { first, second });
  return (
    <Tooltip title={formatTime(row.deadlineAt)}>
      <Tag
        color={kind === 'overdue' ? 'error' : kind === 'soon' ? 'warning' : 'processing'}
        icon={kind === 'overdue' ? <ExclamationCircleFilled /> : <ClockCircleOutlined />}
        className="desk-countdown"
        data-countdown={kind}
      >
        {t(kind === 'overdue' ? 'countdown.overdue' : 'countdown.left', { time })}
      </Tag>
    </Tooltip>
  );
};
