import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../i18n/format';
import { ChartCard } from '../ChartCard';
import { addTotals, capKeys, orderedKeys, otherKey } from '../series';
import { axisStyle, chartHeight, withUnit, type ChartProps } from './types';

type Row = { skuId: string; name: string; unitsSold: number } & Record<string, number | string>;

export const MixCard = ({ data, series, lang, onDrill }: ChartProps) => {
  const { t } = useTranslation('analytics');
  const keys = orderedKeys(data.mix.rows.reduce<Record<string, number>>((acc, r) => addTotals(acc, r.unitsByKey), {}));
  // Recharts stacks series in the order they were first mounted, not in JSX order: a series that appears after a
  // filter change would land on top of the stack. A new set of series therefore mounts a fresh chart.
  const { shown, merged } = capKeys(keys);
  const round = (v: number) => Math.round(v * 10) / 10;
  const rows: Row[] = data.mix.rows.map((r) => ({
    skuId: r.skuId,
    name: lang === 'en-US' ? r.label.en : r.label.zh,
    unitsSold: r.unitsSold,
    ...Object.fromEntries(keys.map((k) => [k, round(r.perThousand[k] ?? 0)])),
    [otherKey]: round(merged.reduce((sum, k) => sum + (r.perThousand[k] ?? 0), 0)),
  }));
  const perK = t('unit.perThousand');
  return (
    <ChartCard<Row>
      id="mix"
      title={t('chart.mix.title')}
      subtitle={t('chart.mix.sub')}
      help={t('chart.mix.help')}
      rows={rows}
      legend={shown.map((k) => ({ label: series.label(k), color: series.color(k) }))}
      columns={[
        { key: 'sku', title: t('col.sku'), value: (r) => r.name },
        { key: 'unitsSold', title: t('col.unitsSold'), value: (r) => r.unitsSold, align: 'right' },
        ...keys.map((k) => ({
          key: k,
          title: withUnit(lang, series.label(k), perK),
          value: (r: Row) => Number(r[k] ?? 0),
          align: 'right' as const,
        })),
      ]}
      chart={
        <ResponsiveContainer width="100%" height={chartHeight}>
          <BarChart key={shown.join('|')} data={rows} margin={{ top: 8, right: 8, bottom: 40, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={axisStyle} interval={0} angle={-30} textAnchor="end" height={56} />
            <YAxis tick={axisStyle} label={{ value: perK, angle: -90, position: 'insideLeft', style: axisStyle }} />
            <Tooltip formatter={(v) => `${formatNumber(Number(v), lang, 1)} ${perK}`} />
            <Legend
              verticalAlign="top"
              wrapperStyle={{ fontSize: 12, paddingBottom: 8 }}
              itemSorter={(item) => shown.indexOf(String(item.dataKey))}
            />
            {shown.map((k) => (
              <Bar
                key={k}
                dataKey={k}
                stackId="mix"
                name={series.label(k)}
                fill={series.color(k)}
                isAnimationActive={false}
                cursor={k === otherKey ? undefined : 'pointer'}
                onClick={(e: unknown) => {
                  const row = (e as { payload?: Row }).payload;
                  // The merged segment is several defect types: its cases are in the table view, not one drill list.
                  if (row && k !== otherKey) onDrill({ chart: 'mix', skuId: row.skuId, finding: k }, `${row.name} · ${series.label(k)}`);
                }}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
};
