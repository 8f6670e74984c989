/**
 * inspection_save (issue 3, item 7): the inspector's autosave, `inspections.saveDraft`, through the dispatcher
 * (one transaction with its audit row, synchronous=FULL, WAL) on received cases of the seeded dataset, against a
 * bare autocommitted INSERT INTO inspections on the same connection with the same durability.
 */
import type { BenchScenario } from '../scenario';
import { percentile, round, sampleColumn, timeEachUs } from '../scenario';

const saves = 400;

export const inspectionSaveScenario: BenchScenario = {
  name: 'inspection_save',
  description: 'inspections.saveDraft with one defect (p50/p99 ms, audit, synchronous=FULL) vs a bare INSERT INTO inspections',
  run: async (ctx) => {
    const { db } = ctx.backend;
    if (db.pragma('synchronous', { simple: true }) !== 2) throw new Error('inspection_save expects synchronous=FULL on the backend connection');
    const caseIds = sampleColumn(ctx.backend, 'after_sales_cases', 'id', saves, `status IN ('received', 'awaiting_return', 'inspected', 'succeeded') AND voided_at IS NULL`);
    const defectTypeId = db.prepare(`SELECT id FROM defect_types WHERE active = 1 ORDER BY sort_order LIMIT 1`).pluck().get() as string;
    const session = await ctx.session('inspector');
    const dispatched = await timeEachUs(caseIds.length, async (i) => {
      const result = await ctx.backend.dispatch(
        'inspections.saveDraft',
        { caseId: caseIds[i]!, grade: 'B', claimMatch: 'partly', notes: '包装有压痕，商品轻微划痕', defects: [{ defectTypeId, quantity: 1 }] },
        session,
      );
      if (!result.ok) throw new Error(`inspections.saveDraft failed: ${result.error.message}`);
    });
    const inspectorId = db.prepare(`SELECT id FROM users WHERE role = 'inspector' AND active = 1 LIMIT 1`).pluck().get() as string;
    const insert = db.prepare(
      `INSERT INTO inspections (id, kind, case_id, inspector_id, state, started_at, grade, quantity, notes, updated_at)
       VALUES (?, 'return', ?, ?, 'voided', ?, 'B', 1, 'bench baseline', ?)`,
    );
    const stamp = Date.now();
    const baseline = await timeEachUs(caseIds.length, (i) => insert.run(`BENCH${stamp}${String(i).padStart(6, '0')}`, caseIds[i]!, inspectorId, stamp, stamp));
    // The baseline rows were only there to be timed: take them out again so the dataset stays what the seed made.
    db.prepare(`DELETE FROM inspections WHERE id LIKE ?`).run(`BENCH${stamp}%`);
    const toMs = (us: number) => round(us / 1000, 2);
    const p50 = percentile(dispatched, 50);
    const baseP50 = percentile(baseline, 50);
    return {
      p50_ms: toMs(p50),
      p99_ms: toMs(percentile(dispatched, 99)),
      baseline: toMs(baseP50),
      baseline_p99_ms: toMs(percentile(baseline, 99)),
      ratio: round(p50 / baseP50),
      saves: caseIds.length,
      method: 'inspections.saveDraft',
    };
  },
};
