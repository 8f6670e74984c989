import type { Inspection } from '../../../../shared/contract/inspections.contract';
import type { CaseCard } from '../../../../shared/contract/scan.contract';
import type { ClaimMatch, DefectClass, Disposition, FaultParty, Grade } from '../../../../shared/domain/inspection';

export interface DefectLine {
  key: string;
  defectTypeId: string;
  code: string;
  nameZh: string;
  nameEn: string;
  class: DefectClass;
  quantity: number;
  note: string;
}

export interface InspectionFormState {
  grade: Grade | null;
  claimMatch: ClaimMatch | null;
  fault: FaultParty | null;
  disposition: Disposition | null;
  quantity: number;
  missingParts: string[];
  notes: string;
  defects: DefectLine[];
  /** Chosen by the person (not filled in by a default), so defaults never overwrite a choice. */
  faultChosen: boolean;
  dispositionChosen: boolean;
}

export const emptyForm = (card: CaseCard): InspectionFormState => ({
  grade: null,
  claimMatch: null,
  fault: null,
  disposition: null,
  quantity: card.requestedQuantity,
  missingParts: [],
  notes: '',
  defects: [],
  faultChosen: false,
  dispositionChosen: false,
});

export const formFromInspection = (i: Inspection): InspectionFormState => ({
  grade: i.grade,
  claimMatch: i.claimMatch,
  fault: i.fault,
  disposition: i.disposition,
  quantity: i.quantity,
  missingParts: i.missingParts,
  notes: i.notes ?? '',
  defects: i.defects.map((d) => ({
    key: d.id,
    defectTypeId: d.defectTypeId,
    code: d.code,
    nameZh: d.nameZh,
    nameEn: d.nameEn,
    class: d.class,
    quantity: d.quantity,
    note: d.note ?? '',
  })),
  faultChosen: i.fault !== null,
  dispositionChosen: i.disposition !== null,
});

/** What goes to the backend: the whole form each time, so a save never depends on an earlier one. */
export const fieldsOf = (f: InspectionFormState) => ({
  grade: f.grade,
  claimMatch: f.claimMatch,
  fault: f.fault,
  disposition: f.disposition,
  quantity: f.quantity,
  missingParts: f.missingParts,
  notes: f.notes,
  defects: f.defects.map((d) => ({
    defectTypeId: d.defectTypeId,
    class: d.class,
    quantity: d.quantity,
    ...(d.note.trim() ? { note: d.note.trim() } : {}),
  })),
});

/** Grade → the usual disposition (A restock … D back to the supplier when it is their fault, else scrap). */
export const defaultDisposition = (grade: Grade, fault: FaultParty | null): Disposition => {
  switch (grade) {
    case 'A':
      return 'restock';
    case 'B':
      return 'restock_b';
    case 'C':
      return 'refurbish';
    case 'D':
      return fault === 'supplier' ? 'return_to_supplier' : 'scrap';
  }
};

/** Who usually answers for a confirmed claim of this kind; an unconfirmed claim is nobody's fault. */
export const defaultFault = (claimMatch: ClaimMatch, reason: CaseCard['reasonCategory']): FaultParty => {
  if (claimMatch === 'no' || reason === 'no_reason_7day') return 'none';
  if (reason === 'transit_damage') return 'carrier';
  if (reason === 'wrong_item' || reason === 'missing_parts') return 'warehouse';
  return 'supplier';
};

/** Applies a change and fills the defaults the person has not chosen themselves. */
export const withDefaults = (next: InspectionFormState, card: CaseCard): InspectionFormState => {
  let f = next;
  if (!f.faultChosen && f.claimMatch) f = { ...f, fault: defaultFault(f.claimMatch, card.reasonCategory) };
  if (!f.dispositionChosen && f.grade) f = { ...f, disposition: defaultDisposition(f.grade, f.fault) };
  return f;
};
