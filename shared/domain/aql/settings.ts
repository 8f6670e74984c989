import { aqlValues, type InspectionLevel } from './tables';

/** The AQL per defect class and the inspection level: the owner's defaults (Policy `aql`) or one supplier/product's. */
export interface AqlSettings {
  level: InspectionLevel;
  /** 0 = no defect of the class is allowed in the sample (Ac 0 / Re 1). */
  critical: number;
  major: number;
  minor: number;
}

export const defaultAqlSettings: AqlSettings = { level: 'II', critical: 0, major: 2.5, minor: 4 };

/** What an owner may pick: 0 (none allowed) or a column of the master tables. */
export const aqlChoices: readonly number[] = [0, ...aqlValues];
