import { describe, expect, it } from 'vitest';
import { codeLetterFor, masterPlan, samplingPlan } from './plan';
import type { CodeLetter, InspectionLevel, Severity } from './tables';

/*
 * A second transcription, written differently from tables.ts: the master tables are diagonal (an AQL one column
 * looser at one letter smaller gives the same plan), so each table is one run of cells along the diagonal
 * d = letter index + AQL column index, plus the few edge cells the standard prints otherwise. The arrows are
 * resolved here by this test's own walk, and sample sizes come from the preferred-number series.
 */
const letters = 'ABCDEFGHJKLMNPQR';
const aqls = '0.010 0.015 0.025 0.040 0.065 0.10 0.15 0.25 0.40 0.65 1.0 1.5 2.5 4.0 6.5 10'.split(' ').map(Number);
const normalSizes = [2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000, 3150];

const diagonals: Record<Severity, { first: number; run: string[] }> = {
  // d < first: down; then the run; beyond the run: up.
  normal: { first: 14, run: ['0/1', 'U', 'D', '1/2', '2/3', '3/4', '5/6', '7/8', '10/11', '14/15', '21/22'] },
  tightened: { first: 15, run: ['0/1', 'D', 'D', '1/2', '2/3', '3/4', '5/6', '8/9', '12/13', '18/19'] },
  reduced: { first: 16, run: ['0/1', 'U', 'D', '1/2', '2/3', '3/4', '5/6', '7/8', '10/11', '14/15', '21/22'] },
};
const rowCount: Record<Severity, number> = { normal: 16, tightened: 17, reduced: 16 };
const edgeCells: Partial<Record<Severity, Record<string, string>>> = {
  normal: { '15,1': 'U' }, // R at 0.015: no row below R in Table 2-A
  tightened: { '16,1': '1/2', '16,2': '1/2' }, // row S
};
const rowSize = (severity: Severity, row: number): number =>
  severity === 'reduced' ? normalSizes[Math.max(0, row - 2)]! : normalSizes[row]!;

const printed = (severity: Severity, row: number, column: number): string => {
  const edge = edgeCells[severity]?.[`${row},${column}`];
  if (edge !== undefined) return edge;
  if (severity === 'tightened' && row === 16) return '-';
  const { first, run } = diagonals[severity];
  const d = row + column;
  if (d < first) return 'D';
  return run[d - first] ?? 'U';
};

const expected = (severity: Severity, row: number, column: number): { n: number; ac: number; re: number } | null => {
  let at = row;
  let cell = printed(severity, at, column);
  const step = cell === 'D' ? 1 : cell === 'U' ? -1 : 0;
  while (!cell.includes('/')) {
    at += step;
    if (at < 0 || at >= rowCount[severity]) return null;
    cell = printed(severity, at, column);
  }
  const [ac, re] = cell.split('/').map(Number);
  return { n: rowSize(severity, at), ac: ac!, re: re! };
};

describe('Tables 2-A, 2-B, 2-C: every code letter × AQL cell, arrows followed', () => {
  for (const severity of ['normal', 'tightened', 'reduced'] as const) {
    it(`${severity}: all ${letters.length * aqls.length} cells agree with the second transcription`, () => {
      const mismatches: string[] = [];
      for (const [row, letter] of [...letters].entries()) {
        for (const [column, aql] of aqls.entries()) {
          const want = expected(severity, row, column);
          const got = masterPlan(severity, letter as CodeLetter, column);
          const gotSize = got === null ? null : severity === 'tightened' && got.row === 'S' ? 3150 : null;
          const gotPlan =
            got === null
              ? null
              : {
                  n: gotSize ?? rowSize(severity, (severity === 'tightened' ? letters + 'S' : letters).indexOf(got.row)),
                  ac: got.accept,
                  re: got.reject,
                };
          if (JSON.stringify(gotPlan) !== JSON.stringify(want))
            mismatches.push(`${letter} @ ${aql}: ${JSON.stringify(gotPlan)} ≠ ${JSON.stringify(want)}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }

  it('the normal rows match DOMAIN.md verbatim (AQL 0.65 … 6.5)', () => {
    const domain =
      'A ↓ ↓ ↓ ↓ ↓ 0/1 · B ↓ ↓ ↓ ↓ 0/1 ↑ · C ↓ ↓ ↓ 0/1 ↑ ↓ · D ↓ ↓ 0/1 ↑ ↓ 1/2 · E ↓ 0/1 ↑ ↓ 1/2 2/3 · ' +
      'F 0/1 ↑ ↓ 1/2 2/3 3/4 · G ↑ ↓ 1/2 2/3 3/4 5/6 · H ↓ 1/2 2/3 3/4 5/6 7/8 · J 1/2 2/3 3/4 5/6 7/8 10/11 · ' +
      'K 2/3 3/4 5/6 7/8 10/11 14/15 · L 3/4 5/6 7/8 10/11 14/15 21/22 · M 5/6 7/8 10/11 14/15 21/22 ↑ · ' +
      'N 7/8 10/11 14/15 21/22 ↑ ↑ · P 10/11 14/15 21/22 ↑ ↑ ↑ · Q 14/15 21/22 ↑ ↑ ↑ ↑ · R 21/22 ↑ ↑ ↑ ↑ ↑';
    for (const row of domain.split(' · ')) {
      const [letter, ...cells] = row.split(' ');
      cells.forEach((cell, offset) => {
        const want = cell === '↓' ? 'D' : cell === '↑' ? 'U' : cell;
        expect(`${letter}@${aqls[9 + offset]}=${printed('normal', letters.indexOf(letter!), 9 + offset)}`).toBe(
          `${letter}@${aqls[9 + offset]}=${want}`,
        );
      });
    }
  });
});

describe('Table 1: code letters', () => {
  it.each([
    [2, 'II', 'A'],
    [8, 'II', 'A'],
    [9, 'II', 'B'],
    [40, 'II', 'D'],
    [1000, 'II', 'J'],
    [1200, 'II', 'J'],
    [1201, 'II', 'K'],
    [3200, 'II', 'K'],
    [10000, 'II', 'L'],
    [500001, 'II', 'Q'],
    [1000, 'I', 'G'],
    [1000, 'III', 'K'],
    [500001, 'III', 'R'],
    [151, 'S-1', 'B'],
    [1000, 'S-4', 'F'],
    [35001, 'S-3', 'G'],
    [2, 'III', 'B'],
  ] as [number, InspectionLevel, string][])('lot %i at level %s → %s', (lot, level, letter) => {
    expect(codeLetterFor(lot, level)).toBe(letter);
  });

  it('refuses a lot of 0 or 1 unit', () => {
    expect(() => codeLetterFor(0, 'II')).toThrow(RangeError);
    expect(() => codeLetterFor(1, 'II')).toThrow(RangeError);
  });
});

describe('worked examples (DOMAIN.md, issue 17)', () => {
  it('lot 1,000 at level II → J, n = 80; AQL 2.5 → Ac 5 / Re 6', () => {
    expect(samplingPlan({ lotSize: 1000, level: 'II', aql: 2.5, severity: 'normal' })).toEqual({
      row: 'J',
      sampleSize: 80,
      accept: 5,
      reject: 6,
      inspectAll: false,
      followedArrow: false,
    });
  });

  it('lot 1,200 at level II: J, n = 80 for major 2.5 (5/6) and minor 4.0 (7/8); critical 0 → 0/1 at 80', () => {
    expect(samplingPlan({ lotSize: 1200, level: 'II', aql: 4, severity: 'normal' })).toMatchObject({
      sampleSize: 80,
      accept: 7,
      reject: 8,
    });
    expect(samplingPlan({ lotSize: 1200, level: 'II', aql: 0, severity: 'normal' })).toMatchObject({
      sampleSize: 80,
      accept: 0,
      reject: 1,
    });
  });

  it('lot 40 at level II with AQL 1.0 follows its arrow to a different sample size', () => {
    // D (n = 8) at 1.0 is ↓ → E: 0/1 at n = 13
    expect(samplingPlan({ lotSize: 40, level: 'II', aql: 1, severity: 'normal' })).toEqual({
      row: 'E',
      sampleSize: 13,
      accept: 0,
      reject: 1,
      inspectAll: false,
      followedArrow: true,
    });
    // at 0.65 ↓ twice to F: 0/1 at n = 20; at 2.5 ↑ to C: 0/1 at n = 5
    expect(samplingPlan({ lotSize: 40, level: 'II', aql: 0.65, severity: 'normal' })).toMatchObject({ row: 'F', sampleSize: 20 });
    expect(samplingPlan({ lotSize: 40, level: 'II', aql: 2.5, severity: 'normal' })).toMatchObject({ row: 'C', sampleSize: 5, accept: 0 });
  });

  it('inspects 100 % when the sample would not be smaller than the lot', () => {
    // lot 10 at II → B (n = 3); AQL 0.65 ↓ → E (n = 13) ≥ 10 units
    expect(samplingPlan({ lotSize: 10, level: 'II', aql: 0.65, severity: 'normal' })).toMatchObject({
      sampleSize: 10,
      inspectAll: true,
      accept: 0,
      reject: 1,
    });
  });

  it('tightened J at 2.5 is 3/4 at 80; reduced J at 2.5 is 2/3 at 32', () => {
    expect(samplingPlan({ lotSize: 1000, level: 'II', aql: 2.5, severity: 'tightened' })).toMatchObject({
      sampleSize: 80,
      accept: 3,
      reject: 4,
    });
    expect(samplingPlan({ lotSize: 1000, level: 'II', aql: 2.5, severity: 'reduced' })).toMatchObject({
      sampleSize: 32,
      accept: 2,
      reject: 3,
    });
  });

  it('a reduced cell whose arrow leaves the table keeps the normal plan', () => {
    expect(samplingPlan({ lotSize: 600000, level: 'III', aql: 0.01, severity: 'reduced' })).toMatchObject({ row: 'Q', sampleSize: 1250 });
  });
});
