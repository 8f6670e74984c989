import type { Sqlite } from '../../db/connection';
import { all, first, run, sql$ } from '../../db/query';
import type { NewRow, RowPatch } from '../../db/schema';

/** A lot with what AQL inspection needs: its supplier (lot's, else SKU's, else product's) and product. */
const lotQuery = () =>
  sql$
    .selectFrom('lots as l')
    .innerJoin('skus as k', 'k.id', 'l.sku_id')
    .innerJoin('products as p', 'p.id', 'k.product_id')
    .leftJoin('suppliers as s', (join) =>
      join.on((eb) => eb('s.id', '=', eb.fn.coalesce('l.supplier_id', 'k.supplier_id', 'p.supplier_id'))),
    )
    .select([
      'l.id as id',
      'l.lot_code as lotCode',
      'l.quantity as quantity',
      'l.received_at as receivedAt',
      'k.code as skuCode',
      'p.id as productId',
      'p.name as productName',
      's.id as supplierId',
      's.name as supplierName',
    ]);

export type LotRow = NonNullable<ReturnType<typeof findLotById>>;

export const findLotById = (db: Sqlite, lotId: string) => first(db, lotQuery().where('l.id', '=', lotId));

/** The newest lot with this code (a code is unique per SKU; two SKUs rarely share one). */
export const findLotByCode = (db: Sqlite, lotCode: string) =>
  first(db, lotQuery().where('l.lot_code', '=', lotCode).orderBy('l.created_at', 'desc').limit(1));

export const findSettingsRow = (db: Sqlite, supplierId: string, productId: string) =>
  first(db, sql$.selectFrom('aql_settings').selectAll().where('supplier_id', '=', supplierId).where('product_id', '=', productId));

export const upsertSettings = (db: Sqlite, row: NewRow<'aql_settings'>): void => {
  const { supplier_id: _supplier, product_id: _product, ...change } = row;
  run(
    db,
    sql$
      .insertInto('aql_settings')
      .values(row)
      .onConflict((oc) => oc.columns(['supplier_id', 'product_id']).doUpdateSet(change)),
  );
};

export const listSettingsRows = (db: Sqlite) =>
  all(
    db,
    sql$
      .selectFrom('aql_settings as a')
      .innerJoin('suppliers as s', 's.id', 'a.supplier_id')
      .leftJoin('products as p', 'p.id', 'a.product_id')
      .selectAll('a')
      .select(['s.name as supplier_name', 'p.name as product_name'])
      .orderBy('s.name')
      .orderBy('a.product_id'),
  );

export const findAqlRow = (db: Sqlite, inspectionId: string) =>
  first(
    db,
    sql$
      .selectFrom('aql_lot_inspections as a')
      .innerJoin('inspections as i', 'i.id', 'a.inspection_id')
      .innerJoin('users as u', 'u.id', 'i.inspector_id')
      .selectAll('a')
      .select(['i.state as state', 'u.name as inspector_name'])
      .where('a.inspection_id', '=', inspectionId),
  );

export type AqlRow = NonNullable<ReturnType<typeof findAqlRow>>;

export const findAqlRowForLot = (db: Sqlite, lotId: string) =>
  first(db, sql$.selectFrom('aql_lot_inspections').select('inspection_id').where('lot_id', '=', lotId));

export const insertAqlRow = (db: Sqlite, row: NewRow<'aql_lot_inspections'>): void => {
  run(db, sql$.insertInto('aql_lot_inspections').values(row));
};

export const updateAqlRow = (db: Sqlite, inspectionId: string, patch: RowPatch<'aql_lot_inspections'>): void => {
  run(db, sql$.updateTable('aql_lot_inspections').set(patch).where('inspection_id', '=', inspectionId));
};

export const unitDefects = (db: Sqlite, inspectionId: string) =>
  all(
    db,
    sql$
      .selectFrom('inspection_defects as d')
      .innerJoin('defect_types as t', 't.id', 'd.defect_type_id')
      .select([
        'd.id as id',
        'd.unit_no as unitNo',
        'd.defect_type_id as defectTypeId',
        't.name_zh as nameZh',
        't.name_en as nameEn',
        'd.class as class',
      ])
      .where('d.inspection_id', '=', inspectionId)
      .orderBy('d.unit_no')
      .orderBy('d.id'),
  );

export const insertUnitDefects = (db: Sqlite, rows: readonly NewRow<'inspection_defects'>[]): void => {
  if (rows.length > 0) run(db, sql$.insertInto('inspection_defects').values([...rows]));
};

export const deleteUnitDefects = (db: Sqlite, inspectionId: string, unitNo: number): void => {
  run(db, sql$.deleteFrom('inspection_defects').where('inspection_id', '=', inspectionId).where('unit_no', '=', unitNo));
};

export const activeDefectTypeIds = (db: Sqlite, ids: readonly string[]): Set<string> =>
  ids.length === 0
    ? new Set()
    : new Set(
        all(
          db,
          sql$
            .selectFrom('defect_types')
            .select('id')
            .where('id', 'in', [...ids])
            .where('active', '=', 1),
        ).map((r) => r.id),
      );

/** Completed lot results and owner decisions of one supplier/product, in time order: the switching history. */
export const schemeHistory = (db: Sqlite, supplierId: string, productId: string) => {
  const lots = all(
    db,
    sql$
      .selectFrom('aql_lot_inspections as a')
      .innerJoin('lots as l', 'l.id', 'a.lot_id')
      .select(['a.verdict as verdict', 'a.score_points as scorePoints', 'a.completed_at as at', 'l.lot_code as lotCode'])
      .where('a.supplier_id', '=', supplierId)
      .where('a.product_id', '=', productId)
      .where('a.completed_at', 'is not', null),
  ).map((row) => ({
    kind: 'lot' as const,
    at: row.at ?? 0,
    accepted: row.verdict === 'accept',
    scorePoints: row.scorePoints ?? 0,
    lotCode: row.lotCode,
  }));
  const actions = all(
    db,
    sql$
      .selectFrom('aql_scheme_actions')
      .select(['action', 'at'])
      .where('supplier_id', '=', supplierId)
      .where('product_id', '=', productId),
  ).map((row) => ({ kind: row.action, at: row.at }));
  return [...lots, ...actions].sort((a, b) => a.at - b.at);
};

export const insertSchemeAction = (db: Sqlite, row: NewRow<'aql_scheme_actions'>): void => {
  run(db, sql$.insertInto('aql_scheme_actions').values(row));
};

export const recentInspections = (db: Sqlite, limit: number) =>
  all(
    db,
    sql$
      .selectFrom('aql_lot_inspections as a')
      .innerJoin('lots as l', 'l.id', 'a.lot_id')
      .innerJoin('suppliers as s', 's.id', 'a.supplier_id')
      .innerJoin('products as p', 'p.id', 'a.product_id')
      .select([
        'a.inspection_id as inspectionId',
        'l.lot_code as lotCode',
        's.name as supplierName',
        'p.name as productName',
        'a.severity as severity',
        'a.verdict as verdict',
        'a.disposition as disposition',
        'a.started_at as startedAt',
        'a.completed_at as completedAt',
      ])
      .orderBy('a.started_at', 'desc')
      .limit(limit),
  );
