import type { Sqlite } from '../../db/connection';
import { prepared } from '../../db/query';
import { and, returnedTypesSql, type SqlPart } from './filter-sql';

/** One aggregated row per group and finding key (a defect type id, 'no_defect' or 'not_inspected'). */
export interface FindingRow {
  group: string[];
  key: string;
  units: number;
  refundFen: number;
  freightFen: number;
  writeOffFen: number;
}

const sums = `sum(f.units) AS units, sum(f.refund_fen) AS refund, sum(f.freight_fen) AS freight,
  sum(CASE WHEN f.writeoff_units > 0 THEN f.writeoff_units * COALESCE((SELECT unit_cost_fen FROM skus WHERE id = f.sku_id), 0) ELSE 0 END) AS writeoff`;

type RawRow = Record<string, string | number> & { key: string; units: number; refund: number; freight: number; writeoff: number };

/**
 * Returned units (return_refund + exchange) by finding, grouped by `groupColumns` of rl_case_facts. A case whose
 * inspection found two defect types appears once under each type; cases without a defect appear under their
 * finding category. `extra` narrows further (drill-down and chart-specific conditions).
 */
export const findingRows = (db: Sqlite, filter: SqlPart, groupColumns: string[], extra: SqlPart = { sql: '1 = 1', params: [] }): FindingRow[] => {
  const where = and(filter, extra, { sql: `f.type IN ${returnedTypesSql}`, params: [] });
  const groupSelect = groupColumns.map((c, i) => `f.${c} AS g${i}`).join(', ');
  const groupBy = groupColumns.map((_c, i) => `g${i}`).join(', ');
  const lead = groupSelect ? `${groupSelect}, ` : '';
  const tail = groupBy ? `, ${groupBy}` : '';
  const plain = prepared(db, `SELECT ${lead}f.finding AS key, ${sums} FROM rl_case_facts f
    WHERE ${where.sql} AND f.finding <> 'defect' GROUP BY key${tail}`).all(...where.params) as RawRow[];
  const defects = prepared(db, `SELECT ${lead}d.defect_type_id AS key, ${sums} FROM rl_case_facts f
    JOIN rl_case_defects d ON d.case_id = f.case_id
    WHERE ${where.sql} AND f.finding = 'defect' GROUP BY key${tail}`).all(...where.params) as RawRow[];
  return [...plain, ...defects].map((r) => ({
    group: groupColumns.map((_c, i) => String(r[`g${i}`])),
    key: r.key,
    units: r.units,
    refundFen: r.refund,
    freightFen: r.freight,
    writeOffFen: r.writeoff,
  }));
};
