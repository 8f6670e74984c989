import type { AnalyticsFilter, DrillCase, DrillTarget } from '../../../../shared/contract/analytics.contract';
import type { Sqlite } from '../../db/connection';
import { goodwillKinds } from '../../../../shared/domain/remedies';
import { rawCount, rawQuery, sqlList } from '../../db/raw-sql';
import { weekSql } from './charts';
import { and, filterSql, returnedTypesSql, type SqlPart } from './filter-sql';

const findingSql = (key: string): SqlPart =>
  key === 'no_defect' || key === 'not_inspected'
    ? { sql: 'f.finding = ?', params: [key] }
    : {
        sql: `f.finding = 'defect' AND EXISTS (SELECT 1 FROM rl_case_defects d WHERE d.case_id = f.case_id AND d.defect_type_id = ?)`,
        params: [key],
      };

const returned: SqlPart = { sql: `f.type IN ${returnedTypesSql}`, params: [] };

/** The rows behind a bar or cell: the same conditions the chart aggregated, so the list's units add up to the bar. */
const targetSql = (target: DrillTarget, now: number): SqlPart => {
  switch (target.chart) {
    case 'pareto':
    case 'cost':
      return and(returned, findingSql(target.finding));
    case 'mix':
      return and(returned, { sql: 'f.sku_id = ?', params: [target.skuId] }, findingSql(target.finding));
    case 'trend':
      return and(
        returned,
        { sql: 'f.month = ?', params: [target.month] },
        target.finding ? findingSql(target.finding) : { sql: '1 = 1', params: [] },
      );
    case 'matrix':
      return and(returned, { sql: 'f.reason = ?', params: [target.reason] }, findingSql(target.finding));
    case 'rates': {
      const dimensionFilter: AnalyticsFilter =
        target.dimension === 'sku'
          ? { skuId: target.key }
          : target.dimension === 'product'
            ? { productId: target.key }
            : target.dimension === 'lot'
              ? {}
              : { supplierId: target.key };
      const part = and(returned, filterSql(dimensionFilter, 'f'));
      if (target.dimension === 'lot') return and(part, { sql: 'f.lot_key = ?', params: [target.key] });
      if (target.dimension === 'supplier' && target.key === '') {
        return and(returned, {
          sql: `f.lot_key NOT IN (SELECT id FROM lots WHERE supplier_id IS NOT NULL) AND f.sku_id IN (SELECT k.id FROM skus k JOIN products p ON p.id = k.product_id WHERE COALESCE(k.supplier_id, p.supplier_id) IS NULL)`,
          params: [],
        });
      }
      return part;
    }
    case 'goodwill':
      // Every case type, like the chart: goodwill is paid on refund-only cases too.
      return and(
        {
          sql: `EXISTS (SELECT 1 FROM case_compensation l WHERE l.case_id = f.case_id AND l.voided_at IS NULL AND l.kind IN ${sqlList(goodwillKinds)})`,
          params: [],
        },
        { sql: target.by === 'sku' ? 'f.sku_id = ?' : 'f.reason = ?', params: [target.key] },
      );
    case 'cause':
      // Every case type, like the service section: a cause is recorded on any case.
      return {
        sql: `EXISTS (SELECT 1 FROM case_root_causes rc WHERE rc.case_id = f.case_id AND rc.replaced_at IS NULL AND rc.cause_id = ?)`,
        params: [target.causeId],
      };
    case 'deadline':
      return and(
        {
          sql: `f.deadline_at IS NOT NULL AND (f.deadline_at <= ? OR f.responded_at IS NOT NULL) AND ${weekSql('f.deadline_at')} = ?`,
          params: [now, target.week],
        },
        target.missedOnly
          ? { sql: 'NOT (f.responded_at IS NOT NULL AND f.responded_at <= f.deadline_at)', params: [] }
          : { sql: '1 = 1', params: [] },
      );
  }
};

interface DrillRow {
  id: string;
  case_number: string;
  order_number: string;
  type: string;
  reason: string;
  status: string;
  sku_code: string;
  units: number;
  refund_fen: number;
  month: string;
  requested_at: number;
  deadline_at: number | null;
  responded_at: number | null;
  finding: string;
}

export const drillCases = (
  db: Sqlite,
  filter: AnalyticsFilter,
  target: DrillTarget,
  now: number,
  limit: number,
): { total: number; cases: DrillCase[] } => {
  const where = and(filterSql(filter, 'f'), targetSql(target, now));
  const total = rawCount(db, `SELECT count(*) AS n FROM rl_case_facts f WHERE ${where.sql}`, where.params);
  const rows = rawQuery<DrillRow>(
    db,
    `SELECT c.id, c.case_number, o.order_number, f.type, f.reason, c.status, k.code AS sku_code, f.units, f.refund_fen,
      f.month, f.requested_at, f.deadline_at, f.responded_at,
      CASE WHEN f.finding = 'defect' THEN (SELECT group_concat(d.defect_type_id, ',') FROM rl_case_defects d WHERE d.case_id = f.case_id) ELSE f.finding END AS finding
    FROM rl_case_facts f JOIN after_sales_cases c ON c.id = f.case_id JOIN orders o ON o.id = c.order_id JOIN skus k ON k.id = f.sku_id
    WHERE ${where.sql} ORDER BY f.requested_at DESC, f.case_id LIMIT ?`,
  ).all(...where.params, limit);
  return {
    total,
    cases: rows.map((r) => ({
      id: r.id,
      caseNumber: r.case_number,
      orderNumber: r.order_number,
      type: r.type,
      reason: r.reason,
      status: r.status,
      skuCode: r.sku_code,
      units: r.units,
      refundFen: r.refund_fen,
      paidMonth: r.month,
      requestedAt: r.requested_at,
      deadlineAt: r.deadline_at,
      respondedAt: r.responded_at,
      finding: r.finding,
    })),
  };
};
