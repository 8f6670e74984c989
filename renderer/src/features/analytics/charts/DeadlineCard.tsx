import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../../../i18n/format';
import { ChartCard } from '../ChartCard';
import { axisStyle, chartHeight, payloadOf, pct, withUnit, type ChartProps } from './types';

interface Row {
  week: string;
  due: number;
  inTime: number;
  share: number;
}

export const DeadlineCard = ({ data, lang, onDrill }: ChartProps) => {
  const { t } = useTranslation('analytics');
  const rows: Row[] = data.deadline.weeks.map((w) => ({ week: w.week, due: w.due, inTime: w.answeredInTime, share: pct(w.share) }));
  const drill = (r: Row | undefined) => r && onDrill({ chart: 'deadline', week: r.week, missedOnly: false }, `${t('col.week')} ${r.week}`);
  const dueName = withUnit(lang, t('col.due'), t('unit.cases'));
  const inTimeName = withUnit(lang, t('col.inTime'), t('unit.cases'));
  const shareName = withUnit(lang, t('col.inTimeShare'), '%');
  return (
    <ChartCard<Row>
      id="deadline"
      title={t('chart.deadline.title')}
      subtitle={t('chart.deadline.sub')}
      help={t('chart.deadline.help')}
      rows={rows}
      onRowClick={drill}
      legend={[
        { label: dueName, color: '#d9d9d9' },
        { label: inTimeName, color: '#52c41a' },
        { label: shareName, color: '#1677ff' },
      ]}
      columns={[
        { key: 'week', title: t('col.week'), value: (r) => r.week },
        { key: 'due', title: t('col.due'), value: (r) => r.due, align: 'right' },
        { key: 'inTime', title: t('col.inTime'), value: (r) => r.inTime, align: 'right' },
        { key: 'share', title: t('col.inTimeShare'), value: (r) => formatPercent(r.share / 100, lang), align: 'right' },
      ]}
      chart={
        <ResponsiveContainer width="100%" height={chartHeight}>
          <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="week" tick={axisStyle} tickFormatter={(w: string) => w.slice(5)} />
            <YAxis yAxisId="n" tick={axisStyle} allowDecimals={false} />
            <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} tick={axisStyle} unit="%" />
            <Tooltip />
            <Legend verticalAlign="top" height={28} />
            <Bar
              yAxisId="n"
              dataKey="due"
              name={dueName}
              fill="#d9d9d9"
              isAnimationActive={false}
              cursor="pointer"
              onClick={(e) => drill(payloadOf<Row>(e))}
            />
            <Bar
              yAxisId="n"
              dataKey="inTime"
              name={inTimeName}
              fill="#52c41a"
              isAnimationActive={false}
              cursor="pointer"
              onClick={(e) => drill(payloadOf<Row>(e))}
            />
            <Line
              yAxisId="pct"
              dataKey="share"
              name={shareName}
              stroke="#1677ff"
              strokeWidth={2}
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      }
    />
  );
};
