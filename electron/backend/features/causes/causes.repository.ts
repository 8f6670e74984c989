import type { CaseCause, CauseType, CorrectiveAction } from '../../../../shared/contract/causes.contract';
import type { ActionView } from '../../../../shared/domain/causes';
import type { Sqlite } from '../../db/connection';
import { all, first, run, sql$ } from '../../db/query';
import { rawCount, rawQuery } from '../../db/raw-sql';
import type { NewRow, Row, RowPatch } from '../../db/schema';

// ---- The root-cause list ----

type CauseRow = Row<'root_causes'> & { usage_count: number };

const toCauseType = (r: CauseRow): CauseType => ({
  id: r.id,
  group: r.cause_group,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  active: r.active === 1,
  sortOrder: r.sort_order,
  usageCount: r.usage_count,
});

const causeSelect = `SELECT r.*, (SELECT count(*) FROM case_root_causes c WHERE c.cause_id = r.id AND c.replaced_at IS NULL) AS usage_count
  FROM root_causes r`;

export const listCauses = (db: Sqlite, includeInactive: boolean): CauseType[] =>
  rawQuery<CauseRow>(db, `${causeSelect} WHERE r.active = 1 OR ? ORDER BY r.sort_order, r.id`)
    .all(includeInactive ? 1 : 0)
    .map(toCauseType);

export const findCause = (db: Sqlite, id: string): CauseType | undefined => {
  const row = rawQuery<CauseRow>(db, `${causeSelect} WHERE r.id = ?`).get(id);
  return row && toCauseType(row);
};

/** Another cause already called `nameZh` or `nameEn` (English without case): two would look alike in the picker. */
export const findCauseNamed = (db: Sqlite, names: { nameZh?: string; nameEn?: string }, exceptId?: string): string | undefined => {
  for (const r of all(db, sql$.selectFrom('root_causes').select(['id', 'name_zh', 'name_en']))) {
    if (r.id === exceptId) continue;
    if (names.nameZh !== undefined && r.name_zh === names.nameZh) return r.name_zh;
    if (names.nameEn !== undefined && r.name_en.toLowerCase() === names.nameEn.toLowerCase()) return r.name_en;
  }
  return undefined;
};

export const insertCause = (db: Sqlite, row: NewRow<'root_causes'>): void => {
  run(db, sql$.insertInto('root_causes').values(row));
};

export const updateCause = (db: Sqlite, id: string, patch: RowPatch<'root_causes'>): void => {
  run(db, sql$.updateTable('root_causes').set(patch).where('id', '=', id));
};

export const nextCauseSortOrder = (db: Sqlite): number => rawCount(db, `SELECT coalesce(max(sort_order), 0) + 10 AS n FROM root_causes`);

// ---- A case's cause ----

interface CaseCauseRow {
  id: string;
  cause_id: string;
  cause_group: CauseType['group'];
  name_zh: string;
  name_en: string;
  note: string | null;
  recorded_by: string | null;
  recorded_at: number;
  replaced_by: string | null;
  replaced_at: number | null;
}

const toCaseCause = (r: CaseCauseRow): CaseCause => ({
  id: r.id,
  causeId: r.cause_id,
  group: r.cause_group,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  note: r.note,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
  replacedBy: r.replaced_by,
  replacedAt: r.replaced_at,
});

/** Every cause recorded on a case, newest first; the one without `replacedAt` is the current one. */
export const causesOfCase = (db: Sqlite, caseId: string): CaseCause[] =>
  rawQuery<CaseCauseRow>(
    db,
    `SELECT c.id, c.cause_id, r.cause_group, r.name_zh, r.name_en, c.note, u.name AS recorded_by, c.recorded_at,
            v.name AS replaced_by, c.replaced_at
     FROM case_root_causes c JOIN root_causes r ON r.id = c.cause_id
     LEFT JOIN users u ON u.id = c.recorded_by LEFT JOIN users v ON v.id = c.replaced_by
     WHERE c.case_id = ? ORDER BY c.recorded_at DESC, c.id DESC`,
  )
    .all(caseId)
    .map(toCaseCause);

export const currentCauseRow = (db: Sqlite, caseId: string) =>
  first(db, sql$.selectFrom('case_root_causes').selectAll().where('case_id', '=', caseId).where('replaced_at', 'is', null));

export const replaceCurrentCause = (db: Sqlite, caseId: string, by: string, at: number): void => {
  run(
    db,
    sql$
      .updateTable('case_root_causes')
      .set({ replaced_by: by, replaced_at: at })
      .where('case_id', '=', caseId)
      .where('replaced_at', 'is', null),
  );
};

export const insertCaseCause = (db: Sqlite, row: NewRow<'case_root_causes'>): void => {
  run(db, sql$.insertInto('case_root_causes').values(row));
};

/** The case's SKU, lot and supplier (lot's, else SKU's, else product's); a case without a line uses its order's first line. */
export const caseLinks = (db: Sqlite, caseId: string): { skuId: string | null; supplierId: string | null; lotId: string | null } =>
  rawQuery<{ skuId: string | null; supplierId: string | null; lotId: string | null }>(
    db,
    `SELECT l.sku_id AS skuId, l.lot_id AS lotId, coalesce(lot.supplier_id, k.supplier_id, p.supplier_id) AS supplierId
     FROM after_sales_cases c
     LEFT JOIN order_lines l ON l.id = coalesce(c.order_line_id, (SELECT min(id) FROM order_lines WHERE order_id = c.order_id))
     LEFT JOIN skus k ON k.id = l.sku_id LEFT JOIN products p ON p.id = k.product_id LEFT JOIN lots lot ON lot.id = l.lot_id
     WHERE c.id = ?`,
  ).get(caseId) ?? { skuId: null, supplierId: null, lotId: null };

// ---- Corrective actions ----

interface ActionRow {
  id: string;
  what: string;
  owner_id: string;
  owner_name: string;
  due_at: number;
  status: CorrectiveAction['status'];
  outcome: string | null;
  closed_by: string | null;
  closed_at: number | null;
  case_id: string | null;
  case_number: string | null;
  cause_id: string | null;
  cause_zh: string | null;
  cause_en: string | null;
  sku_id: string | null;
  sku_code: string | null;
  supplier_id: string | null;
  supplier_name: string | null;
  lot_id: string | null;
  lot_code: string | null;
  process: string | null;
  created_by: string | null;
  created_at: number;
}

const toAction =
  (now: number) =>
  (r: ActionRow): CorrectiveAction => ({
    id: r.id,
    what: r.what,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    dueAt: r.due_at,
    status: r.status,
    overdue: r.status === 'open' && r.due_at < now,
    outcome: r.outcome,
    closedBy: r.closed_by,
    closedAt: r.closed_at,
    caseId: r.case_id,
    caseNumber: r.case_number,
    causeId: r.cause_id,
    causeZh: r.cause_zh,
    causeEn: r.cause_en,
    skuId: r.sku_id,
    skuCode: r.sku_code,
    supplierId: r.supplier_id,
    supplierName: r.supplier_name,
    lotId: r.lot_id,
    lotCode: r.lot_code,
    process: r.process,
    createdBy: r.created_by,
    createdAt: r.created_at,
  });

const actionSelect = `SELECT a.id, a.what, a.owner_id, o.name AS owner_name, a.due_at, a.status, a.outcome, cl.name AS closed_by,
    a.closed_at, a.case_id, c.case_number, a.cause_id, r.name_zh AS cause_zh, r.name_en AS cause_en, a.sku_id, k.code AS sku_code,
    a.supplier_id, s.name AS supplier_name, a.lot_id, lot.lot_code, a.process, cr.name AS created_by, a.created_at
  FROM corrective_actions a
  JOIN users o ON o.id = a.owner_id
  LEFT JOIN users cl ON cl.id = a.closed_by
  LEFT JOIN users cr ON cr.id = a.created_by
  LEFT JOIN after_sales_cases c ON c.id = a.case_id
  LEFT JOIN root_causes r ON r.id = a.cause_id
  LEFT JOIN skus k ON k.id = a.sku_id
  LEFT JOIN suppliers s ON s.id = a.supplier_id
  LEFT JOIN lots lot ON lot.id = a.lot_id`;

export interface ActionFilter {
  view: ActionView;
  ownerId?: string | undefined;
  supplierId?: string | undefined;
  skuId?: string | undefined;
  caseId?: string | undefined;
}

/** The list screen never holds more than this many actions at once; a shop raises a few a week. */
const maxListedActions = 1000;

const viewSql: Record<ActionView, string> = {
  open: `a.status = 'open'`,
  overdue: `a.status = 'open' AND a.due_at < :now`,
  done: `a.status = 'done'`,
  dropped: `a.status = 'dropped'`,
  all: '1 = 1',
};

/** Open ones by due time (the most urgent first); closed ones newest closed first. */
export const listActions = (db: Sqlite, filter: ActionFilter, now: number): CorrectiveAction[] => {
  const where = [viewSql[filter.view]];
  const params: Record<string, string | number> = { now };
  for (const [column, value] of [
    ['owner_id', filter.ownerId],
    ['supplier_id', filter.supplierId],
    ['sku_id', filter.skuId],
    ['case_id', filter.caseId],
  ] as const) {
    if (value === undefined) continue;
    where.push(`a.${column} = :${column}`);
    params[column] = value;
  }
  const order = filter.view === 'done' || filter.view === 'dropped' ? 'a.closed_at DESC' : `a.status <> 'open', a.due_at, a.id`;
  return rawQuery<ActionRow>(db, `${actionSelect} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${maxListedActions}`)
    .all(params)
    .map(toAction(now));
};

export const findAction = (db: Sqlite, id: string, now: number): CorrectiveAction | undefined => {
  const row = rawQuery<ActionRow>(db, `${actionSelect} WHERE a.id = ?`).get(id);
  return row && toAction(now)(row);
};

export const actionCounts = (db: Sqlite, now: number): { open: number; overdue: number } =>
  rawQuery<{ open: number; overdue: number }>(
    db,
    `SELECT count(*) AS open, count(*) FILTER (WHERE due_at < ?) AS overdue FROM corrective_actions WHERE status = 'open'`,
  ).one(now);

export const insertAction = (db: Sqlite, row: NewRow<'corrective_actions'>): void => {
  run(db, sql$.insertInto('corrective_actions').values(row));
};

export const updateAction = (db: Sqlite, id: string, patch: RowPatch<'corrective_actions'>): void => {
  run(db, sql$.updateTable('corrective_actions').set(patch).where('id', '=', id).where('status', '=', 'open'));
};

/**
 * Open corrective actions against a supplier (the supplier scorecard counts them, issue 17): those linked to the
 * supplier directly. An action linked only to a SKU or lot of theirs is counted where it names the supplier too;
 * the action form fills the supplier from the case, so this is the usual case.
 */
export const openActionsBySupplier = (db: Sqlite, supplierId: string): Row<'corrective_actions'>[] =>
  all(
    db,
    sql$
      .selectFrom('corrective_actions')
      .selectAll()
      .where('supplier_id', '=', supplierId)
      .where('status', '=', 'open')
      .orderBy('due_at')
      .orderBy('id'),
  );

/** Active users, who may own an action. */
export const actionPeople = (db: Sqlite): { id: string; name: string }[] =>
  all(db, sql$.selectFrom('users').select(['id', 'name']).where('active', '=', 1).orderBy('name'));

export const userActive = (db: Sqlite, id: string): boolean | undefined => {
  const row = first(db, sql$.selectFrom('users').select('active').where('id', '=', id));
  return row && row.active === 1;
};

export const exists = (db: Sqlite, table: 'skus' | 'suppliers' | 'lots', id: string): boolean =>
  rawCount(db, `SELECT count(*) AS n FROM ${table} WHERE id = ?`, [id]) > 0;
