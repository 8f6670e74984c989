import type { Dashboard } from '../../../../shared/contract/analytics.contract';

/** Colour per series key: defect types in taxonomy order, the two finding categories in neutral tones. */
const palette = [
  '#e02e24',
  '#fa8c16',
  '#fadb14',
  '#13c2c2',
  '#1677ff',
  '#722ed1',
  '#eb2f96',
  '#a0d911',
  '#2f54eb',
  '#faad14',
  '#08979c',
  '#9254de',
  '#d4380d',
  '#389e0d',
  '#c41d7f',
];
export const findingColors: Record<string, string> = { not_inspected: '#bfbfbf', no_defect: '#95de64' };

export interface SeriesInfo {
  label: (key: string) => string;
  color: (key: string) => string;
}

/** The segment that merges the smaller defect types in the stacked charts (see capKeys). */
export const otherKey = 'other_defects';
const otherColor = '#8c8c8c';

export const seriesInfo = (keys: Dashboard['keys'], lang: string, otherLabel: string): SeriesInfo => {
  const labels = new Map(keys.map((k) => [k.key, lang === 'en-US' ? k.label.en : k.label.zh]));
  labels.set(otherKey, otherLabel);
  const colors = new Map(keys.filter((k) => !(k.key in findingColors)).map((k, i) => [k.key, palette[i % palette.length] as string]));
  return {
    label: (key) => labels.get(key) ?? key,
    color: (key) => findingColors[key] ?? colors.get(key) ?? otherColor,
  };
};

/** Defect types a stacked chart draws on their own; the rest share one "other defect types" segment. */
export const maxStackedDefects = 8;

/**
 * The series a stacked chart draws: the largest defect types (keys come from orderedKeys, largest first), one
 * merged segment for the rest, then the finding categories. Why: each Recharts series is a costly component
 * (20 series made the mix and trend charts ~350 ms each to redraw) and a 20-colour legend cannot be read anyway.
 * The table view and its CSV/XLSX keep every defect type. A single leftover type is drawn as itself.
 */
export const capKeys = (keys: string[], max = maxStackedDefects): { shown: string[]; merged: string[] } => {
  const defects = keys.filter((k) => !(k in findingColors));
  const findings = keys.filter((k) => k in findingColors);
  if (defects.length <= max + 1) return { shown: keys, merged: [] };
  return { shown: [...defects.slice(0, max), otherKey, ...findings], merged: defects.slice(max) };
};

/** Series keys that actually occur, largest first, with the finding categories last. */
export const orderedKeys = (totals: Record<string, number>): string[] =>
  Object.entries(totals)
    .filter(([, v]) => v > 0)
    .sort(([k1, v1], [k2, v2]) => Number(k1 in findingColors) - Number(k2 in findingColors) || v2 - v1 || k1.localeCompare(k2))
    .map(([k]) => k);

export const addTotals = (target: Record<string, number>, values: Record<string, number>) => {
  for (const [k, v] of Object.entries(values)) target[k] = (target[k] ?? 0) + v;
  return target;
};
