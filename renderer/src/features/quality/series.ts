import type { Dashboard } from '../../../../shared/contract/analytics.contract';

/** Colour per series key: defect types in taxonomy order, the two finding categories in neutral tones. */
const palette = ['#e02e24', '#fa8c16', '#fadb14', '#13c2c2', '#1677ff', '#722ed1', '#eb2f96', '#a0d911', '#2f54eb', '#faad14', '#08979c', '#9254de', '#d4380d', '#389e0d', '#c41d7f'];
export const findingColors: Record<string, string> = { not_inspected: '#bfbfbf', no_defect: '#95de64' };

export interface SeriesInfo {
  label: (key: string) => string;
  color: (key: string) => string;
}

export const seriesInfo = (keys: Dashboard['keys'], lang: string): SeriesInfo => {
  const labels = new Map(keys.map((k) => [k.key, lang === 'en-US' ? k.label.en : k.label.zh]));
  const colors = new Map(keys.filter((k) => !(k.key in findingColors)).map((k, i) => [k.key, palette[i % palette.length] as string]));
  return {
    label: (key) => labels.get(key) ?? key,
    color: (key) => findingColors[key] ?? colors.get(key) ?? '#8c8c8c',
  };
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
