import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatFen } from '../../../i18n/format';
import { ChartCard } from '../ChartCard';
import { axisStyle, payloadOf, withUnit, type ChartProps } from './types';

interface Row {
  key: string;
  name: string;
  refund: number;
  freight: number;
  writeOff: number;
  total: number;
}

const colors = { refund: '#e02e24', freight: '#fa8c16', writeOff: '#722ed1' };
const yuan = (fen: number) => Math.round(fen) / 100;

export const CostCard = ({ data, series, lang, onDrill }: ChartProps) => {
  const { t } = useTranslation('analytics');
  const rows: Row[] = data.cost.items.map((i) => ({
    key: i.key,
    name: series.label(i.key),
    refund: yuan(i.refundFen),
    freight: yuan(i.freightFen),
    writeOff: yuan(i.writeOffFen),
    total: yuan(i.totalFen),
  }));
  const drill = (r: Row | undefined) => r && onDrill({ chart: 'cost', finding: r.key }, r.name);
  const unit = t('unit.yuan');
  const parts = (['refund', 'freight', 'writeOff'] as const).map((k) => ({ key: k, name: withUnit(lang, t(`col.${k}`), unit) }));
  return (
    <ChartCard<Row>
      id="cost"
      title={t('chart.cost.title')}
      subtitle={t('chart.cost.sub')}
      help={t('chart.cost.help')}
      rows={rows}
      onRowClick={drill}
      legend={parts.map((p) => ({ label: p.name, color: colors[p.key] }))}
      columns={[
        { key: 'defect', title: t('col.finding'), value: (r) => r.name },
        ...parts.map((p) => ({ key: p.key, title: p.name, value: (r: Row) => r[p.key], align: 'right' as const })),
        { key: 'total', title: withUnit(lang, t('col.total'), unit), value: (r) => r.total, align: 'right' },
      ]}
      chart={
        <ResponsiveContainer width="100%" height={Math.max(240, rows.length * 26 + 70)}>
          <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tick={axisStyle} tickFormatter={(v: number) => `¥${v >= 10000 ? `${Math.round(v / 1000)}k` : v}`} />
            <YAxis type="category" dataKey="name" tick={axisStyle} width={120} interval={0} />
            <Tooltip formatter={(v) => formatFen(Math.round(Number(v) * 100), lang)} />
            <Legend verticalAlign="top" height={28} />
            {parts.map((p) => (
              <Bar
                key={p.key}
                dataKey={p.key}
                stackId="cost"
                name={p.name}
                fill={colors[p.key]}
                isAnimationActive={false}
                cursor="pointer"
                onClick={(e) => drill(payloadOf<Row>(e))}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
};
