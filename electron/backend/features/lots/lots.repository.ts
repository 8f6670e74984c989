import type { AttributionShare, LotRow } from '../../../../shared/contract/lots.contract';
import type { Sqlite } from '../../db/connection';
import { prepared } from '../../db/query';
import { rawQuery } from '../../db/raw-sql';

/** Lots with SKU, product, supplier, and the units sold from each by label and by estimate. */
const lotSelect = `
SELECT lt.id, lt.lot_code AS lotCode, lt.sku_id AS skuId, k.code AS skuCode, k.spec_text AS specText, p.name AS productName,
       lt.supplier_id AS supplierId, s.name AS supplierName, lt.quantity, lt.received_at AS receivedAt,
       lt.unit_cost_fen AS unitCostFen, lt.notes, lt.voided_at AS voidedAt, lt.void_reason AS voidReason,
       COALESCE((SELECT sum(ol.quantity) FROM order_lines ol WHERE ol.lot_id = lt.id AND ol.lot_basis = 'label'), 0) AS labelledUnits,
       COALESCE((SELECT sum(ol.quantity) FROM order_lines ol WHERE ol.lot_id = lt.id AND ol.lot_basis = 'fifo'), 0) AS estimatedUnits
FROM lots lt JOIN skus k ON k.id = lt.sku_id JOIN products p ON p.id = k.product_id LEFT JOIN suppliers s ON s.id = lt.supplier_id`;

export interface LotFilter {
  q?: string;
  supplierId?: string;
  skuId?: string;
  includeVoided: boolean;
}

const where = (filter: LotFilter): { sql: string; params: unknown[] } => {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (!filter.includeVoided) clauses.push('lt.voided_at IS NULL');
  if (filter.supplierId) {
    clauses.push('lt.supplier_id = ?');
    params.push(filter.supplierId);
  }
  if (filter.skuId) {
    clauses.push('lt.sku_id = ?');
    params.push(filter.skuId);
  }
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    clauses.push(`(lt.lot_code LIKE ? ESCAPE '\\' OR k.code LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\')`);
    params.push(like, like, like);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
};

export const listLots = (db: Sqlite, filter: LotFilter, limit: number, offset: number) => {
  const w = where(filter);
  const rows = rawQuery<LotRow>(db, `${lotSelect} ${w.sql} ORDER BY lt.received_at DESC, lt.lot_code LIMIT ? OFFSET ?`, {
    cache: false,
  }).all(...w.params, limit, offset);
  const total =
    rawQuery<{ n: number }>(
      db,
      `SELECT count(*) AS n FROM lots lt JOIN skus k ON k.id = lt.sku_id JOIN products p ON p.id = k.product_id ${w.sql}`,
      { cache: false },
    ).get(...w.params)?.n ?? 0;
  return { rows, total };
};

export const findLot = (db: Sqlite, id: string): LotRow | undefined => rawQuery<LotRow>(db, `${lotSelect} WHERE lt.id = ?`).get(id);

/** A lot code names one lot across all SKUs: the label on an item must lead to exactly one lot. */
export const findLotByCode = (db: Sqlite, code: string): LotRow | undefined =>
  rawQuery<LotRow>(db, `${lotSelect} WHERE lt.lot_code = ? COLLATE NOCASE ORDER BY lt.voided_at IS NOT NULL LIMIT 1`).get(code);

export interface NewLot {
  id: string;
  skuId: string;
  supplierId: string | null;
  lotCode: string;
  receivedAt: number;
  quantity: number;
  unitCostFen: number;
  notes: string | null;
  createdAt: number;
}

export const insertLot = (db: Sqlite, lot: NewLot): void => {
  prepared(
    db,
    `INSERT INTO lots (id, sku_id, supplier_id, lot_code, received_at, quantity, unit_cost_fen, notes, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(lot.id, lot.skuId, lot.supplierId, lot.lotCode, lot.receivedAt, lot.quantity, lot.unitCostFen, lot.notes, lot.createdAt);
};

export const voidLot = (db: Sqlite, id: string, at: number, reason: string): void => {
  prepared(db, 'UPDATE lots SET voided_at = ?, void_reason = ? WHERE id = ?').run(at, reason, id);
};

/** The SKU's own supplier, else its product's. */
export const skuSupplier = (db: Sqlite, skuId: string): { found: boolean; supplierId: string | null } => {
  const row = rawQuery<{ supplierId: string | null }>(
    db,
    'SELECT COALESCE(k.supplier_id, p.supplier_id) AS supplierId FROM skus k JOIN products p ON p.id = k.product_id WHERE k.id = ?',
  ).get(skuId);
  return { found: row !== undefined, supplierId: row?.supplierId ?? null };
};

export interface InspectionLine {
  inspectionId: string;
  state: string;
  kind: string;
  lotId: string | null;
  lineId: string | null;
  skuId: string | null;
  caseNumber: string | null;
}

/** A return inspection with its case's order line (the case's own line, else the order's first). */
export const inspectionLine = (db: Sqlite, inspectionId: string): InspectionLine | undefined =>
  rawQuery<InspectionLine>(
    db,
    `SELECT i.id AS inspectionId, i.state, i.kind, i.lot_id AS lotId, ol.id AS lineId, ol.sku_id AS skuId, c.case_number AS caseNumber
     FROM inspections i
     LEFT JOIN after_sales_cases c ON c.id = i.case_id
     LEFT JOIN order_lines ol ON ol.id = COALESCE(c.order_line_id, (SELECT min(x.id) FROM order_lines x WHERE x.order_id = c.order_id))
     WHERE i.id = ?`,
  ).get(inspectionId);

export const inspectionLot = (db: Sqlite, inspectionId: string): { lotId: string | null; lotCode: string | null } | undefined =>
  rawQuery<{ lotId: string | null; lotCode: string | null }>(
    db,
    'SELECT i.lot_id AS lotId, lt.lot_code AS lotCode FROM inspections i LEFT JOIN lots lt ON lt.id = i.lot_id WHERE i.id = ?',
  ).get(inspectionId);

export const setInspectionLot = (db: Sqlite, inspectionId: string, lotId: string | null): void => {
  prepared(db, 'UPDATE inspections SET lot_id = ? WHERE id = ?').run(lotId, inspectionId);
};

/** Marks (or unmarks, lotId null) an order line as labelled; reattributeSku then places the rest. */
export const setLineLabel = (db: Sqlite, lineId: string, lotId: string | null): void => {
  prepared(db, 'UPDATE order_lines SET lot_id = ?, lot_basis = ? WHERE id = ?').run(lotId, lotId ? 'label' : null, lineId);
};

interface ShareRow {
  key: string;
  name: string;
  labelled: number;
  estimated: number;
  unknown: number;
}

/**
 * Returned units (live cases of paid, not cancelled orders; payment month in [from, to)) by how their lot is known.
 * The same case set as the analytics supplier and lot charts (rl_case_facts); a case's line is its own, else the
 * order's first. The supplier is the lot's, else the SKU's, else the product's — as in analytics/filter-sql.ts.
 */
export const attributionShares = (db: Sqlite, from: number, to: number) => {
  const base = `
    WITH f AS (
      SELECT c.requested_quantity AS units, ol.lot_basis AS basis, ol.lot_id AS lot_id,
             COALESCE(lt.supplier_id, k.supplier_id, p.supplier_id) AS supplier_id
      FROM after_sales_cases c
      JOIN orders o ON o.id = c.order_id
      JOIN order_lines ol ON ol.id = COALESCE(c.order_line_id, (SELECT min(x.id) FROM order_lines x WHERE x.order_id = c.order_id))
      JOIN skus k ON k.id = ol.sku_id JOIN products p ON p.id = k.product_id
      LEFT JOIN lots lt ON lt.id = ol.lot_id
      WHERE c.voided_at IS NULL AND o.paid_at >= ? AND o.paid_at < ? AND o.status <> 'cancelled'
    )`;
  const sums = `COALESCE(sum(units) FILTER (WHERE basis = 'label'), 0) AS labelled,
                COALESCE(sum(units) FILTER (WHERE basis = 'fifo'), 0) AS estimated,
                COALESCE(sum(units) FILTER (WHERE basis IS NULL), 0) AS unknown`;
  const total = rawQuery<ShareRow>(db, `${base} SELECT '' AS key, '' AS name, ${sums} FROM f`).one(from, to);
  const bySupplier = rawQuery<ShareRow>(
    db,
    `${base} SELECT COALESCE(f.supplier_id, '') AS key, COALESCE(s.name, '') AS name, ${sums}
     FROM f LEFT JOIN suppliers s ON s.id = f.supplier_id GROUP BY 1 ORDER BY 2`,
  ).all(from, to);
  const byLot = rawQuery<ShareRow>(
    db,
    `${base} SELECT f.lot_id AS key, lt.lot_code AS name, ${sums}
     FROM f JOIN lots lt ON lt.id = f.lot_id GROUP BY 1 ORDER BY 2`,
  ).all(from, to);
  return { total, bySupplier, byLot } satisfies { total: AttributionShare; bySupplier: AttributionShare[]; byLot: AttributionShare[] };
};
