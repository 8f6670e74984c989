import type { Migration } from './migration';

/**
 * Suppliers and lots as real data, and which lot each sold unit came from (issue 17, items 1 and 2).
 * - suppliers.notes; lots gain the purchase unit cost (fen), notes and a void (nothing is deleted: a mistyped lot
 *   is voided with a reason and drops out of attribution).
 * - order_lines.lot_basis says how order_lines.lot_id was decided: 'label' (the inspector scanned the lot label
 *   found on the returned item), 'fifo' (estimated by first-in-first-out over the SKU's lots and the ship date),
 *   NULL (no lot, or a lot from an older import or the seed, before this column). The analytics triggers already
 *   follow order_lines.lot_id, so the charts move with every attribution.
 * - lots_sku_received serves the FIFO recompute, which reads one SKU's lots in receiving order.
 */
export const supplierLots: Migration = {
  version: 21,
  name: 'supplier_lots',
  sql: /* sql */ `
ALTER TABLE suppliers ADD COLUMN notes TEXT;
ALTER TABLE lots ADD COLUMN unit_cost_fen INTEGER CHECK (unit_cost_fen >= 0);
ALTER TABLE lots ADD COLUMN notes TEXT;
ALTER TABLE lots ADD COLUMN voided_at INTEGER;
ALTER TABLE lots ADD COLUMN void_reason TEXT;
ALTER TABLE order_lines ADD COLUMN lot_basis TEXT CHECK (lot_basis IN ('label','fifo'));
CREATE INDEX lots_sku_received ON lots(sku_id, received_at) WHERE voided_at IS NULL;
`,
};
