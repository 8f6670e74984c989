import type { SkuView } from '../../../../shared/contract/catalog.contract';
import type { Sqlite } from '../../db/connection';
import { all, first, run, sql$ } from '../../db/query';
import type { RowPatch } from '../../db/schema';

/** An SKU with its product, and the SKU's supplier falling back to the product's. */
const skuBase = () =>
  sql$
    .selectFrom('skus')
    .innerJoin('products', 'products.id', 'skus.product_id')
    .leftJoin('suppliers', (join) => join.onRef('suppliers.id', '=', (eb) => eb.fn.coalesce('skus.supplier_id', 'products.supplier_id')))
    .select([
      'skus.id as id',
      'skus.code as code',
      'skus.spec_text as specText',
      'skus.barcode as barcode',
      'skus.unit_cost_fen as unitCostFen',
      'skus.product_id as productId',
      'products.name as productName',
      'suppliers.id as supplierId',
      'suppliers.name as supplierName',
      'skus.active as activeFlag',
    ]);

type SkuRow = ReturnType<typeof all<ReturnType<typeof skuBase>>>[number];
const toSkuView = ({ activeFlag, ...row }: SkuRow): SkuView => ({ ...row, active: activeFlag === 1 });

export const listSuppliers = (db: Sqlite) =>
  all(db, sql$.selectFrom('suppliers').selectAll().orderBy('name')).map((s) => ({
    id: s.id,
    name: s.name,
    contact: s.contact,
    active: s.active === 1,
  }));

interface SkuFilter {
  q?: string;
  supplierId?: string;
}

const filterSkus = <Q extends ReturnType<typeof skuBase>>(query: Q, filter: SkuFilter): Q => {
  let q = query;
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('skus.code', 'like', like),
        eb('skus.spec_text', 'like', like),
        eb('skus.barcode', 'like', like),
        eb('products.name', 'like', like),
      ]),
    ) as Q;
  }
  if (filter.supplierId) q = q.where('suppliers.id', '=', filter.supplierId) as Q;
  return q;
};

export const listSkus = (db: Sqlite, filter: SkuFilter, limit: number, offset: number) => {
  const rows = all(db, filterSkus(skuBase(), filter).orderBy('skus.code').limit(limit).offset(offset)).map(toSkuView);
  const count = filterSkus(skuBase(), filter)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'));
  return { rows, total: first(db, count)?.n ?? 0 };
};

export const findSku = (db: Sqlite, id: string): SkuView | undefined => {
  const row = first(db, skuBase().where('skus.id', '=', id));
  return row ? toSkuView(row) : undefined;
};

export const supplierExists = (db: Sqlite, id: string): boolean =>
  first(db, sql$.selectFrom('suppliers').select('id').where('id', '=', id)) !== undefined;

export const updateSku = (db: Sqlite, id: string, patch: RowPatch<'skus'>): void => {
  run(db, sql$.updateTable('skus').set(patch).where('id', '=', id));
};

export const listLots = (db: Sqlite, filter: { skuId?: string; supplierId?: string }, limit: number) => {
  let query = sql$
    .selectFrom('lots')
    .innerJoin('skus', 'skus.id', 'lots.sku_id')
    .leftJoin('suppliers', 'suppliers.id', 'lots.supplier_id')
    .select([
      'lots.id as id',
      'lots.lot_code as lotCode',
      'lots.sku_id as skuId',
      'skus.code as skuCode',
      'lots.supplier_id as supplierId',
      'suppliers.name as supplierName',
      'lots.received_at as receivedAt',
      'lots.quantity as quantity',
    ])
    .orderBy('lots.received_at', 'desc')
    .limit(limit);
  if (filter.skuId) query = query.where('lots.sku_id', '=', filter.skuId);
  if (filter.supplierId) query = query.where('lots.supplier_id', '=', filter.supplierId);
  return all(db, query);
};
