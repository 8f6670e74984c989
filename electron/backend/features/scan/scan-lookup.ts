import type { ScanLookupOutput, ScanMatchKind } from '../../../../shared/contract/scan.contract';
import type { Sqlite } from '../../db/connection';
import {
  casesByCaseNumber,
  casesByOrderIds,
  casesByReturnTracking,
  openCasesBySku,
  pickListLimit,
  toCaseCard,
  type CaseCardRow,
} from './case-card.repository';
import { ordersByNumber, skuByCode, skusByBarcode, unmatchedParcelIdsByCode, type SkuHit } from './scan.repository';

/**
 * One scanned code against all five kinds of record, each through its own index. Kinds are tried in the order
 * a returns desk meets them most (return tracking number first); a code matching several kinds lists them all,
 * and the same case found twice is listed once.
 */
export const lookupCode = (db: Sqlite, code: string): ScanLookupOutput => {
  const kinds: ScanMatchKind[] = [];
  const cases: ScanLookupOutput['cases'] = [];
  const seen = new Set<string>();
  let truncated = false;

  const addCases = (rows: CaseCardRow[], kind: ScanMatchKind) => {
    if (rows.length === 0) return;
    if (!kinds.includes(kind)) kinds.push(kind);
    if (rows.length > pickListLimit) truncated = true;
    for (const row of rows.slice(0, pickListLimit)) {
      if (seen.has(row.id) || cases.length >= pickListLimit) continue;
      seen.add(row.id);
      cases.push({ ...toCaseCard(row), matchedBy: kind });
    }
  };

  addCases(casesByReturnTracking(db, code), 'return_tracking');
  addCases(casesByCaseNumber(db, code), 'case');

  const orders: ScanLookupOutput['orders'] = [];
  for (const order of ordersByNumber(db, code)) {
    const orderCases = casesByOrderIds(db, order.id);
    if (!kinds.includes('order')) kinds.push('order');
    if (orderCases.length > 0) addCases(orderCases, 'order');
    else
      orders.push({
        id: order.id,
        orderNumber: order.order_number,
        status: order.raw_status,
        trackingNumber: order.tracking_number,
        buyerPaidFen: order.buyer_paid_fen,
        caseCount: 0,
      });
  }

  const skus: ScanLookupOutput['skus'] = [];
  const addSku = (sku: SkuHit, kind: 'sku' | 'barcode') => {
    if (skus.some((s) => s.id === sku.id)) return;
    if (!kinds.includes(kind)) kinds.push(kind);
    const open = openCasesBySku(db, sku.id);
    addCases(open, kind);
    skus.push({
      id: sku.id,
      code: sku.code,
      barcode: sku.barcode,
      spec: sku.spec_text,
      productName: sku.product_name,
      matchedBy: kind,
      openCaseCount: open.length,
    });
  };
  const bySkuCode = skuByCode(db, code);
  if (bySkuCode) addSku(bySkuCode, 'sku');
  for (const sku of skusByBarcode(db, code)) addSku(sku, 'barcode');

  return { code, kinds, cases, orders, skus, truncated, unmatchedParcelIds: unmatchedParcelIdsByCode(db, code) };
};
