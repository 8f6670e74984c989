import type { Migration } from './migration';

/** Statuses in which a parcel is still expected at the warehouse or waiting for its inspection. */
const open = `('awaiting_return','pending_merchant','received')`;

/**
 * The scan station finds the open cases of a scanned SKU code or barcode. A popular SKU has tens of thousands of
 * order lines and the cases table has no SKU column, so this small derived table (open cases only, a few
 * thousand rows) keeps case → SKU, indexed by SKU and request time. Row triggers keep it current for single
 * edits; bulk loaders lift the triggers and refreshDerivedData rebuilds it (features/scan/open-cases.ts).
 */
export const scanOpenCases: Migration = {
  version: 6,
  name: 'scan_open_cases',
  sql: /* sql */ `
CREATE TABLE scan_open_cases (
  case_id TEXT PRIMARY KEY,
  sku_id TEXT NOT NULL,
  requested_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX scan_open_cases_sku ON scan_open_cases(sku_id, requested_at);

CREATE TRIGGER scan_open_cases_insert AFTER INSERT ON after_sales_cases
WHEN NEW.status IN ${open} AND NEW.voided_at IS NULL AND NEW.order_line_id IS NOT NULL
BEGIN
  INSERT OR REPLACE INTO scan_open_cases (case_id, sku_id, requested_at)
  SELECT NEW.id, ol.sku_id, NEW.requested_at FROM order_lines ol WHERE ol.id = NEW.order_line_id;
END;

CREATE TRIGGER scan_open_cases_update AFTER UPDATE OF status, voided_at, order_line_id, requested_at ON after_sales_cases
BEGIN
  DELETE FROM scan_open_cases WHERE case_id = OLD.id;
  INSERT OR REPLACE INTO scan_open_cases (case_id, sku_id, requested_at)
  SELECT NEW.id, ol.sku_id, NEW.requested_at FROM order_lines ol
  WHERE ol.id = NEW.order_line_id AND NEW.status IN ${open} AND NEW.voided_at IS NULL;
END;

CREATE TRIGGER scan_open_cases_delete AFTER DELETE ON after_sales_cases
BEGIN
  DELETE FROM scan_open_cases WHERE case_id = OLD.id;
END;

INSERT INTO scan_open_cases (case_id, sku_id, requested_at)
SELECT c.id, ol.sku_id, c.requested_at FROM after_sales_cases c JOIN order_lines ol ON ol.id = c.order_line_id
WHERE c.status IN ${open} AND c.voided_at IS NULL;
`,
};
