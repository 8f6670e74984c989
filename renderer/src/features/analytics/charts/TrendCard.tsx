import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../../../i18n/format';
import { ChartCard } from '../ChartCard';
import { addTotals, capKeys, orderedKeys, otherKey } from '../series';
import { axisStyle, chartHeight, pct, withUnit, type ChartProps } from './types';

type Row = { month: string; unitsSold: number; unitsReturned: number; total: number } & Record<string, number | string>;

export const TrendCard = ({ data, series, lang, onDrill }: ChartProps) => {
  const { t } = useTranslation('analytics');
  const keys = orderedKeys(data.trend.rows.reduce<Record<string, number>>((acc, r) => addTotals(acc, r.unitsByKey), {}));
  // Recharts stacks series in the order they were first mounted, not in JSX order: a series that appears after a
  // filter change would land on top of the stack. A new set of series therefore mounts a fresh chart.
  const { shown, merged } = capKeys(keys);
  const rows: Row[] = data.trend.rows.map((r) => ({
    month: r.month,
    unitsSold: r.unitsSold,
    unitsReturned: r.unitsReturned,
    total: pct(r.returnRate, 2),
    ...Object.fromEntries(keys.map((k) => [k, pct(r.rateByKey[k] ?? 0, 2)])),
    [otherKey]: pct(
      merged.reduce((sum, k) => sum + (r.rateByKey[k] ?? 0), 0),
      2,
    ),
  }));
  const totalName = withUnit(lang, t('col.total_rate'), '%');
  return (
    <ChartCard<Row>
      id="trend"
      title={t('chart.trend.title')}
      subtitle={t('chart.trend.sub')}
      help={t('chart.trend.help')}
      rows={rows}
      onRowClick={(r) => onDrill({ chart: 'trend', month: r.month }, r.month)}
      legend={[{ label: totalName, color: '#262626' }, ...shown.map((k) => ({ label: series.label(k), color: series.color(k) }))]}
      columns={[
        { key: 'month', title: t('col.month'), value: (r) => r.month },
        { key: 'unitsSold', title: t('col.unitsSold'), value: (r) => r.unitsSold, align: 'right' },
        { key: 'unitsReturned', title: t('col.unitsReturned'), value: (r) => r.unitsReturned, align: 'right' },
        { key: 'total', title: t('col.total_rate'), value: (r) => formatPercent(r.total / 100, lang, 2), align: 'right' },
        ...keys.map((k) => ({
          key: k,
          title: withUnit(lang, series.label(k), '%'),
          value: (r: Row) => Number(r[k] ?? 0),
          align: 'right' as const,
        })),
      ]}
      chart={
        <ResponsiveContainer width="100%" height={chartHeight}>
          <ComposedChart key={shown.join('|')} data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tick={axisStyle} />
            <YAxis tick={axisStyle} unit="%" />
            <Tooltip formatter={(v) => `${String(v)}%`} />
            <Legend
              verticalAlign="top"
              wrapperStyle={{ fontSize: 12, paddingBottom: 8 }}
              itemSorter={(item) => shown.indexOf(String(item.dataKey))}
            />
            {shown.map((k) => (
              <Bar
                key={k}
                dataKey={k}
                stackId="trend"
                name={series.label(k)}
                fill={series.color(k)}
                isAnimationActive={false}
                cursor={k === otherKey ? undefined : 'pointer'}
                onClick={(e: unknown) => {
                  const row = (e as { payload?: Row }).payload;
                  // The merged segment is several defect types: its numbers are in the table view.
                  if (row && k !== otherKey) onDrill({ chart: 'trend', month: row.month, finding: k }, `${row.month} · ${series.label(k)}`);
                }}
              />
            ))}
            <Line dataKey="total" name={totalName} stroke="#262626" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      }
    />
  );
};
