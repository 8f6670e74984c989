import type { AnalyticsFilter, Dashboard } from '../../../../shared/contract/analytics.contract';
import type { RateDimension } from '../../../../shared/domain/metrics';
import type { Sqlite } from '../../db/connection';
import { defectTypeNames } from './analytics.repository';
import { costChart, deadlineChart, kpiChart, matrixChart, mixChart, paretoChart, ratesChart, trendChart, type ChartArgs } from './charts';
import { loadDimensions } from './dimensions';
import { goodwillChart } from './goodwill';

export const findingLabels: Record<string, { zh: string; en: string }> = {
  not_inspected: { zh: '尚未质检', en: 'Not yet inspected' },
  no_defect: { zh: '未发现缺陷', en: 'No defect found' },
};

/** Labels for every series key: the defect taxonomy (including inactive types, which old data may use). */
const seriesKeys = (db: Sqlite): Dashboard['keys'] => {
  const types = defectTypeNames(db);
  return [
    ...types.map((t) => ({ key: t.id, label: { zh: t.name_zh, en: t.name_en } })),
    ...Object.entries(findingLabels).map(([key, label]) => ({ key, label })),
  ];
};

export const chartFunctions = {
  kpi: kpiChart,
  pareto: paretoChart,
  rates: ratesChart,
  mix: mixChart,
  trend: trendChart,
  matrix: matrixChart,
  cost: costChart,
  goodwill: goodwillChart,
  deadline: deadlineChart,
} as const;

export const chartArgs = (db: Sqlite, filter: AnalyticsFilter, dimension: RateDimension, minVolume: number, now: number): ChartArgs => ({
  db,
  filter,
  dims: loadDimensions(db),
  dimension,
  minVolume,
  now,
});

/** All charts in one read (one snapshot: the handler runs them inside one read transaction). */
export const buildDashboard = (args: ChartArgs): Dashboard => ({
  kpi: kpiChart(args),
  pareto: paretoChart(args),
  rates: ratesChart(args),
  mix: mixChart(args),
  trend: trendChart(args),
  matrix: matrixChart(args),
  cost: costChart(args),
  goodwill: goodwillChart(args),
  deadline: deadlineChart(args),
  keys: seriesKeys(args.db),
});
