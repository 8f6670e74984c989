/**
 * ISO 2859-1 (= ANSI/ASQ Z1.4, MIL-STD-105E) single sampling, transcribed as data: Table 1 (code letters) and
 * Tables 2-A, 2-B and 2-C (normal, tightened and reduced inspection). The printed rows are kept as printed, arrows
 * included, so that a person can compare them with the standard line by line; `plan.ts` follows the arrows.
 *
 * Columns are limited to AQL 0.010 … 10: above 10 the standard only speaks of nonconformities per 100 units, and a
 * defect class of a consumer product is judged in percent nonconforming.
 */

export const inspectionLevels = ['S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III'] as const;
export type InspectionLevel = (typeof inspectionLevels)[number];

export const codeLetters = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q', 'R'] as const;
export type CodeLetter = (typeof codeLetters)[number];

export const severities = ['normal', 'tightened', 'reduced'] as const;
export type Severity = (typeof severities)[number];

/** The AQL columns, in percent nonconforming. */
export const aqlValues = [0.01, 0.015, 0.025, 0.04, 0.065, 0.1, 0.15, 0.25, 0.4, 0.65, 1, 1.5, 2.5, 4, 6.5, 10] as const;

/** Table 1: the last lot size of each band, and the code letter per level in the order of `inspectionLevels`. */
export const table1: readonly { upTo: number; letters: string }[] = [
  { upTo: 8, letters: 'A A A A A A B' },
  { upTo: 15, letters: 'A A A A A B C' },
  { upTo: 25, letters: 'A A B B B C D' },
  { upTo: 50, letters: 'A B B C C D E' },
  { upTo: 90, letters: 'B B C C C E F' },
  { upTo: 150, letters: 'B B C D D F G' },
  { upTo: 280, letters: 'B C D E E G H' },
  { upTo: 500, letters: 'B C D E F H J' },
  { upTo: 1200, letters: 'C C E F G J K' },
  { upTo: 3200, letters: 'C D E G H K L' },
  { upTo: 10000, letters: 'C D F G J L M' },
  { upTo: 35000, letters: 'C D F H K M N' },
  { upTo: 150000, letters: 'D E G J L N P' },
  { upTo: 500000, letters: 'D E G J M P Q' },
  { upTo: Number.POSITIVE_INFINITY, letters: 'D E H K N Q R' },
];

/** Sample size of each row of a master table. Table 2-B has one more row, S (3150), below R. */
export const sampleSizes: Readonly<Record<Severity, Readonly<Record<string, number>>>> = {
  normal: { A: 2, B: 3, C: 5, D: 8, E: 13, F: 20, G: 32, H: 50, J: 80, K: 125, L: 200, M: 315, N: 500, P: 800, Q: 1250, R: 2000 },
  tightened: {
    A: 2,
    B: 3,
    C: 5,
    D: 8,
    E: 13,
    F: 20,
    G: 32,
    H: 50,
    J: 80,
    K: 125,
    L: 200,
    M: 315,
    N: 500,
    P: 800,
    Q: 1250,
    R: 2000,
    S: 3150,
  },
  reduced: { A: 2, B: 2, C: 2, D: 3, E: 5, F: 8, G: 13, H: 20, J: 32, K: 50, L: 80, M: 125, N: 200, P: 315, Q: 500, R: 800 },
};

/**
 * The printed rows, one cell per AQL column (0.010 … 10): `Ac/Re`, `↓` (use the first plan below) or `↑` (the first
 * plan above). Where the standard prints nothing, `-`.
 */
export const masterTables: Readonly<Record<Severity, Readonly<Record<string, string>>>> = {
  // Table 2-A. R at 0.015 points up: there is no row below R in the normal table.
  normal: {
    A: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑',
    B: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓',
    C: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2',
    D: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3',
    E: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4',
    F: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6',
    G: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8',
    H: '↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11',
    J: '↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15',
    K: '↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22',
    L: '↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑',
    M: '↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑',
    N: '↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑     ↑',
    P: '↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑     ↑     ↑',
    Q: '0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑     ↑     ↑     ↑',
    R: '↑     ↑     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑     ↑     ↑     ↑     ↑',
  },
  // Table 2-B. Row S (3150) carries the 1/2 plans that R's down arrows point to.
  tightened: {
    A: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1',
    B: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓',
    C: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓',
    D: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2',
    E: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3',
    F: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4',
    G: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6',
    H: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9',
    J: '↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13',
    K: '↓     ↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19',
    L: '↓     ↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 ↑',
    M: '↓     ↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 ↑     ↑',
    N: '↓     ↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 ↑     ↑     ↑',
    P: '↓     ↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 ↑     ↑     ↑     ↑',
    Q: '↓     0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 ↑     ↑     ↑     ↑     ↑',
    R: '0/1   ↓     ↓     1/2   2/3   3/4   5/6   8/9   12/13 18/19 ↑     ↑     ↑     ↑     ↑     ↑',
    S: '-     1/2   1/2   -     -     -     -     -     -     -     -     -     -     -     -     -',
  },
  // Table 2-C (ISO 2859-1:1999, no gap between Ac and Re). Where an arrow leaves the table (R at 0.010 and 0.040)
  // there is no reduced plan: the class stays on its normal plan (plan.ts).
  reduced: {
    A: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓',
    B: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1',
    C: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑',
    D: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓',
    E: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2',
    F: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3',
    G: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4',
    H: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6',
    J: '↓     ↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8',
    K: '↓     ↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11',
    L: '↓     ↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15',
    M: '↓     ↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22',
    N: '↓     ↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑',
    P: '↓     ↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑',
    Q: '↓     ↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑     ↑',
    R: '↓     0/1   ↑     ↓     1/2   2/3   3/4   5/6   7/8   10/11 14/15 21/22 ↑     ↑     ↑     ↑',
  },
};
