/** The raw prepared INSERTs of the hot loop: positional parameters, no query builder, prepared once per seed. */
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../db/connection';

export type SeedStatements = Record<'order' | 'line' | 'aftersalesCase' | 'inspection' | 'defect' | 'communication', Statement>;

export const prepareSeedStatements = (db: Sqlite): SeedStatements => ({
  order: db.prepare(
    `INSERT INTO orders (id, store_id, order_number, raw_status, status, paid_at, shipped_at, signed_at, buyer_region, tracking_number,
       courier, goods_total_fen, postage_fen, shop_discount_fen, platform_discount_fen, buyer_paid_fen, merchant_received_fen,
       merchant_note, source, import_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, 'seed', NULL, ?, ?)`,
  ),
  line: db.prepare('INSERT INTO order_lines (id, order_id, sku_id, quantity, unit_price_fen, lot_id, title) VALUES (?, ?, ?, ?, ?, ?, ?)'),
  aftersalesCase: db.prepare(
    `INSERT INTO after_sales_cases (id, store_id, case_number, order_id, order_line_id, type, reason_category, reason_text, raw_status,
       status, requested_at, merchant_deadline_at, responded_at, requested_quantity, refund_fen, order_amount_fen, return_freight_fen,
       return_tracking_number, return_courier, received_at, received_by, package_condition, suggested_outcome, suggested_refund_fen,
       resolution, resolved_at, dispute, assignee_id, source, import_id, voided_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'seed', NULL, NULL, ?, ?)`,
  ),
  inspection: db.prepare(
    `INSERT INTO inspections (id, kind, case_id, lot_id, inspector_id, state, started_at, completed_at, grade, disposition, claim_match,
       fault, missing_parts, quantity, sample_size, notes, void_reason, updated_at)
     VALUES (?, ?, ?, ?, ?, 'completed', ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL, ?)`,
  ),
  defect: db.prepare('INSERT INTO inspection_defects (id, inspection_id, defect_type_id, class, quantity, note) VALUES (?, ?, ?, ?, ?, ?)'),
  communication: db.prepare(
    'INSERT INTO communications (id, case_id, at, direction, channel, author_id, text, created_at, template_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ),
});
