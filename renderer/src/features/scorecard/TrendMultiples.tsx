import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Scorecard } from '../../../../shared/contract/scorecard.contract';
import { formatPercent } from '../../i18n/format';

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Small multiples: one chart per supplier with the same axes' meaning, so a drifting supplier stands out by shape.
 * Suppliers without sales in the period are listed by name only.
 */
export const TrendMultiples = ({ card, lang }: { card: Scorecard; lang: string }) => {
  const { t } = useTranslation('scorecard');
  const selling = card.suppliers.filter((s) => s.unitsSold > 0);
  const top = Math.max(0.01, ...selling.flatMap((s) => s.trend.map((m) => m.returnRate)));
  return (
    <Card className="scorecard-card" size="small" title={t('trend.title')} data-testid="scorecard-trend">
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t('trend.sub')}
      </Typography.Paragraph>
      <div className="scorecard-multiples">
        {card.suppliers.map((s) => (
          <div className="scorecard-multiple" key={s.supplierId} data-testid={`scorecard-multiple-${s.supplierId}`}>
            <div className="scorecard-multiple-title" title={s.name}>
              {s.name} · {formatPercent(s.returnRate, lang, 1)}
            </div>
            {s.unitsSold === 0 ? (
              <Typography.Text type="secondary">{t('trend.noSales')}</Typography.Text>
            ) : (
              <ResponsiveContainer width="100%" height={120}>
                <LineChart
                  data={s.trend.map((m) => ({
                    month: m.month.slice(2),
                    rate: round(m.returnRate * 100, 2),
                    qc: m.qcPer100 === null ? null : round(m.qcPer100, 2),
                  }))}
                  margin={{ top: 6, right: 0, bottom: 0, left: -18 }}
                >
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="month" tick={{ fontSize: 10 }} interval="preserveStartEnd" />
                  <YAxis yAxisId="rate" tick={{ fontSize: 10 }} domain={[0, round(top * 100, 1)]} />
                  <YAxis yAxisId="qc" orientation="right" tick={{ fontSize: 10, fill: '#1677ff' }} width={28} />
                  <Tooltip />
                  <Line yAxisId="rate" dataKey="rate" name={t('trend.returnRate')} stroke="#fa541c" dot={false} isAnimationActive={false} />
                  <Line
                    yAxisId="qc"
                    dataKey="qc"
                    name={t('trend.qc')}
                    stroke="#1677ff"
                    strokeDasharray="4 2"
                    dot={false}
                    connectNulls
                    isAnimationActive={false}
                  />
                </LineChart>
              </ResponsiveContainer>
            )}
          </div>
        ))}
      </div>
    </Card>
  );
};
