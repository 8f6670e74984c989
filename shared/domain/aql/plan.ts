import {
  aqlValues,
  inspectionLevels,
  masterTables,
  sampleSizes,
  table1,
  type CodeLetter,
  type InspectionLevel,
  type Severity,
} from './tables';

/** One single sampling plan: inspect `sampleSize` units, accept with ≤ `accept` defective, reject with ≥ `reject`. */
export interface SamplingPlan {
  /** The row the plan was read from (after following arrows; may be S on tightened inspection). */
  row: string;
  sampleSize: number;
  accept: number;
  reject: number;
  /** The sample is the whole lot (n ≥ lot size): every unit is inspected. */
  inspectAll: boolean;
  /** The cell at the lot's own code letter was an arrow, so the plan (and its sample size) comes from another row. */
  followedArrow: boolean;
}

export const codeLetterFor = (lotSize: number, level: InspectionLevel): CodeLetter => {
  if (!Number.isInteger(lotSize) || lotSize < 2) throw new RangeError(`lot size ${lotSize}: Table 1 starts at 2`);
  const band = table1.find((entry) => lotSize <= entry.upTo);
  const letter = band?.letters.split(' ')[inspectionLevels.indexOf(level)];
  if (letter === undefined) throw new RangeError(`no code letter for ${lotSize} at level ${level}`);
  return letter as CodeLetter;
};

export const aqlColumn = (aql: number): number => {
  const column = aqlValues.findIndex((value) => Math.abs(value - aql) < 1e-9);
  if (column < 0) throw new RangeError(`AQL ${aql} is not a column of the master table`);
  return column;
};

const cellAt = (severity: Severity, row: string, column: number): string | undefined =>
  masterTables[severity][row]?.trim().split(/\s+/)[column];

const rowsOf = (severity: Severity): string[] => Object.keys(masterTables[severity]);

/**
 * The plan of one master table for a code letter and an AQL column, arrows followed to the first printed plan
 * below or above in the same column. `null` when an arrow leaves the table (only in Table 2-C's last row).
 */
export const masterPlan = (
  severity: Severity,
  letter: CodeLetter,
  column: number,
): { row: string; accept: number; reject: number; followedArrow: boolean } | null => {
  const rows = rowsOf(severity);
  let index = rows.indexOf(letter);
  let cell = cellAt(severity, letter, column);
  const step = cell === '↓' ? 1 : cell === '↑' ? -1 : 0;
  while (cell === '↓' || cell === '↑' || cell === '-') {
    index += step;
    const row = rows[index];
    if (row === undefined || step === 0) return null;
    cell = cellAt(severity, row, column);
  }
  const row = rows[index];
  if (cell === undefined || row === undefined) return null;
  const [accept, reject] = cell.split('/').map(Number) as [number, number];
  return { row, accept, reject, followedArrow: step !== 0 };
};

/**
 * The plan for a lot: code letter from Table 1, then the master table of the severity. AQL 0 (nothing allowed, the
 * default for critical defects) samples the code letter's own size with Ac 0 / Re 1. A reduced cell without a plan
 * falls back to the normal plan. When n ≥ lot size, every unit is inspected with the same Ac/Re.
 */
export const samplingPlan = (input: { lotSize: number; level: InspectionLevel; aql: number; severity: Severity }): SamplingPlan => {
  const letter = codeLetterFor(input.lotSize, input.level);
  let table: Severity = input.severity;
  let found =
    input.aql === 0 ? { row: letter, accept: 0, reject: 1, followedArrow: false } : masterPlan(table, letter, aqlColumn(input.aql));
  if (found === null && table === 'reduced') {
    table = 'normal';
    found = masterPlan(table, letter, aqlColumn(input.aql));
  }
  if (found === null) throw new RangeError(`no plan for ${letter} at AQL ${input.aql} (${input.severity})`);
  const tableSize = sampleSizes[table][found.row] ?? 0;
  return {
    row: found.row,
    sampleSize: Math.min(tableSize, input.lotSize),
    accept: found.accept,
    reject: found.reject,
    inspectAll: tableSize >= input.lotSize,
    followedArrow: found.followedArrow,
  };
};

/**
 * Ac of the same row one AQL column tighter (§9.3.3 "would have been accepted if the AQL had been one step
 * tighter"); `null` when that cell is an arrow or there is no tighter column.
 */
export const tighterAccept = (severity: Severity, row: string, aql: number): number | null => {
  if (aql === 0) return null;
  const cell = cellAt(severity, row, aqlColumn(aql) - 1);
  if (cell === undefined || !cell.includes('/')) return null;
  return Number(cell.split('/')[0]);
};
