import type { z } from 'zod';
import type { inspectionFieldsSchema } from '../../../../shared/contract/inspections.contract';
import { conflict, invalid } from '../../../../shared/contract/errors';
import type { SessionUser } from '../../../../shared/contract/auth.contract';
import type { Sqlite } from '../../db/connection';
import type { NewRow, Row, RowPatch } from '../../db/schema';
import { newId } from '../../core/ids';
import { defectTypesByIds } from '../taxonomy/taxonomy.repository';
import {
  defectTypeIdsOf,
  findOpenDraft,
  insertInspection,
  replaceDefects,
  updateInspection,
  type InspectionRow,
} from './inspections.repository';

type InspectionFields = z.output<typeof inspectionFieldsSchema>;

/** Only the fields the caller sent change: autosave sends what the inspector just touched. */
const fieldPatch = (fields: InspectionFields): RowPatch<'inspections'> => ({
  ...(fields.grade !== undefined && { grade: fields.grade }),
  ...(fields.disposition !== undefined && { disposition: fields.disposition }),
  ...(fields.claimMatch !== undefined && { claim_match: fields.claimMatch }),
  ...(fields.fault !== undefined && { fault: fields.fault }),
  ...(fields.quantity !== undefined && { quantity: fields.quantity }),
  ...(fields.missingParts !== undefined && { missing_parts: JSON.stringify([...new Set(fields.missingParts)]) }),
  ...(fields.notes !== undefined && { notes: fields.notes.trim() === '' ? null : fields.notes }),
});

/**
 * Defects must name a type from the taxonomy. An inactive type is refused for new findings but kept when it is
 * already on the draft (deactivating a type must not break an inspector's open work).
 */
const defectRows = (
  db: Sqlite,
  inspectionId: string,
  defects: NonNullable<InspectionFields['defects']>,
): NewRow<'inspection_defects'>[] => {
  const types = defectTypesByIds(
    db,
    defects.map((d) => d.defectTypeId),
  );
  const alreadyUsed = defectTypeIdsOf(db, inspectionId);
  return defects.map((d, index) => {
    const type = types.get(d.defectTypeId);
    if (!type)
      throw invalid('defect_type_unknown', { index: index + 1 }, `Defect ${index + 1}: unknown defect type.`, {
        field: `defects.${index}.defectTypeId`,
        defectTypeId: d.defectTypeId,
      });
    if (type.active === 0 && !alreadyUsed.has(type.id)) {
      throw invalid(
        'defect_type_inactive',
        { index: index + 1 },
        `Defect ${index + 1}: the type ${type.name_zh} / ${type.name_en} is deactivated; pick another.`,
        { field: `defects.${index}.defectTypeId` },
      );
    }
    return {
      id: newId(),
      inspection_id: inspectionId,
      defect_type_id: type.id,
      class: d.class ?? type.default_class,
      quantity: d.quantity,
      note: d.note || null,
    };
  });
};

const assertCaseOpenForInspection = (caseRow: Row<'after_sales_cases'>): void => {
  if (caseRow.voided_at !== null)
    throw conflict('case_voided', {}, `Case ${caseRow.case_number} is voided; it cannot be inspected.`, { caseId: caseRow.id });
};

/** Creates the case's one open draft if there is none, then applies the fields. Answers the draft's id. */
export const upsertDraft = (
  db: Sqlite,
  caseRow: Row<'after_sales_cases'>,
  user: SessionUser,
  fields: InspectionFields,
  now: number,
): { id: string; created: boolean; before: InspectionRow | undefined } => {
  assertCaseOpenForInspection(caseRow);
  const existing = findOpenDraft(db, caseRow.id);
  const id = existing?.id ?? newId();
  if (!existing) {
    insertInspection(db, {
      id,
      kind: 'return',
      case_id: caseRow.id,
      lot_id: null,
      inspector_id: user.id,
      state: 'draft',
      started_at: now,
      quantity: caseRow.requested_quantity,
      updated_at: now,
    });
  }
  updateInspection(db, id, { ...fieldPatch(fields), updated_at: now });
  if (fields.defects !== undefined) replaceDefects(db, id, defectRows(db, id, fields.defects));
  return { id, created: !existing, before: existing };
};

/** What `complete` insists on; a draft may lack any of it. */
export const missingDecisions = (row: InspectionRow): string[] => {
  const missing: string[] = [];
  if (!row.grade) missing.push('grade');
  if (!row.claim_match) missing.push('claimMatch');
  if (!row.fault) missing.push('fault');
  if (!row.disposition) missing.push('disposition');
  return missing;
};
