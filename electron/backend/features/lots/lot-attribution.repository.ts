import { attributeLots, type LotBasis } from '../../../../shared/domain/lot-attribution';
import type { Sqlite } from '../../db/connection';
import { prepared } from '../../db/query';
import { rawQuery } from '../../db/raw-sql';

interface LineRow {
  id: string;
  quantity: number;
  lot_id: string | null;
  lot_basis: LotBasis | null;
  shipped_at: number | null;
}

const groupBy = <T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
};

interface LotRowIn {
  id: string;
  skuId: string;
  receivedAt: number;
  quantity: number;
}

/** Attributes the given lines (all of one SKU) to the given lots and writes the lines whose lot or basis changed. */
const attributeAndWrite = (db: Sqlite, lots: readonly LotRowIn[], lines: readonly LineRow[]): number => {
  const result = attributeLots(
    lots,
    lines.map((l) => ({ id: l.id, quantity: l.quantity, shippedAt: l.shipped_at, labelLotId: l.lot_basis === 'label' ? l.lot_id : null })),
  );
  const update = prepared(db, 'UPDATE order_lines SET lot_id = ?, lot_basis = ? WHERE id = ?');
  let changed = 0;
  result.forEach((r, i) => {
    const line = lines[i]!;
    if (line.lot_id !== r.lotId || line.lot_basis !== r.basis) {
      update.run(r.lotId, r.basis, r.lineId);
      changed++;
    }
  });
  return changed;
};

const lotsSql = `SELECT id, sku_id AS skuId, received_at AS receivedAt, quantity FROM lots
  WHERE voided_at IS NULL AND received_at IS NOT NULL AND quantity IS NOT NULL`;
const linesSql = `SELECT l.id, l.sku_id, l.quantity, l.lot_id, l.lot_basis,
    CASE WHEN o.status = 'cancelled' THEN NULL ELSE COALESCE(o.shipped_at, o.paid_at) END AS shipped_at
  FROM order_lines l JOIN orders o ON o.id = l.order_id`;

/**
 * Re-attributes one SKU's order lines to its non-voided lots (shared/domain/lot-attribution.ts) and writes the lines
 * whose lot or basis changed. Runs after every change to the SKU's lots or labels, inside the caller's transaction;
 * the analytics triggers follow order_lines.lot_id. A cancelled order ships nothing, so it gets no lot. Returns the
 * number of lines changed.
 */
export const reattributeSku = (db: Sqlite, skuId: string): number =>
  attributeAndWrite(
    db,
    rawQuery<LotRowIn>(db, `${lotsSql} AND sku_id = ?`).all(skuId),
    rawQuery<LineRow>(db, `${linesSql} WHERE l.sku_id = ?`).all(skuId),
  );

/** Every SKU at once, reading each table once (the seed, while its indexes are lifted). Returns lines changed. */
export const reattributeAll = (db: Sqlite): number => {
  const lotsBySku = groupBy(rawQuery<LotRowIn>(db, lotsSql).all(), (l) => l.skuId);
  const linesBySku = groupBy(rawQuery<LineRow & { sku_id: string }>(db, linesSql).all(), (l) => l.sku_id);
  let changed = 0;
  for (const [skuId, lines] of linesBySku) changed += attributeAndWrite(db, lotsBySku.get(skuId) ?? [], lines);
  return changed;
};
