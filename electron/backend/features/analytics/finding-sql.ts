import type { Sqlite } from '../../db/connection';
import { rawQuery } from '../../db/raw-sql';
import { and, returnedTypesSql, type SqlPart } from './filter-sql';

/** One aggregated row per group and finding key (a defect type id, 'no_defect' or 'not_inspected'). */
interface FindingRow {
  group: string[];
  key: string;
  units: number;
  refundFen: number;
  freightFen: number;
  writeOffFen: number;
}

/** Written-off goods at the SKU's unit cost; the lookup runs only on rows that wrote something off. */
const writeOffFenSql = (alias: string) =>
  `sum(CASE WHEN ${alias}.writeoff_units <> 0 THEN ${alias}.writeoff_units * COALESCE((SELECT unit_cost_fen FROM skus WHERE id = ${alias}.sku_id), 0) ELSE 0 END)`;

type RawRow = Record<string, string | number> & { key: string; units: number; refund: number; freight: number; writeoff: number };

const groupSql = (groupColumns: string[]) => ({
  lead: groupColumns.map((c, i) => `a.${c} AS g${i}, `).join(''),
  tail: groupColumns.map((_c, i) => `, g${i}`).join(''),
});
const groupOf = (r: Record<string, string | number>, groupColumns: string[]) => groupColumns.map((_c, i) => String(r[`g${i}`]));

/**
 * Returned units (return_refund + exchange) by finding, grouped by `groupColumns` (filter alias `a`), read from
 * rl_finding_cells (migration 7: rl_case_agg's finding rows of those two types, without type and reason). A case
 * whose inspection found two defect types sits under each type; cases without a defect sit under their finding
 * category. HAVING drops groups whose cases were all moved away (their sums went back to 0). Written-off units
 * are summed per SKU before the multiplication by its cost: the same integer as summing the products.
 */
export const findingRows = (db: Sqlite, filter: SqlPart, groupColumns: string[]): FindingRow[] => {
  const { lead, tail } = groupSql(groupColumns);
  const rows = rawQuery<RawRow>(
    db,
    `SELECT ${lead}a.finding_key AS key, sum(a.units) AS units, sum(a.refund_fen) AS refund, sum(a.freight_fen) AS freight,
      ${writeOffFenSql('a')} AS writeoff
    FROM rl_finding_cells a WHERE ${filter.sql} GROUP BY key${tail} HAVING sum(a.cases) > 0`,
  ).all(...filter.params);
  return rows.map((r) => ({
    group: groupOf(r, groupColumns),
    key: r.key,
    units: r.units,
    refundFen: r.refund,
    freightFen: r.freight,
    writeOffFen: r.writeoff,
  }));
};

/**
 * Returned units only, by finding and `groupColumns` (the mix, trend and matrix charts need no money). Grouping by
 * the claimed reason needs rl_case_agg; the other groupings read the narrower rl_finding_cells. On rl_case_agg,
 * `finding_key > ''` (not `<> ''`) selects the same rows (keys are never NULL) as a range of the primary key, so
 * the case-level rows (key '') are skipped instead of scanned. `extra` narrows the rows (e.g. the mix's SKUs).
 */
export const findingUnitRows = (
  db: Sqlite,
  filter: SqlPart,
  groupColumns: string[],
  extra?: SqlPart,
): { group: string[]; key: string; units: number }[] => {
  const byReason = groupColumns.includes('reason');
  const table = byReason ? 'rl_case_agg' : 'rl_finding_cells';
  const scope = byReason ? `a.finding_key > '' AND a.type IN ${returnedTypesSql}` : '1 = 1';
  const where = and(filter, { sql: scope, params: [] }, extra ?? { sql: '1 = 1', params: [] });
  const { lead, tail } = groupSql(groupColumns);
  const rows = rawQuery<Record<string, string | number> & { key: string; units: number }>(
    db,
    `SELECT ${lead}a.finding_key AS key, sum(a.units) AS units
    FROM ${table} a WHERE ${where.sql} GROUP BY key${tail} HAVING sum(a.cases) > 0`,
  ).all(...where.params);
  return rows.map((r) => ({ group: groupOf(r, groupColumns), key: r.key, units: r.units }));
};
