import type { SupplierRow } from '../../../../shared/contract/suppliers.contract';
import type { Sqlite } from '../../db/connection';
import { prepared } from '../../db/query';
import { rawQuery } from '../../db/raw-sql';

interface RawSupplier extends Omit<SupplierRow, 'active'> {
  active: number;
}

/** Products counted once whether linked directly or through one of their SKUs. */
const supplierSelect = `
SELECT s.id, s.name, s.contact, s.notes, s.active, s.created_at AS createdAt,
       (SELECT count(*) FROM products p WHERE p.supplier_id = s.id
          OR EXISTS (SELECT 1 FROM skus k WHERE k.product_id = p.id AND k.supplier_id = s.id)) AS productCount,
       (SELECT count(*) FROM lots lt WHERE lt.supplier_id = s.id AND lt.voided_at IS NULL) AS lotCount
FROM suppliers s`;

const toRow = ({ active, ...row }: RawSupplier): SupplierRow => ({ ...row, active: active === 1 });

export const listSupplierRows = (db: Sqlite, filter: { q?: string; includeInactive: boolean }): SupplierRow[] => {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (!filter.includeInactive) clauses.push('s.active = 1');
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    clauses.push(`(s.name LIKE ? ESCAPE '\\' OR s.contact LIKE ? ESCAPE '\\')`);
    params.push(like, like);
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  return rawQuery<RawSupplier>(db, `${supplierSelect} ${where} ORDER BY s.active DESC, s.name`, { cache: false })
    .all(...params)
    .map(toRow);
};

export const findSupplier = (db: Sqlite, id: string): SupplierRow | undefined => {
  const row = rawQuery<RawSupplier>(db, `${supplierSelect} WHERE s.id = ?`).get(id);
  return row ? toRow(row) : undefined;
};

export const findSupplierByName = (db: Sqlite, name: string): SupplierRow | undefined => {
  const row = rawQuery<RawSupplier>(db, `${supplierSelect} WHERE s.name = ? COLLATE NOCASE`).get(name);
  return row ? toRow(row) : undefined;
};

export interface SupplierFields {
  name: string;
  contact: string | null;
  notes: string | null;
  active: boolean;
}

export const insertSupplier = (db: Sqlite, id: string, fields: SupplierFields, at: number): void => {
  prepared(db, 'INSERT INTO suppliers (id, name, contact, notes, active, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    fields.name,
    fields.contact,
    fields.notes,
    fields.active ? 1 : 0,
    at,
  );
};

export const updateSupplier = (db: Sqlite, id: string, fields: SupplierFields): void => {
  prepared(db, 'UPDATE suppliers SET name = ?, contact = ?, notes = ?, active = ? WHERE id = ?').run(
    fields.name,
    fields.contact,
    fields.notes,
    fields.active ? 1 : 0,
    id,
  );
};

export const productSupplier = (db: Sqlite, productId: string): { supplierId: string | null } | undefined =>
  rawQuery<{ supplierId: string | null }>(db, 'SELECT supplier_id AS supplierId FROM products WHERE id = ?').get(productId);

export const setProductSupplier = (db: Sqlite, productId: string, supplierId: string | null): void => {
  prepared(db, 'UPDATE products SET supplier_id = ? WHERE id = ?').run(supplierId, productId);
};
