import { InputNumber, Segmented, Space, Tooltip as AntTooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RateDimension } from '../../../../../shared/domain/metrics';
import { rateDimensions } from '../../../../../shared/domain/metrics';
import { formatNumber, formatPercent } from '../../../i18n/format';
import { ScorecardLink } from '../../scorecard/ScorecardLink';
import { ChartCard } from '../ChartCard';
import { axisStyle, payloadOf, pct, withUnit, type ChartProps } from './types';

interface Row {
  key: string;
  name: string;
  rate: number;
  unitsSold: number;
  unitsReturned: number;
  rwr: number;
}

/**
 * The chart ranks the top groups; the table view and the exports list every one. Sixty labelled bars made a
 * 1,600 px card whose drawing alone cost a filter change ~0.3 s, and nobody reads rank 40 off a bar chart.
 */
const chartBars = 20;

export interface RatesControls {
  dimension: RateDimension;
  minVolume: number;
  onDimension: (d: RateDimension) => void;
  onMinVolume: (n: number) => void;
}

export const RatesCard = ({ data, lang, onDrill, dimension, minVolume, onDimension, onMinVolume }: ChartProps & RatesControls) => {
  const { t } = useTranslation('analytics');
  const rows: Row[] = data.rates.map((r) => ({
    key: r.key,
    name: lang === 'en-US' ? r.label.en : r.label.zh,
    rate: pct(r.returnRate, 2),
    unitsSold: r.unitsSold,
    unitsReturned: r.unitsReturned,
    rwr: r.refundedWithoutReturnUnits,
  }));
  const drill = (r: Row | undefined) => r && onDrill({ chart: 'rates', dimension, key: r.key }, `${t(`dimension.${dimension}`)} ${r.name}`);
  const rateName = withUnit(lang, t('col.returnRate'), '%');
  const bars = rows.slice(0, chartBars);
  const height = Math.max(220, bars.length * 26 + 60);
  const subtitle =
    rows.length > bars.length
      ? `${t('chart.rates.sub')} · ${t('chart.rates.top', { shown: bars.length, total: rows.length })}`
      : t('chart.rates.sub');
  return (
    <ChartCard<Row>
      id="rates"
      title={t('chart.rates.title')}
      subtitle={subtitle}
      help={t('chart.rates.help')}
      rows={rows}
      onRowClick={drill}
      legend={[{ label: rateName, color: '#fa541c' }]}
      controls={
        <Space size={6}>
          {dimension === 'supplier' && <ScorecardLink />}
          <Segmented
            size="small"
            value={dimension}
            onChange={(v) => onDimension(v)}
            data-testid="rates-dimension"
            options={rateDimensions.map((d) => ({ value: d, label: t(`dimension.${d}`) }))}
          />
          <AntTooltip title={t('minVolumeHelp')}>
            <InputNumber
              size="small"
              min={0}
              max={1_000_000}
              value={minVolume}
              onChange={(v) => onMinVolume(v ?? 0)}
              prefix={t('minVolume')}
              style={{ width: 150 }}
              data-testid="min-volume"
            />
          </AntTooltip>
        </Space>
      }
      columns={[
        { key: 'group', title: t(`dimension.${dimension}`), value: (r) => r.name },
        { key: 'unitsSold', title: t('col.unitsSold'), value: (r) => r.unitsSold, align: 'right' },
        { key: 'unitsReturned', title: t('col.unitsReturned'), value: (r) => r.unitsReturned, align: 'right' },
        { key: 'rate', title: t('col.returnRate'), value: (r) => formatPercent(r.rate / 100, lang, 2), align: 'right' },
        { key: 'rwr', title: t('col.rwr'), value: (r) => r.rwr, align: 'right' },
      ]}
      chart={
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 120, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tick={axisStyle} unit="%" />
            <YAxis type="category" dataKey="name" tick={axisStyle} width={130} interval={0} />
            <Tooltip formatter={(v) => `${String(v)}%`} />
            <Legend verticalAlign="top" height={28} />
            <Bar
              dataKey="rate"
              name={rateName}
              fill="#fa541c"
              isAnimationActive={false}
              cursor="pointer"
              onClick={(e) => drill(payloadOf<Row>(e))}
            >
              <LabelList
                dataKey="unitsSold"
                position="right"
                style={{ fontSize: 11, fill: '#595959' }}
                formatter={(v) => `${t('col.unitsSold')} ${formatNumber(Number(v), lang)}`}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
    />
  );
};
