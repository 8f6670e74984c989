import { awaitingInspectionCaseStatuses } from '../../../../shared/domain/aftersales';
import type { Sqlite } from '../../db/connection';
import { sqlList } from '../../db/raw-sql';

/**
 * Rebuilds the scan station's open-cases-by-SKU table (migration 6) from the facts, for bulk writers that lifted
 * its triggers. Runs inside the caller's transaction.
 */
export const rebuildScanOpenCases = (db: Sqlite): void => {
  db.exec(`DELETE FROM scan_open_cases;
    INSERT INTO scan_open_cases (case_id, sku_id, requested_at)
    SELECT c.id, ol.sku_id, c.requested_at FROM after_sales_cases c JOIN order_lines ol ON ol.id = c.order_line_id
    WHERE c.status IN ${sqlList(awaitingInspectionCaseStatuses)} AND c.voided_at IS NULL;`);
};
