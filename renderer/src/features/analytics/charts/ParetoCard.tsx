import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, formatPercent } from '../../../i18n/format';
import { ChartCard } from '../ChartCard';
import { axisStyle, chartHeight, payloadOf, pct, withUnit, type ChartProps } from './types';

interface Row {
  key: string;
  name: string;
  units: number;
  cumulative: number | null;
}

export const ParetoCard = ({ data, series, lang, onDrill }: ChartProps) => {
  const { t } = useTranslation('analytics');
  const bars: Row[] = data.pareto.items.map((i) => ({
    key: i.key,
    name: series.label(i.key),
    units: i.units,
    cumulative: pct(i.cumulativeShare),
  }));
  const rows: Row[] = [
    ...bars,
    { key: 'no_defect', name: series.label('no_defect'), units: data.pareto.noDefectUnits, cumulative: null },
    { key: 'not_inspected', name: series.label('not_inspected'), units: data.pareto.notInspectedUnits, cumulative: null },
  ];
  const drill = (r: Row | undefined) => r && onDrill({ chart: 'pareto', finding: r.key }, r.name);
  const unitsName = withUnit(lang, t('col.units'), t('unit.units'));
  const cumulativeName = withUnit(lang, t('col.cumulative'), '%');
  return (
    <ChartCard<Row>
      id="pareto"
      title={t('chart.pareto.title')}
      subtitle={t('chart.pareto.sub')}
      help={t('chart.pareto.help')}
      rows={rows}
      onRowClick={drill}
      legend={[
        { label: unitsName, color: '#e02e24' },
        { label: cumulativeName, color: '#1677ff' },
      ]}
      columns={[
        { key: 'defect', title: t('col.defect'), value: (r) => r.name },
        { key: 'units', title: t('col.units'), value: (r) => r.units, align: 'right' },
        {
          key: 'cumulative',
          title: t('col.cumulative'),
          value: (r) => (r.cumulative === null ? '—' : formatPercent(r.cumulative / 100, lang)),
          align: 'right',
        },
      ]}
      chart={
        <ResponsiveContainer width="100%" height={chartHeight}>
          <ComposedChart data={bars} margin={{ top: 8, right: 8, bottom: 48, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={axisStyle} interval={0} angle={-30} textAnchor="end" height={60} />
            <YAxis
              yAxisId="units"
              tick={axisStyle}
              allowDecimals={false}
              label={{ value: t('unit.units'), angle: -90, position: 'insideLeft', style: axisStyle }}
            />
            <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} tick={axisStyle} unit="%" />
            <Tooltip formatter={(v, name) => (name === cumulativeName ? `${String(v)}%` : formatNumber(Number(v), lang))} />
            <Legend verticalAlign="top" height={28} />
            <Bar
              yAxisId="units"
              dataKey="units"
              name={unitsName}
              fill="#e02e24"
              isAnimationActive={false}
              cursor="pointer"
              onClick={(e) => drill(payloadOf<Row>(e))}
            />
            <Line
              yAxisId="pct"
              dataKey="cumulative"
              name={cumulativeName}
              stroke="#1677ff"
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      }
    />
  );
};
