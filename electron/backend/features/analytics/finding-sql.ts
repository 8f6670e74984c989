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

/** Written-off goods at the SKU's unit cost; the lookup runs only on rows that wrote something off. */
export const writeOffFenSql = (alias: string) =>
  `sum(CASE WHEN ${alias}.writeoff_units <> 0 THEN ${alias}.writeoff_units * COALESCE((SELECT unit_cost_fen FROM skus WHERE id = ${alias}.sku_id), 0) ELSE 0 END)`;

type RawRow = Record<string, string | number> & { key: string; units: number; refund: number; freight: number; writeoff: number };

/**
 * Returned units (return_refund + exchange) by finding, grouped by `groupColumns` of rl_case_agg (filter alias
 * `a`). A case whose inspection found two defect types sits under each type; cases without a defect sit under
 * their finding category. HAVING drops groups whose cases were all moved away (their sums went back to 0).
 */
export const findingRows = (db: Sqlite, filter: SqlPart, groupColumns: string[]): FindingRow[] => {
  const where = and(filter, { sql: `a.finding_key <> '' AND a.type IN ${returnedTypesSql}`, params: [] });
  const lead = groupColumns.map((c, i) => `a.${c} AS g${i}, `).join('');
  const tail = groupColumns.map((_c, i) => `, g${i}`).join('');
  const rows = prepared(db, `SELECT ${lead}a.finding_key AS key, sum(a.units) AS units, sum(a.refund_fen) AS refund, sum(a.freight_fen) AS freight,
      ${writeOffFenSql('a')} AS writeoff
    FROM rl_case_agg a WHERE ${where.sql} GROUP BY key${tail} HAVING sum(a.cases) > 0`).all(...where.params) as RawRow[];
  return rows.map((r) => ({
    group: groupColumns.map((_c, i) => String(r[`g${i}`])),
    key: r.key,
    units: r.units,
    refundFen: r.refund,
    freightFen: r.freight,
    writeOffFen: r.writeoff,
  }));
};
