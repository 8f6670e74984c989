import { finishedCaseStatuses } from '../../../../shared/domain/aftersales';
import type { Sqlite } from '../../db/connection';
import { sqlList } from '../../db/raw-sql';
import { readPolicy } from '../settings/policy.repository';

/**
 * The import's side of the clocks (shared/domain/clocks.ts), set-based over the staged cases (`stg.stage_cases`,
 * attached by the import) inside the commit's transaction: the same rules as `syncCaseClocks`, for a whole export
 * at once. The history names the import (armed/stopped_import_id) instead of a user; the import's own audit row
 * covers the file.
 */

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const finished = sqlList(finishedCaseStatuses);
/**
 * Each staged row, then its case by the unique (store, case number) key. CROSS JOIN keeps the staged rows as the
 * outer loop: left to itself the planner drove from the cases (by store or status) and scanned the unindexed staging
 * table for each, quadratic (850 ms at 13k cases, minutes at 130k).
 */
const staged = `stg.stage_cases s CROSS JOIN main.after_sales_cases c ON c.store_id = @store AND c.case_number = s.case_number`;
const stopAs = (reason: string) =>
  `UPDATE main.case_clocks SET stopped_at = @now, stopped_import_id = @importId, stopped_reason = '${reason}'`;

interface ImportClockParams {
  store: string;
  now: number;
  importId: string;
}

/**
 * Before the staged statuses are written: cases this export finishes (open in the store, finished in the file) get
 * their follow-up, due `followUp.days` from now. Must run before the merge, which overwrites the old status.
 */
export const armFollowUpsForImport = (db: Sqlite, p: ImportClockParams): void => {
  const { followUp } = readPolicy(db);
  db.prepare(
    `INSERT INTO main.case_clocks (id, case_id, kind, due_at, armed_at, armed_import_id, armed_reason)
     SELECT rl_new_id(), c.id, 'follow_up', @now + @followUpMs, @now, @importId, 'resolved'
     FROM ${staged}
     WHERE c.voided_at IS NULL AND c.status NOT IN ${finished} AND s.status IN ${finished}
       AND NOT EXISTS (SELECT 1 FROM main.case_clocks k WHERE k.case_id = c.id AND k.kind = 'follow_up')`,
  ).run({ ...p, followUpMs: followUp.days * dayMs });
};

/**
 * After the staged cases are written:
 * 1. a case no longer waiting on the merchant stops its merchant clock (met), and records its first response when
 *    that was before the respond deadline; a finished one stops its evidence deadline and promised update (no longer applies);
 * 2. a running respond clock whose deadline the export moved is stopped (re-armed);
 * 3. a case waiting on the merchant's answer without a running respond clock gets one: the export's 商家处理截止时间
 *    when the file has it, else the policy's hours from the request (a new case) or from now (it came back);
 * 4. `merchant_deadline_at` follows the running merchant clock.
 */
export const syncClocksForImport = (db: Sqlite, p: ImportClockParams): void => {
  const { responseHours } = readPolicy(db);
  const params = { ...p, responseMs: responseHours * hourMs };
  // The staged cases joined once (one pass over the file's rows); the statements below then go from the few running
  // clocks to this list instead of joining the whole file again each (a 300k-order seed, all 38.6k cases re-staged:
  // the stops went from 0.2–0.4 s each to 0–2 ms).
  db.exec(`DROP TABLE IF EXISTS temp.import_clock_cases`);
  db.prepare(`CREATE TEMP TABLE import_clock_cases AS SELECT c.id AS case_id, s.deadline AS deadline FROM ${staged}`).run(p);
  db.exec(`CREATE INDEX temp.import_clock_cases_case ON import_clock_cases(case_id)`);
  const inFile = (clock: string) => `EXISTS (SELECT 1 FROM temp.import_clock_cases x WHERE x.case_id = ${clock}.case_id)`;
  const caseOf = (condition: string) =>
    `EXISTS (SELECT 1 FROM main.after_sales_cases c WHERE c.id = case_clocks.case_id AND (${condition}))`;
  db.prepare(
    `${stopAs('met')} WHERE stopped_at IS NULL AND kind IN ('respond', 'refund') AND ${inFile('case_clocks')}
       AND ${caseOf(`c.waiting_on <> 'merchant' OR c.voided_at IS NOT NULL`)}`,
  ).run(p);
  // The export shows the merchant's side settled (answered in the platform's back office, or the buyer withdrew) while
  // its respond clock was still running: the case was answered in time, at the latest by this import. Recording that
  // upper bound as the first response keeps the dashboard's deadline performance from counting it as a miss once the
  // deadline passes. Seen only after the deadline, the answer's time is unknown and the case stays a miss (conservative).
  db.prepare(
    `UPDATE main.after_sales_cases SET responded_at = @now
     WHERE responded_at IS NULL AND id IN (SELECT k.case_id FROM main.case_clocks k
       WHERE k.kind = 'respond' AND k.stopped_reason = 'met' AND k.stopped_at = @now AND k.stopped_import_id = @importId AND k.due_at >= @now)`,
  ).run(p);
  db.prepare(
    `${stopAs('not_applicable')} WHERE stopped_at IS NULL AND kind IN ('evidence', 'promised_update') AND ${inFile('case_clocks')}
       AND ${caseOf(`c.status IN ${finished}`)}`,
  ).run(p);
  db.prepare(
    `${stopAs('rearmed')} WHERE stopped_at IS NULL AND kind = 'respond' AND ${caseOf(`c.status = 'pending_merchant'`)}
       AND EXISTS (SELECT 1 FROM temp.import_clock_cases x WHERE x.case_id = case_clocks.case_id
         AND x.deadline IS NOT NULL AND x.deadline <> case_clocks.due_at)`,
  ).run(p);
  // A case new in this file starts from its request; one the store already had came back to the merchant now.
  const isNew = `(c.import_id = @importId AND c.created_at = @now)`;
  const justRearmed = `EXISTS (SELECT 1 FROM main.case_clocks k WHERE k.case_id = c.id AND k.kind = 'respond'
    AND k.stopped_reason = 'rearmed' AND k.stopped_at = @now AND k.stopped_import_id = @importId)`;
  db.prepare(
    `INSERT INTO main.case_clocks (id, case_id, kind, due_at, armed_at, armed_import_id, armed_reason)
     SELECT rl_new_id(), c.id, 'respond',
       coalesce(x.deadline, CASE WHEN ${isNew} THEN c.requested_at ELSE @now END + @responseMs),
       @now, @importId,
       CASE WHEN ${justRearmed} THEN 'export_deadline'
            WHEN ${isNew} THEN CASE WHEN x.deadline IS NULL THEN 'policy_default' ELSE 'export_deadline' END
            ELSE 'back_to_merchant' END
     FROM temp.import_clock_cases x CROSS JOIN main.after_sales_cases c ON c.id = x.case_id
     WHERE c.status = 'pending_merchant' AND c.voided_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM main.case_clocks k WHERE k.case_id = c.id AND k.kind = 'respond' AND k.stopped_at IS NULL)`,
  ).run(params);
  db.prepare(
    `UPDATE main.after_sales_cases SET merchant_deadline_at = k.due_at
     FROM main.case_clocks k
     WHERE k.case_id = after_sales_cases.id AND k.stopped_at IS NULL AND k.kind IN ('respond', 'refund')
       AND after_sales_cases.merchant_deadline_at IS NOT k.due_at AND ${inFile('k')}`,
  ).run(p);
  db.exec(`DROP TABLE temp.import_clock_cases`);
};
