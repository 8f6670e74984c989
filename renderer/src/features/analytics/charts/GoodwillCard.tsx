import { Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatFen } from '../../../i18n/format';
import { ChartCard } from '../ChartCard';
import { axisStyle, payloadOf, withUnit, type ChartProps } from './types';

interface Row {
  key: string;
  name: string;
  coupon: number;
  smallPayment: number;
  partialRefund: number;
  total: number;
}

type GoodwillBy = 'sku' | 'reason';
const parts = ['coupon', 'smallPayment', 'partialRefund'] as const;
const colors = { coupon: '#13c2c2', smallPayment: '#faad14', partialRefund: '#eb2f96' };
const yuan = (fen: number) => Math.round(fen) / 100;

/**
 * The goodwill segment of the cost of returns (docs/METRICS.md "Goodwill"): coupons, small payments (小额打款) and
 * partial refunds from the compensation ledger, by SKU (the 30 costliest) or by the buyer's reason.
 */
export const GoodwillCard = ({ data, lang, onDrill }: ChartProps) => {
  const { t } = useTranslation('analytics');
  const [by, setBy] = useState<GoodwillBy>('sku');
  const source =
    by === 'sku'
      ? data.goodwill.bySku.map((r) => ({ ...r, name: lang === 'en-US' ? r.label.en : r.label.zh }))
      : data.goodwill.byReason.map((r) => ({ ...r, name: t(`reason.${r.key}`, { defaultValue: t('reason.other') }) }));
  const rows: Row[] = source.map((r) => ({
    key: r.key,
    name: r.name,
    coupon: yuan(r.couponFen),
    smallPayment: yuan(r.smallPaymentFen),
    partialRefund: yuan(r.partialRefundFen),
    total: yuan(r.totalFen),
  }));
  const drill = (r: Row | undefined) => r && onDrill({ chart: 'goodwill', by, key: r.key }, `${t(`col.${by}`)} ${r.name}`);
  const unit = t('unit.yuan');
  const named = parts.map((k) => ({ key: k, name: withUnit(lang, t(`col.${k}`), unit) }));
  return (
    <ChartCard<Row>
      id="goodwill"
      title={t('chart.goodwill.title')}
      subtitle={t('chart.goodwill.sub', { total: formatFen(data.goodwill.totalFen, lang) })}
      help={t('chart.goodwill.help')}
      rows={rows}
      onRowClick={drill}
      legend={named.map((p) => ({ label: p.name, color: colors[p.key] }))}
      controls={
        <Segmented
          size="small"
          value={by}
          onChange={(v) => setBy(v === 'reason' ? 'reason' : 'sku')}
          data-testid="goodwill-by"
          options={[
            { value: 'sku', label: t('chart.goodwill.bySku') },
            { value: 'reason', label: t('chart.goodwill.byReason') },
          ]}
        />
      }
      columns={[
        { key: 'group', title: t(`col.${by}`), value: (r) => r.name },
        ...named.map((p) => ({ key: p.key, title: p.name, value: (r: Row) => r[p.key], align: 'right' as const })),
        { key: 'total', title: withUnit(lang, t('col.total'), unit), value: (r) => r.total, align: 'right' },
      ]}
      chart={
        rows.length === 0 ? (
          <Typography.Paragraph type="secondary" className="quality-card-empty" data-testid="goodwill-empty">
            {t('chart.goodwill.empty')}
          </Typography.Paragraph>
        ) : (
          <ResponsiveContainer width="100%" height={Math.max(200, rows.length * 26 + 70)}>
            <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" tick={axisStyle} tickFormatter={(v: number) => `¥${v >= 10000 ? `${Math.round(v / 1000)}k` : v}`} />
              <YAxis type="category" dataKey="name" tick={axisStyle} width={150} interval={0} />
              <Tooltip formatter={(v) => formatFen(Math.round(Number(v) * 100), lang)} />
              {/* In the order of the stack (coupon, small payment, partial refund), not sorted by name in each language. */}
              <Legend verticalAlign="top" height={28} itemSorter={null} />
              {named.map((p) => (
                <Bar
                  key={p.key}
                  dataKey={p.key}
                  stackId="goodwill"
                  name={p.name}
                  fill={colors[p.key]}
                  isAnimationActive={false}
                  cursor="pointer"
                  onClick={(e) => drill(payloadOf<Row>(e))}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        )
      }
    />
  );
};
