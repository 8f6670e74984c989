import { maxInspectionsInProgress, type Inspection, type InspectionInProgress } from '../../../../shared/contract/inspections.contract';
import type { Sqlite } from '../../db/connection';
import { all, first, run, sql$ } from '../../db/query';
import type { NewRow, Row, RowPatch } from '../../db/schema';

export type InspectionRow = Row<'inspections'>;

export const findOpenDraft = (db: Sqlite, caseId: string): InspectionRow | undefined =>
  first(
    db,
    sql$.selectFrom('inspections').selectAll().where('case_id', '=', caseId).where('kind', '=', 'return').where('state', '=', 'draft'),
  );

export const findInspectionRow = (db: Sqlite, id: string): InspectionRow | undefined =>
  first(db, sql$.selectFrom('inspections').selectAll().where('id', '=', id).where('kind', '=', 'return'));

export const insertInspection = (db: Sqlite, row: NewRow<'inspections'>): void => {
  run(db, sql$.insertInto('inspections').values(row));
};

export const updateInspection = (db: Sqlite, id: string, patch: RowPatch<'inspections'>): void => {
  run(db, sql$.updateTable('inspections').set(patch).where('id', '=', id));
};

export const replaceDefects = (db: Sqlite, inspectionId: string, defects: readonly NewRow<'inspection_defects'>[]): void => {
  run(db, sql$.deleteFrom('inspection_defects').where('inspection_id', '=', inspectionId));
  if (defects.length > 0) run(db, sql$.insertInto('inspection_defects').values([...defects]));
};

export const defectTypeIdsOf = (db: Sqlite, inspectionId: string): Set<string> =>
  new Set(
    all(db, sql$.selectFrom('inspection_defects').select('defect_type_id').where('inspection_id', '=', inspectionId)).map(
      (r) => r.defect_type_id,
    ),
  );

const parseMissingParts = (json: string | null): string[] => {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
};

export const loadInspection = (db: Sqlite, id: string): Inspection | undefined => {
  const row = first(
    db,
    sql$
      .selectFrom('inspections as i')
      .innerJoin('users as u', 'u.id', 'i.inspector_id')
      .selectAll('i')
      .select('u.name as inspector_name')
      .where('i.id', '=', id),
  );
  if (!row || row.case_id === null) return undefined;
  const defects = all(
    db,
    sql$
      .selectFrom('inspection_defects as f')
      .innerJoin('defect_types as d', 'd.id', 'f.defect_type_id')
      .select(['f.id', 'f.defect_type_id', 'd.code', 'd.name_zh', 'd.name_en', 'f.class', 'f.quantity', 'f.note'])
      .where('f.inspection_id', '=', id)
      .orderBy('f.id'),
  );
  return {
    id: row.id,
    caseId: row.case_id,
    state: row.state,
    inspectorId: row.inspector_id,
    inspectorName: row.inspector_name,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
    grade: row.grade,
    disposition: row.disposition,
    claimMatch: row.claim_match,
    fault: row.fault,
    quantity: row.quantity,
    missingParts: parseMissingParts(row.missing_parts),
    notes: row.notes,
    voidReason: row.void_reason,
    defects: defects.map((d) => ({
      id: d.id,
      defectTypeId: d.defect_type_id,
      code: d.code,
      nameZh: d.name_zh,
      nameEn: d.name_en,
      class: d.class,
      quantity: d.quantity,
      note: d.note,
    })),
  };
};

/** Completed and voided inspections of a case, newest first (the open draft is returned separately). */
export const pastInspectionIds = (db: Sqlite, caseId: string): string[] =>
  all(
    db,
    sql$
      .selectFrom('inspections')
      .select('id')
      .where('case_id', '=', caseId)
      .where('state', '!=', 'draft')
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc'),
  ).map((r) => r.id);

/**
 * Open return drafts on cases still alive, most recently saved first. `state = 'draft' AND kind = 'return'` is the
 * condition of the partial index inspections_one_draft_per_case, so this reads only the drafts, never every inspection.
 */
export const inspectionsInProgress = (db: Sqlite): InspectionInProgress[] =>
  all(
    db,
    sql$
      .selectFrom('inspections as i')
      .innerJoin('users as u', 'u.id', 'i.inspector_id')
      .innerJoin('after_sales_cases as c', 'c.id', 'i.case_id')
      .innerJoin('orders as o', 'o.id', 'c.order_id')
      .leftJoin('order_lines as l', 'l.id', 'c.order_line_id')
      .leftJoin('skus as s', 's.id', 'l.sku_id')
      .leftJoin('products as p', 'p.id', 's.product_id')
      .select([
        'i.id',
        'c.id as case_id',
        'c.case_number',
        'o.order_number',
        'p.name as product_name',
        's.code as sku_code',
        'u.name as inspector_name',
        'i.started_at',
        'i.updated_at',
      ])
      .where('i.state', '=', 'draft')
      .where('i.kind', '=', 'return')
      .where('c.voided_at', 'is', null)
      .orderBy('i.updated_at', 'desc')
      .orderBy('i.id', 'desc')
      .limit(maxInspectionsInProgress),
  ).map((r) => ({
    id: r.id,
    caseId: r.case_id,
    caseNumber: r.case_number,
    orderNumber: r.order_number,
    productName: r.product_name,
    skuCode: r.sku_code,
    inspectorName: r.inspector_name,
    startedAt: r.started_at,
    updatedAt: r.updated_at,
  }));
