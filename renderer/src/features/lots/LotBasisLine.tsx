import './lots.css';
import { Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyticsFilter } from '../../../../shared/contract/analytics.contract';
import { parseChinaTime } from '../../../../shared/domain/time';
import { useCall } from '../../api/useCall';
import { formatNumber, formatPercent } from '../../i18n/format';

/** First instant of a 'YYYY-MM' month in China time; with `next`, of the month after it. */
const monthStart = (month: string, next = false): number | undefined => {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return undefined;
  const [yy, mm] = next ? (m === 12 ? [y + 1, 1] : [y, m + 1]) : [y, m];
  return parseChinaTime(`${yy}-${String(mm).padStart(2, '0')}-01`) ?? undefined;
};

/**
 * Under the supplier and lot return rates: how much of the returned units rest on a lot label scanned at the station,
 * how much on the first-in-first-out estimate, and how much on no lot at all (docs/METRICS.md, "Lot attribution").
 */
export const LotBasisLine = ({ filter }: { filter: AnalyticsFilter }) => {
  const { t, i18n } = useTranslation('lots');
  const input = useMemo(
    () => ({ from: filter.from ? monthStart(filter.from) : undefined, to: filter.to ? monthStart(filter.to, true) : undefined }),
    [filter.from, filter.to],
  );
  const share = useCall('lots.attributionShare', input);
  const total = share.data?.total;
  if (!total) return null;
  const all = total.labelled + total.estimated + total.unknown;
  const part = (n: number) =>
    t('share.part', { pct: formatPercent(all ? n / all : 0, i18n.language, 0), n: formatNumber(n, i18n.language) });
  return (
    <Tooltip title={t('share.help')}>
      <Typography.Text type="secondary" className="lot-basis-line" data-testid="lot-basis-line">
        {t('share.line', { labelled: part(total.labelled), estimated: part(total.estimated), unknown: part(total.unknown) })}
      </Typography.Text>
    </Tooltip>
  );
};
