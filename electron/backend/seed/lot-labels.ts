/**
 * Which lot each seeded sale came from, told the way the app learns it (issue 17, item 2). The generator knows the
 * truth (master-data.ts `lotFor`, which is what makes the bad lots return more); the app does not:
 * - each lot's quantity becomes the units it really sold plus 10 % still in stock, as a receiving record would say;
 * - on about 40 % of the completed return inspections the inspector found the lot label on the item: the line's true
 *   lot is recorded as a label (inspection and order line), as lots.recordLabel does;
 * - every other line is re-attributed first-in-first-out by the same code as the app (reattributeAll), so the
 *   charts rest on labels and estimates, and the estimate can be off, as it would be.
 * Runs at the end of the load, with the indexes and triggers lifted: one pass over each table.
 */
import type { Sqlite } from '../db/connection';
import { rawQuery } from '../db/raw-sql';
import { reattributeAll } from '../features/lots/lot-attribution.repository';
import type { Rng } from './prng';

export const labelAndAttributeLots = (db: Sqlite, rng: Rng): void => {
  db.exec(`UPDATE lots SET quantity = (
             SELECT CAST(ceil(sum(l.quantity) * 1.1) AS INTEGER) FROM order_lines l WHERE l.lot_id = lots.id)
           WHERE EXISTS (SELECT 1 FROM order_lines l WHERE l.lot_id = lots.id)`);
  const inspected = rawQuery<{ inspectionId: string; lineId: string; lotId: string }>(
    db,
    `SELECT i.id AS inspectionId, ol.id AS lineId, ol.lot_id AS lotId
       FROM inspections i JOIN after_sales_cases c ON c.id = i.case_id JOIN order_lines ol ON ol.id = c.order_line_id
       WHERE i.kind = 'return' AND i.state = 'completed' AND ol.lot_id IS NOT NULL ORDER BY i.id`,
  ).all();
  const labelInspection = db.prepare('UPDATE inspections SET lot_id = ? WHERE id = ?');
  const labelLine = db.prepare(`UPDATE order_lines SET lot_basis = 'label' WHERE id = ?`);
  for (const row of inspected) {
    if (!rng.chance(0.4)) continue;
    labelInspection.run(row.lotId, row.inspectionId);
    labelLine.run(row.lineId);
  }
  reattributeAll(db);
};
