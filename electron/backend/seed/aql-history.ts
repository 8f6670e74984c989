/**
 * The seeded lot inspections, run through the AQL path (issue 17, item 7): each lot gets the ISO 2859-1 plan of
 * its supplier/product's severity at that moment, its findings are spread over sampled units, and the verdict
 * and switching rules follow from them, so some lots are rejected and held, and repeated rejections put a
 * supplier's product on tightened inspection.
 */
import { defaultAqlSettings } from '../../../shared/domain/aql/settings';
import { afterLot, initialScheme, type SchemeState } from '../../../shared/domain/aql/switching';
import { codeLetterFor } from '../../../shared/domain/aql/plan';
import type { DefectClass } from '../../../shared/domain/inspection';
import type { Sqlite } from '../db/connection';
import { countClasses, lotScorePoints, overallVerdict, plansFor, sampleSizeOf } from '../features/aql/aql-view';

interface SeededLotInspection {
  inspection_id: string;
  lot_id: string;
  quantity: number | null;
  supplier_id: string | null;
  product_id: string;
  started_at: number;
  completed_at: number | null;
}

export const writeAqlHistory = (db: Sqlite, ownerId: string): { inspected: number; rejected: number; tightened: number } => {
  const rows = db
    .prepare(
      `SELECT i.id inspection_id, l.id lot_id, l.quantity, COALESCE(l.supplier_id, k.supplier_id, p.supplier_id) supplier_id, p.id product_id,
              i.started_at, i.completed_at
         FROM inspections i JOIN lots l ON l.id = i.lot_id JOIN skus k ON k.id = l.sku_id JOIN products p ON p.id = k.product_id
        WHERE i.kind = 'lot' AND i.state = 'completed' ORDER BY i.completed_at, i.id`,
    )
    .all() as SeededLotInspection[];
  const defectsOf = db.prepare(`SELECT id, defect_type_id, class, quantity FROM inspection_defects WHERE inspection_id = ? ORDER BY id`);
  const deleteDefects = db.prepare(`DELETE FROM inspection_defects WHERE inspection_id = ?`);
  const insertDefect = db.prepare(
    `INSERT INTO inspection_defects (id, inspection_id, defect_type_id, class, quantity, note, unit_no) VALUES (?, ?, ?, ?, 1, NULL, ?)`,
  );
  const insertAql = db.prepare(
    `INSERT INTO aql_lot_inspections (inspection_id, lot_id, supplier_id, product_id, lot_size, level, severity, code_letter, plans_json,
       units_inspected, verdict, score_points, disposition, disposition_reason, disposition_by, disposition_at, started_at, completed_at)
     VALUES (?, ?, ?, ?, ?, 'II', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateInspection = db.prepare(`UPDATE inspections SET sample_size = ?, disposition = ? WHERE id = ?`);
  const schemes = new Map<string, SchemeState>();
  let rejected = 0;
  for (const row of rows) {
    if (row.supplier_id === null || row.quantity === null || row.quantity < 2 || row.completed_at === null) continue;
    const key = `${row.supplier_id}/${row.product_id}`;
    const scheme = schemes.get(key) ?? initialScheme;
    if (scheme.mode === 'discontinued') continue;
    const plans = plansFor(row.quantity, defaultAqlSettings, scheme.mode);
    const sampleSize = sampleSizeOf(plans);
    // Each finding's quantity becomes that many sampled units, numbered from the start of the sample.
    const found = defectsOf.all(row.inspection_id) as { id: string; defect_type_id: string; class: DefectClass; quantity: number }[];
    deleteDefects.run(row.inspection_id);
    const units: { unitNo: number; class: DefectClass }[] = [];
    let unitNo = 0;
    for (const defect of found) {
      for (let n = 0; n < defect.quantity && unitNo < sampleSize; n++) {
        unitNo += 1;
        insertDefect.run(`${defect.id}-${n}`, row.inspection_id, defect.defect_type_id, defect.class, unitNo);
        units.push({ unitNo, class: defect.class });
      }
    }
    const classes = countClasses(plans, units, sampleSize);
    const verdict = overallVerdict(classes);
    const points = lotScorePoints(scheme.mode, classes);
    const disposition = verdict === 'reject' ? (rejected % 3 === 2 ? 'concession' : 'return_to_supplier') : null;
    if (verdict === 'reject') rejected += 1;
    insertAql.run(
      row.inspection_id,
      row.lot_id,
      row.supplier_id,
      row.product_id,
      row.quantity,
      scheme.mode,
      codeLetterFor(row.quantity, defaultAqlSettings.level),
      JSON.stringify(plans),
      sampleSize,
      verdict,
      points,
      disposition,
      disposition === 'concession' ? '缺陷可返工，供应商承担返工费用' : null,
      disposition === null ? null : ownerId,
      disposition === null ? null : row.completed_at,
      row.started_at,
      row.completed_at,
    );
    updateInspection.run(
      sampleSize,
      verdict === 'reject' ? (disposition === 'return_to_supplier' ? 'return_to_supplier' : 'hold_evidence') : 'restock',
      row.inspection_id,
    );
    schemes.set(key, afterLot(scheme, { accepted: verdict === 'accept', scorePoints: points }).state);
  }
  const tightened = [...schemes.values()].filter((s) => s.mode === 'tightened' || s.mode === 'discontinued').length;
  return { inspected: rows.length, rejected, tightened };
};
