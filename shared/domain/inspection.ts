/** What the warehouse records about a returned item or a pre-shipment lot (DOMAIN.md, "Return reasons and findings"). */
export const inspectionKinds = ['return', 'lot'] as const;
export type InspectionKind = (typeof inspectionKinds)[number];

/** A like new · B opened or minor marks · C needs refurbish · D defective. */
export const grades = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof grades)[number];

export const dispositions = ['restock', 'restock_b', 'refurbish', 'return_to_supplier', 'scrap', 'hold_evidence'] as const;
export type Disposition = (typeof dispositions)[number];

/** Dispositions whose goods are written off at unit cost in the cost-of-returns chart. */
export const writeOffDispositions: readonly Disposition[] = ['scrap', 'return_to_supplier'];

export const claimMatches = ['yes', 'no', 'partly'] as const;
export type ClaimMatch = (typeof claimMatches)[number];

export const faultParties = ['supplier', 'warehouse', 'carrier', 'customer', 'none'] as const;
export type FaultParty = (typeof faultParties)[number];

export const defectClasses = ['critical', 'major', 'minor'] as const;
export type DefectClass = (typeof defectClasses)[number];

export const defectCategories = ['workmanship', 'conformity', 'appearance', 'function', 'completeness', 'logistics', 'safety'] as const;
export type DefectCategory = (typeof defectCategories)[number];

export const inspectionStates = ['draft', 'completed', 'voided'] as const;
export type InspectionState = (typeof inspectionStates)[number];

export const packageConditions = ['intact', 'damaged', 'opened', 'missing'] as const;
export type PackageCondition = (typeof packageConditions)[number];

/** What customer service should do after an inspection, suggested from the policy. */
export const suggestedOutcomes = ['full_refund', 'partial_refund', 'reject_with_evidence', 'exchange', 'repair'] as const;
export type SuggestedOutcome = (typeof suggestedOutcomes)[number];
