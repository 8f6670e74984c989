/**
 * inspection_save (issue 3, item 7): the inspector's autosave, `inspections.saveDraft`, through the dispatcher
 * (one transaction with its audit row, synchronous=FULL, WAL), against a bare autocommitted UPDATE of the same
 * draft row on the same connection with the same durability, timed sample by sample in one loop.
 *
 * What is measured is the same on a fresh and on a reused data dir: every sampled case first gets a draft (an
 * unmeasured save, which creates it on a fresh dir and updates the one a previous run left on a reused dir), so each
 * measured save updates an existing draft, changing its values and replacing its defect line, as an inspector's
 * second and later autosaves do. (The first save of a case also inserts the draft row: a different operation, and
 * one that only a fresh dir can measure.)
 */
import type { BenchScenario } from '../scenario';
import { percentile, ratioOf, round, sampleColumn, timeInterleavedUs } from '../scenario';

const saves = 400;

export const inspectionSaveScenario: BenchScenario = {
  name: 'inspection_save',
  description:
    'inspections.saveDraft updating a draft, with one defect (p50/p99 ms, audit, synchronous=FULL) vs a bare autocommitted UPDATE of the same draft',
  run: async (ctx) => {
    const { db } = ctx.backend;
    if (db.pragma('synchronous', { simple: true }) !== 2)
      throw new Error('inspection_save expects synchronous=FULL on the backend connection');
    const caseIds = sampleColumn(
      ctx.backend,
      'after_sales_cases',
      'id',
      saves,
      `status IN ('received', 'awaiting_return', 'inspected', 'succeeded') AND voided_at IS NULL`,
    );
    const defectTypeId = db.prepare(`SELECT id FROM defect_types WHERE active = 1 ORDER BY sort_order LIMIT 1`).pluck().get() as string;
    const session = await ctx.session('inspector');
    const save = async (caseId: string, fields: { grade: 'B' | 'C'; claimMatch: 'partly' | 'yes'; notes: string }) => {
      const result = await ctx.backend.dispatch(
        'inspections.saveDraft',
        { caseId, ...fields, defects: [{ defectTypeId, quantity: 1 }] },
        session,
      );
      if (!result.ok) throw new Error(`inspections.saveDraft failed: ${result.error.message}`);
      return (result.value as { id: string }).id;
    };
    // Unmeasured: every case has its draft before the clock starts, whatever an earlier run left.
    const draftIds: string[] = [];
    for (const caseId of caseIds) draftIds.push(await save(caseId, { grade: 'C', claimMatch: 'yes', notes: '初检' }));
    const update = db.prepare(`UPDATE inspections SET grade = 'B', claim_match = 'partly', notes = ?, updated_at = ? WHERE id = ?`);
    const samples = await timeInterleavedUs(caseIds.length, {
      ours: (i) => save(caseIds[i]!, { grade: 'B', claimMatch: 'partly', notes: '包装有压痕，商品轻微划痕' }),
      baseline: (i) => update.run('包装有压痕，商品轻微划痕', Date.now(), draftIds[i]!),
    });
    const toMs = (us: number) => round(us / 1000, 2);
    const p50 = percentile(samples.ours, 50);
    const baseP50 = percentile(samples.baseline, 50);
    return {
      p50_ms: toMs(p50),
      p99_ms: toMs(percentile(samples.ours, 99)),
      baseline: toMs(baseP50),
      baseline_p99_ms: toMs(percentile(samples.baseline, 99)),
      ratio: ratioOf(p50, baseP50),
      saves: caseIds.length,
      method: 'inspections.saveDraft',
    };
  },
};
