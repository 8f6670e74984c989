import type { AnalyticsFilter, Dashboard } from '../../../../shared/contract/analytics.contract';
import { goodwillKinds } from '../../../../shared/domain/remedies';
import { rawQuery, sqlList } from '../../db/raw-sql';
import type { Sqlite } from '../../db/connection';
import { dimensionLabel, type Dimensions } from './dimensions';
import { filterSql } from './filter-sql';

/** What the goodwill chart reads of the dashboard's ChartArgs (charts.ts imports this file, not the reverse). */
export interface GoodwillArgs {
  db: Sqlite;
  filter: AnalyticsFilter;
  dims: Dimensions;
}

/** Top SKUs listed by goodwill cost: the chart stays at a few dozen rows. */
const maxGoodwillSkus = 30;

interface GoodwillRow {
  sku_id: string;
  reason: string;
  coupon_fen: number;
  small_payment_fen: number;
  partial_refund_fen: number;
}

type Segment = Omit<Dashboard['goodwill']['bySku'][number], 'key' | 'label'>;
const emptySegment = (): Segment => ({ couponFen: 0, smallPaymentFen: 0, partialRefundFen: 0, totalFen: 0 });
const addRow = (into: Segment, r: GoodwillRow) => {
  into.couponFen += r.coupon_fen;
  into.smallPaymentFen += r.small_payment_fen;
  into.partialRefundFen += r.partial_refund_fen;
  into.totalFen += r.coupon_fen + r.small_payment_fen + r.partial_refund_fen;
};
const byTotal = <T extends { key: string; totalFen: number }>(x: T, y: T) => y.totalFen - x.totalFen || x.key.localeCompare(y.key);

/**
 * Goodwill (docs/METRICS.md): the compensation ledger's live coupon, small-payment and partial-refund entries on
 * counted cases (rl_case_facts: not voided, paid, not cancelled, any case type), in the case's cohort and filter.
 * Read from the ledger itself, not a rollup: it holds a few entries per case that got one (index
 * case_compensation_goodwill), summed here to (SKU, reason) before JavaScript sees them.
 */
const goodwillRows = (a: GoodwillArgs): GoodwillRow[] => {
  const w = filterSql(a.filter, 'f');
  return rawQuery<GoodwillRow>(
    a.db,
    `SELECT f.sku_id AS sku_id, f.reason AS reason,
      coalesce(sum(l.amount_fen) FILTER (WHERE l.kind = 'coupon'), 0) AS coupon_fen,
      coalesce(sum(l.amount_fen) FILTER (WHERE l.kind = 'small_payment'), 0) AS small_payment_fen,
      coalesce(sum(l.amount_fen) FILTER (WHERE l.kind = 'partial_refund'), 0) AS partial_refund_fen
    FROM case_compensation l JOIN rl_case_facts f ON f.case_id = l.case_id
    WHERE l.voided_at IS NULL AND l.kind IN ${sqlList(goodwillKinds)} AND ${w.sql}
    GROUP BY f.sku_id, f.reason`,
  ).all(...w.params);
};

/** Memoized per args object: the KPIs and the goodwill card of one dashboard call read the same answer. */
const answers = new WeakMap<GoodwillArgs, Dashboard['goodwill']>();
export const goodwillChart = (a: GoodwillArgs): Dashboard['goodwill'] => {
  const known = answers.get(a);
  if (known) return known;
  const answer = goodwillOf(a);
  answers.set(a, answer);
  return answer;
};

const goodwillOf = (a: GoodwillArgs): Dashboard['goodwill'] => {
  const bySku = new Map<string, Segment>();
  const byReason = new Map<string, Segment>();
  const total = emptySegment();
  for (const r of goodwillRows(a)) {
    addRow(bySku.get(r.sku_id) ?? bySku.set(r.sku_id, emptySegment()).get(r.sku_id)!, r);
    addRow(byReason.get(r.reason) ?? byReason.set(r.reason, emptySegment()).get(r.reason)!, r);
    addRow(total, r);
  }
  return {
    ...total,
    bySku: [...bySku]
      .map(([key, s]) => ({ key, label: dimensionLabel(a.dims, 'sku', key), ...s }))
      .sort(byTotal)
      .slice(0, maxGoodwillSkus),
    byReason: [...byReason].map(([key, s]) => ({ key, ...s })).sort(byTotal),
  };
};
