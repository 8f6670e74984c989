/**
 * Pre-shipment lot inspections (AQL samples): one per lot that has arrived. Bad lots fail with their signature
 * defect, so the lot screen and the return data tell the same story.
 */
import type { DefectClass } from '../../../shared/domain/inspection';
import { dayMs } from '../../../shared/domain/time';
import type { Sqlite } from '../db/connection';
import type { IdFactory } from './codes';
import type { SeedSku } from './master-data';
import type { Rng } from './prng';
import { prepareSeedStatements } from './statements';

export const writeLotInspections = (
  db: Sqlite,
  rng: Rng,
  ids: IdFactory,
  skus: readonly SeedSku[],
  inspectorId: string,
  defectTypes: ReadonlyMap<string, { id: string; defaultClass: DefectClass }>,
  until: number,
): void => {
  const statements = prepareSeedStatements(db);
  for (const sku of skus) {
    for (const lot of sku.lots) {
      const startedAt = lot.receivedAt + Math.floor((0.1 + rng.next() * 0.8) * dayMs);
      if (startedAt > until) continue;
      const completedAt = startedAt + rng.int(20, 90) * 60_000;
      const sampleSize = rng.pick([32, 50, 80]);
      const findings: Array<[string, number]> = [];
      if (lot.bad && lot.signatureDefect) findings.push([lot.signatureDefect, rng.int(4, 9)]);
      if (rng.chance(0.4)) findings.push([rng.pick(sku.product.defects), rng.int(1, 2)]);
      const classes = findings.map(([code]) => defectTypes.get(code)?.defaultClass);
      const grade = lot.bad ? 'C' : classes.includes('major') || classes.includes('critical') ? 'B' : 'A';
      const inspectionId = ids(startedAt);
      statements.inspection.run(
        inspectionId,
        'lot',
        null,
        lot.id,
        inspectorId,
        startedAt,
        completedAt,
        grade,
        lot.bad ? 'hold_evidence' : 'restock',
        null,
        lot.bad ? 'supplier' : 'none',
        1,
        sampleSize,
        lot.bad ? '抽检不合格，已联系供应商' : null,
        completedAt,
      );
      const merged = new Map<string, number>();
      for (const [code, quantity] of findings) merged.set(code, (merged.get(code) ?? 0) + quantity);
      for (const [code, quantity] of merged) {
        const type = defectTypes.get(code);
        if (type) statements.defect.run(ids(completedAt), inspectionId, type.id, type.defaultClass, quantity, null);
      }
    }
  }
};
