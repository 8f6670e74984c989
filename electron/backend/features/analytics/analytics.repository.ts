import { sql } from 'kysely';
import type { Sqlite } from '../../db/connection';
import { all, sql$ } from '../../db/query';

/** The dashboard's filter choices: every store, product, SKU, supplier and lot, and the months that sold anything. */
export const filterOptions = (db: Sqlite) => ({
  stores: all(db, sql$.selectFrom('stores').select(['id', 'name']).orderBy('name')),
  products: all(db, sql$.selectFrom('products').select(['id', 'name']).orderBy('name')),
  skus: all(db, sql$.selectFrom('skus').select(['id', 'code', 'product_id as productId']).orderBy('code')),
  suppliers: all(db, sql$.selectFrom('suppliers').select(['id', 'name']).orderBy('name')),
  lots: all(db, sql$.selectFrom('lots').select(['id', 'lot_code as code', 'sku_id as skuId']).orderBy('lot_code')),
  months: all(db, sql$.selectFrom('rl_sales_monthly').select('month').distinct().where('units', '>', 0).orderBy('month')).map(
    (m) => m.month,
  ),
});

/** Both names of every defect type, inactive ones included (old data may use them), in the taxonomy's order. */
export const defectTypeNames = (db: Sqlite) =>
  all(db, sql$.selectFrom('defect_types').select(['id', 'name_zh', 'name_en']).orderBy('sort_order').orderBy('code'));

export const reasonCategoryNames = (db: Sqlite) => all(db, sql$.selectFrom('reason_categories').select(['code', 'name_zh', 'name_en']));

/** SKUs with their product, supplier (the SKU's own, else the product's) and unit cost (0 when unknown). */
export const skuDimensionRows = (db: Sqlite) =>
  all(
    db,
    sql$
      .selectFrom('skus as k')
      .innerJoin('products as p', 'p.id', 'k.product_id')
      .select((eb) => [
        'k.id',
        'k.code',
        'k.product_id',
        eb.fn.coalesce('k.supplier_id', 'p.supplier_id').as('supplier_id'),
        eb.fn.coalesce('k.unit_cost_fen', sql.lit(0)).as('cost'),
      ]),
  );

export const productNames = (db: Sqlite) => all(db, sql$.selectFrom('products').select(['id', 'name']));
export const supplierNames = (db: Sqlite) => all(db, sql$.selectFrom('suppliers').select(['id', 'name']));
export const lotRows = (db: Sqlite) => all(db, sql$.selectFrom('lots').select(['id', 'lot_code', 'supplier_id']));
