import type { Migration } from './migration';

/**
 * Deadline performance, pre-aggregated (docs/METRICS.md, "How it stays fast"). The chart grouped ~130k case facts
 * by deadline week on every call (≈140 ms at a million orders). rl_deadline_agg sums the facts by (paid month,
 * store, SKU, lot, deadline week): ~9k rows. "Due" depends on the query time (an open case counts once its
 * deadline has passed), so open cases are kept apart: weeks before the current one count all of them, the
 * current week reads its few open cases from rl_case_facts (partial index below), later weeks count none.
 *
 * week = Monday-based week number in China time: (deadline_at + 8 h + 3 days) / 7 days (integer division).
 * Kept by triggers on rl_case_facts itself, which the case triggers of migration 5 rewrite (delete + insert)
 * in the writing transaction; the full rebuild (features/analytics/rollups.ts) lifts them and re-aggregates.
 */
export const deadlineWeekSql = (ms: string) => `(${ms} + 288000000) / 604800000`;

const delta = (row: 'NEW' | 'OLD', sign: '+' | '-') => /* sql */ `
  INSERT INTO rl_deadline_agg (month, store_id, sku_id, lot_key, week, answered, in_time, open_cases)
  SELECT ${row}.month, ${row}.store_id, ${row}.sku_id, ${row}.lot_key, ${deadlineWeekSql(`${row}.deadline_at`)},
    ${sign}(${row}.responded_at IS NOT NULL),
    ${sign}(${row}.responded_at IS NOT NULL AND ${row}.responded_at <= ${row}.deadline_at),
    ${sign}(${row}.responded_at IS NULL)
  WHERE ${row}.deadline_at IS NOT NULL
  ON CONFLICT DO UPDATE SET answered = answered + excluded.answered, in_time = in_time + excluded.in_time, open_cases = open_cases + excluded.open_cases;`;

export const deadlineAggRebuildSql = /* sql */ `
DELETE FROM rl_deadline_agg;
INSERT INTO rl_deadline_agg (month, store_id, sku_id, lot_key, week, answered, in_time, open_cases)
SELECT month, store_id, sku_id, lot_key, ${deadlineWeekSql('deadline_at')},
  count(*) FILTER (WHERE responded_at IS NOT NULL),
  count(*) FILTER (WHERE responded_at IS NOT NULL AND responded_at <= deadline_at),
  count(*) FILTER (WHERE responded_at IS NULL)
FROM rl_case_facts WHERE deadline_at IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;`;

/**
 * Two narrower sums of rl_case_agg, without case type and claimed reason, for the charts that do not split by them:
 * - rl_case_cells (month, store, SKU, lot): the case-level rows (finding key '') of return_refund, exchange and
 *   refund_only, as the KPIs, rates, mix and trend read them (~1.8k rows instead of ~23k);
 * - rl_finding_cells (finding key, month, store, SKU, lot): returned units (return_refund, exchange) by finding,
 *   for the Pareto, cost, mix and trend (~12k rows instead of ~38k).
 * Kept by triggers on rl_case_agg (its upserts fire INSERT or UPDATE): subtract the old row's share, add the new.
 */
const returned = `('return_refund', 'exchange')`;
const caseCell = (row: 'NEW' | 'OLD', sign: '+' | '-') => /* sql */ `
  INSERT INTO rl_case_cells (month, store_id, sku_id, lot_key, cases, returned, rwr_units, rwr_fen, returned_money_fen, writeoff_units)
  SELECT ${row}.month, ${row}.store_id, ${row}.sku_id, ${row}.lot_key, ${sign}${row}.cases,
    ${sign}(CASE WHEN ${row}.type IN ${returned} THEN ${row}.units ELSE 0 END),
    ${sign}(CASE WHEN ${row}.type = 'refund_only' THEN ${row}.units ELSE 0 END),
    ${sign}(CASE WHEN ${row}.type = 'refund_only' THEN ${row}.refund_fen ELSE 0 END),
    ${sign}(CASE WHEN ${row}.type IN ${returned} THEN ${row}.refund_fen + ${row}.freight_fen ELSE 0 END),
    ${sign}(CASE WHEN ${row}.type IN ${returned} THEN ${row}.writeoff_units ELSE 0 END)
  WHERE ${row}.finding_key = '' AND ${row}.type IN ('return_refund', 'exchange', 'refund_only')
  ON CONFLICT DO UPDATE SET cases = cases + excluded.cases, returned = returned + excluded.returned,
    rwr_units = rwr_units + excluded.rwr_units, rwr_fen = rwr_fen + excluded.rwr_fen,
    returned_money_fen = returned_money_fen + excluded.returned_money_fen, writeoff_units = writeoff_units + excluded.writeoff_units;`;
const findingCell = (row: 'NEW' | 'OLD', sign: '+' | '-') => /* sql */ `
  INSERT INTO rl_finding_cells (finding_key, month, store_id, sku_id, lot_key, units, cases, refund_fen, freight_fen, writeoff_units)
  SELECT ${row}.finding_key, ${row}.month, ${row}.store_id, ${row}.sku_id, ${row}.lot_key,
    ${sign}${row}.units, ${sign}${row}.cases, ${sign}${row}.refund_fen, ${sign}${row}.freight_fen, ${sign}${row}.writeoff_units
  WHERE ${row}.finding_key <> '' AND ${row}.type IN ${returned}
  ON CONFLICT DO UPDATE SET units = units + excluded.units, cases = cases + excluded.cases, refund_fen = refund_fen + excluded.refund_fen,
    freight_fen = freight_fen + excluded.freight_fen, writeoff_units = writeoff_units + excluded.writeoff_units;`;

export const cellsRebuildSql = /* sql */ `
DELETE FROM rl_case_cells;
INSERT INTO rl_case_cells (month, store_id, sku_id, lot_key, cases, returned, rwr_units, rwr_fen, returned_money_fen, writeoff_units)
SELECT month, store_id, sku_id, lot_key, sum(cases),
  coalesce(sum(units) FILTER (WHERE type IN ${returned}), 0),
  coalesce(sum(units) FILTER (WHERE type = 'refund_only'), 0),
  coalesce(sum(refund_fen) FILTER (WHERE type = 'refund_only'), 0),
  coalesce(sum(refund_fen + freight_fen) FILTER (WHERE type IN ${returned}), 0),
  coalesce(sum(writeoff_units) FILTER (WHERE type IN ${returned}), 0)
FROM rl_case_agg WHERE finding_key = '' AND type IN ('return_refund', 'exchange', 'refund_only')
GROUP BY 1, 2, 3, 4;
DELETE FROM rl_finding_cells;
INSERT INTO rl_finding_cells (finding_key, month, store_id, sku_id, lot_key, units, cases, refund_fen, freight_fen, writeoff_units)
SELECT finding_key, month, store_id, sku_id, lot_key, sum(units), sum(cases), sum(refund_fen), sum(freight_fen), sum(writeoff_units)
FROM rl_case_agg WHERE finding_key > '' AND type IN ${returned}
GROUP BY 1, 2, 3, 4, 5;`;

export const analyticsChartCells: Migration = {
  version: 7,
  name: 'analytics_chart_cells',
  sql: /* sql */ `
CREATE TABLE rl_deadline_agg (
  month TEXT NOT NULL,
  store_id TEXT NOT NULL,
  sku_id TEXT NOT NULL,
  lot_key TEXT NOT NULL,
  week INTEGER NOT NULL,
  answered INTEGER NOT NULL,
  in_time INTEGER NOT NULL,
  open_cases INTEGER NOT NULL,
  PRIMARY KEY (month, store_id, sku_id, lot_key, week)
) STRICT, WITHOUT ROWID;

-- The current week's open cases, read at query time (their count depends on the clock).
CREATE INDEX rl_case_facts_open_deadline ON rl_case_facts(deadline_at) WHERE responded_at IS NULL AND deadline_at IS NOT NULL;

${deadlineAggRebuildSql}

CREATE TABLE rl_case_cells (
  month TEXT NOT NULL,
  store_id TEXT NOT NULL,
  sku_id TEXT NOT NULL,
  lot_key TEXT NOT NULL,
  cases INTEGER NOT NULL,
  returned INTEGER NOT NULL,
  rwr_units INTEGER NOT NULL,
  rwr_fen INTEGER NOT NULL,
  returned_money_fen INTEGER NOT NULL,
  writeoff_units INTEGER NOT NULL,
  PRIMARY KEY (month, store_id, sku_id, lot_key)
) STRICT, WITHOUT ROWID;

CREATE TABLE rl_finding_cells (
  finding_key TEXT NOT NULL,
  month TEXT NOT NULL,
  store_id TEXT NOT NULL,
  sku_id TEXT NOT NULL,
  lot_key TEXT NOT NULL,
  units INTEGER NOT NULL,
  cases INTEGER NOT NULL,
  refund_fen INTEGER NOT NULL,
  freight_fen INTEGER NOT NULL,
  writeoff_units INTEGER NOT NULL,
  PRIMARY KEY (finding_key, month, store_id, sku_id, lot_key)
) STRICT, WITHOUT ROWID;

${cellsRebuildSql}

CREATE TRIGGER rl_agg_cells_ins AFTER INSERT ON rl_case_agg BEGIN
  ${caseCell('NEW', '+')}
  ${findingCell('NEW', '+')}
END;
CREATE TRIGGER rl_agg_cells_upd AFTER UPDATE ON rl_case_agg BEGIN
  ${caseCell('OLD', '-')}
  ${findingCell('OLD', '-')}
  ${caseCell('NEW', '+')}
  ${findingCell('NEW', '+')}
END;
CREATE TRIGGER rl_agg_cells_del AFTER DELETE ON rl_case_agg BEGIN
  ${caseCell('OLD', '-')}
  ${findingCell('OLD', '-')}
END;

CREATE TRIGGER rl_facts_deadline_ins AFTER INSERT ON rl_case_facts WHEN NEW.deadline_at IS NOT NULL BEGIN
  ${delta('NEW', '+')}
END;
CREATE TRIGGER rl_facts_deadline_del AFTER DELETE ON rl_case_facts WHEN OLD.deadline_at IS NOT NULL BEGIN
  ${delta('OLD', '-')}
END;
CREATE TRIGGER rl_facts_deadline_upd AFTER UPDATE ON rl_case_facts BEGIN
  ${delta('OLD', '-')}
  ${delta('NEW', '+')}
END;
`,
};
