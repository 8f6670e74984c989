/**
 * The QC-vs-returns chart's story: one bad lot slipped through incoming QC. The seed's lot inspections catch every
 * bad lot by its signature defect; here the best-selling bad lot's inspection is rewritten as a clean pass (its
 * sample held no defective unit), so the chart shows a lot with few QC defects and many returns ("escaped QC").
 * Plain SQL after the lot inspections are written; no random numbers are drawn, so the rest of the seed is unchanged.
 */
import type { Sqlite } from '../db/connection';

const caughtNote = '抽检不合格，已联系供应商';

export const letOneBadLotEscapeQc = (db: Sqlite): void => {
  const escaped = db
    .prepare(
      `SELECT i.id FROM inspections i WHERE i.kind = 'lot' AND i.notes = ?
      ORDER BY (SELECT COALESCE(sum(l.quantity), 0) FROM order_lines l WHERE l.lot_id = i.lot_id) DESC, i.id LIMIT 1`,
    )
    .get(caughtNote) as { id: string } | undefined;
  if (!escaped) return;
  db.prepare('DELETE FROM inspection_defects WHERE inspection_id = ?').run(escaped.id);
  db.prepare(
    `UPDATE inspections SET grade = 'A', disposition = 'restock', fault = 'none', notes = '抽检未发现问题，放行入库' WHERE id = ?`,
  ).run(escaped.id);
};
