import type { Migration } from './migration';

/**
 * The first schema. Conventions: ids are app-made ULIDs (records made offline on several PCs never collide);
 * money is integer fen; times are UTC epoch ms; booleans are 0/1. STRICT tables make SQLite refuse a text
 * where an integer belongs, so a fractional or textual amount can never be stored.
 * Shipped migrations never change: add a new file instead.
 */
export const init: Migration = {
  version: 1,
  name: 'init',
  sql: /* sql */ `
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('owner','inspector','service')),
  pin_hash TEXT NOT NULL,
  locale TEXT CHECK (locale IN ('zh-CN','en-US')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE stores (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  platform TEXT NOT NULL DEFAULT 'pinduoduo',
  created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE suppliers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  contact TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
  created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE products (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  product_code TEXT UNIQUE,            -- 商家编码-商品维度
  platform_goods_id TEXT,              -- 商品id
  supplier_id TEXT REFERENCES suppliers(id),
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX products_goods_id ON products(platform_goods_id);

CREATE TABLE skus (
  id TEXT PRIMARY KEY,
  product_id TEXT NOT NULL REFERENCES products(id),
  code TEXT NOT NULL UNIQUE,           -- 商家编码-规格维度, the merchant's SKU code
  platform_sku_id TEXT,                -- 样式ID
  spec_text TEXT,                      -- 商品规格
  barcode TEXT,
  unit_cost_fen INTEGER CHECK (unit_cost_fen >= 0),
  supplier_id TEXT REFERENCES suppliers(id),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX skus_barcode ON skus(barcode) WHERE barcode IS NOT NULL;
CREATE INDEX skus_product ON skus(product_id);

CREATE TABLE lots (
  id TEXT PRIMARY KEY,
  sku_id TEXT NOT NULL REFERENCES skus(id),
  supplier_id TEXT REFERENCES suppliers(id),
  lot_code TEXT NOT NULL,
  received_at INTEGER,
  quantity INTEGER CHECK (quantity >= 0),
  created_at INTEGER NOT NULL,
  UNIQUE (sku_id, lot_code)
) STRICT;
CREATE INDEX lots_code ON lots(lot_code);

CREATE TABLE import_runs (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,                  -- orders | aftersales | …
  file_name TEXT NOT NULL,
  file_sha256 TEXT,
  file_size INTEGER,
  encoding TEXT,
  preset TEXT,
  state TEXT NOT NULL CHECK (state IN ('previewing','committing','committed','cancelled','failed')),
  counts TEXT,                         -- JSON: new/updated/unchanged/rejected per kind
  rejected_count INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  user_id TEXT REFERENCES users(id),
  started_at INTEGER NOT NULL,
  finished_at INTEGER
) STRICT;

CREATE TABLE import_rejects (
  id INTEGER PRIMARY KEY,
  import_id TEXT NOT NULL REFERENCES import_runs(id),
  row_number INTEGER NOT NULL,
  column_name TEXT,
  value TEXT,
  reason TEXT NOT NULL
) STRICT;
CREATE INDEX import_rejects_run ON import_rejects(import_id, row_number);

CREATE TABLE orders (
  id TEXT PRIMARY KEY,
  store_id TEXT NOT NULL REFERENCES stores(id),
  order_number TEXT NOT NULL,          -- always text: 260730-590830166131860
  raw_status TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('awaiting_shipment','shipped','signed','cancelled','other')),
  paid_at INTEGER,
  shipped_at INTEGER,
  signed_at INTEGER,
  buyer_region TEXT,
  tracking_number TEXT,
  courier TEXT,
  goods_total_fen INTEGER NOT NULL DEFAULT 0,
  postage_fen INTEGER NOT NULL DEFAULT 0,
  shop_discount_fen INTEGER NOT NULL DEFAULT 0,
  platform_discount_fen INTEGER NOT NULL DEFAULT 0,
  buyer_paid_fen INTEGER NOT NULL DEFAULT 0,
  merchant_received_fen INTEGER NOT NULL DEFAULT 0,
  merchant_note TEXT,
  source TEXT NOT NULL CHECK (source IN ('import','seed','manual')),
  import_id TEXT REFERENCES import_runs(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (store_id, order_number)
) STRICT;
CREATE INDEX orders_number ON orders(order_number);
CREATE INDEX orders_tracking ON orders(tracking_number) WHERE tracking_number IS NOT NULL;
CREATE INDEX orders_paid ON orders(paid_at);

CREATE TABLE order_lines (
  id TEXT PRIMARY KEY,
  order_id TEXT NOT NULL REFERENCES orders(id),
  sku_id TEXT NOT NULL REFERENCES skus(id),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),
  lot_id TEXT REFERENCES lots(id),
  title TEXT,                          -- 商品 as sold
  UNIQUE (order_id, sku_id)
) STRICT;
CREATE INDEX order_lines_sku ON order_lines(sku_id);
CREATE INDEX order_lines_lot ON order_lines(lot_id) WHERE lot_id IS NOT NULL;

CREATE TABLE after_sales_cases (
  id TEXT PRIMARY KEY,
  store_id TEXT NOT NULL REFERENCES stores(id),
  case_number TEXT NOT NULL,           -- 售后单号
  order_id TEXT NOT NULL REFERENCES orders(id),
  order_line_id TEXT REFERENCES order_lines(id),
  type TEXT NOT NULL CHECK (type IN ('refund_only','return_refund','exchange','resend','repair')),
  reason_category TEXT NOT NULL CHECK (reason_category IN ('no_reason_7day','quality','not_as_described','wrong_size','missing_parts','wrong_item','transit_damage','other')),
  reason_text TEXT,
  raw_status TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending_merchant','awaiting_return','received','inspected','refunding','awaiting_buyer','platform_review','succeeded','closed','other')),
  requested_at INTEGER NOT NULL,
  merchant_deadline_at INTEGER,        -- per case, never a constant: the export's column wins
  responded_at INTEGER,                -- first merchant answer, for deadline performance
  requested_quantity INTEGER NOT NULL DEFAULT 1 CHECK (requested_quantity > 0),
  refund_fen INTEGER NOT NULL DEFAULT 0 CHECK (refund_fen >= 0),
  order_amount_fen INTEGER,
  return_freight_fen INTEGER NOT NULL DEFAULT 0 CHECK (return_freight_fen >= 0), -- paid by the merchant
  return_tracking_number TEXT,
  return_courier TEXT,
  received_at INTEGER,
  received_by TEXT REFERENCES users(id),
  package_condition TEXT CHECK (package_condition IN ('intact','damaged','opened','missing')),
  suggested_outcome TEXT CHECK (suggested_outcome IN ('full_refund','partial_refund','reject_with_evidence','exchange','repair')),
  suggested_refund_fen INTEGER CHECK (suggested_refund_fen >= 0),
  resolution TEXT,
  resolved_at INTEGER,
  dispute INTEGER NOT NULL DEFAULT 0 CHECK (dispute IN (0,1)),
  assignee_id TEXT REFERENCES users(id),
  source TEXT NOT NULL CHECK (source IN ('import','seed','manual')),
  import_id TEXT REFERENCES import_runs(id),
  voided_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (store_id, case_number)
) STRICT;
CREATE INDEX cases_number ON after_sales_cases(case_number);
CREATE INDEX cases_return_tracking ON after_sales_cases(return_tracking_number) WHERE return_tracking_number IS NOT NULL;
CREATE INDEX cases_order ON after_sales_cases(order_id);
CREATE INDEX cases_line ON after_sales_cases(order_line_id);
CREATE INDEX cases_status_deadline ON after_sales_cases(status, merchant_deadline_at);
CREATE INDEX cases_requested ON after_sales_cases(requested_at);

CREATE TABLE defect_types (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('workmanship','conformity','appearance','function','completeness','logistics','safety')),
  default_class TEXT NOT NULL CHECK (default_class IN ('critical','major','minor')),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE reason_categories (
  code TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  sort_order INTEGER NOT NULL
) STRICT;

CREATE TABLE inspections (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('return','lot')),
  case_id TEXT REFERENCES after_sales_cases(id),
  lot_id TEXT REFERENCES lots(id),
  inspector_id TEXT NOT NULL REFERENCES users(id),
  state TEXT NOT NULL CHECK (state IN ('draft','completed','voided')),
  started_at INTEGER NOT NULL,
  completed_at INTEGER,
  grade TEXT CHECK (grade IN ('A','B','C','D')),
  disposition TEXT CHECK (disposition IN ('restock','restock_b','refurbish','return_to_supplier','scrap','hold_evidence')),
  claim_match TEXT CHECK (claim_match IN ('yes','no','partly')),
  fault TEXT CHECK (fault IN ('supplier','warehouse','carrier','customer','none')),
  missing_parts TEXT,                  -- JSON array of checklist items found missing
  quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
  sample_size INTEGER,                 -- lot inspections (AQL)
  notes TEXT,
  void_reason TEXT,
  updated_at INTEGER NOT NULL,
  CHECK ((kind = 'return' AND case_id IS NOT NULL) OR (kind = 'lot' AND lot_id IS NOT NULL))
) STRICT;
CREATE INDEX inspections_case ON inspections(case_id);
CREATE INDEX inspections_lot ON inspections(lot_id);
CREATE INDEX inspections_completed ON inspections(completed_at);

CREATE TABLE inspection_defects (
  id TEXT PRIMARY KEY,
  inspection_id TEXT NOT NULL REFERENCES inspections(id),
  defect_type_id TEXT NOT NULL REFERENCES defect_types(id),
  class TEXT NOT NULL CHECK (class IN ('critical','major','minor')),
  quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
  note TEXT
) STRICT;
CREATE INDEX inspection_defects_inspection ON inspection_defects(inspection_id);
CREATE INDEX inspection_defects_type ON inspection_defects(defect_type_id);

CREATE TABLE unmatched_parcels (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL,                  -- what was scanned
  courier TEXT,
  note TEXT,
  received_at INTEGER NOT NULL,
  received_by TEXT NOT NULL REFERENCES users(id),
  linked_case_id TEXT REFERENCES after_sales_cases(id),
  linked_at INTEGER,
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX unmatched_parcels_code ON unmatched_parcels(code);

CREATE TABLE attachments (
  id TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL,                -- file name under <data>/attachments
  mime TEXT NOT NULL,
  size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
  owner_kind TEXT NOT NULL CHECK (owner_kind IN ('case','inspection','unmatched_parcel','receipt')),
  owner_id TEXT NOT NULL,
  taken_at INTEGER NOT NULL,
  created_by TEXT NOT NULL REFERENCES users(id),
  voided_at INTEGER
) STRICT;
CREATE INDEX attachments_owner ON attachments(owner_kind, owner_id);

CREATE TABLE communications (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES after_sales_cases(id),
  at INTEGER NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('inbound','outbound','internal')),
  channel TEXT NOT NULL CHECK (channel IN ('platform_chat','phone','email','note','other')),
  author_id TEXT REFERENCES users(id),
  text TEXT NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;
CREATE INDEX communications_case ON communications(case_id, at);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,                 -- JSON
  updated_at INTEGER NOT NULL
) STRICT;

-- Append-only: every write records who did what, before and after.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  user_id TEXT,
  user_name TEXT,
  method TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  action TEXT NOT NULL,
  before TEXT,
  after TEXT
) STRICT;
CREATE INDEX audit_entity ON audit_log(entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`,
};
