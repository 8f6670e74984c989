import type { Dashboard, DrillTarget } from '../../../../../shared/contract/analytics.contract';
import type { SeriesInfo } from '../series';

export interface ChartProps {
  data: Dashboard;
  series: SeriesInfo;
  lang: string;
  /** Opens the cases behind a bar or cell; `what` names it in the drawer title. */
  onDrill: (target: DrillTarget, what: string) => void;
}

/** Recharts hands click handlers the bar's datum under `payload`. */
export const payloadOf = <T>(entry: unknown): T | undefined =>
  entry && typeof entry === 'object' && 'payload' in entry ? (entry as { payload: T }).payload : undefined;

export const pct = (ratio: number, digits = 1) => Math.round(ratio * 100 * 10 ** digits) / 10 ** digits;
export const chartHeight = 320;
export const axisStyle = { fontSize: 12 };

/** "Name (unit)" with the punctuation of the language. */
export const withUnit = (lang: string, name: string, unit: string) => (lang === 'en-US' ? `${name} (${unit})` : `${name}（${unit}）`);
