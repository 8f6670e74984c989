import { InfoCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Select, Space, Tooltip as AntTooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { QcPoint, ScorecardPeriod } from '../../../../shared/contract/scorecard.contract';
import { useCall } from '../../api/useCall';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';

interface Dot extends QcPoint {
  x: number;
  y: number;
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

const DotTip = ({ active, payload, lang }: { active?: boolean; payload?: Array<{ payload: Dot }>; lang: string }) => {
  const { t } = useTranslation('scorecard');
  const d = payload?.[0]?.payload;
  if (!active || !d) return null;
  return (
    <div className="recharts-default-tooltip" style={{ background: '#fff', border: '1px solid #ccc', padding: 8 }}>
      <div>
        <b>
          {t('qc.tip.lot')} {d.lotCode}
        </b>
        {d.escapedQc && <span style={{ color: '#cf1322' }}> · {t('qc.escaped')}</span>}
      </div>
      {d.supplierName && <div>{`${t('qc.tip.supplier')}: ${d.supplierName}`}</div>}
      <div>{`${t('qc.tip.qc')}: ${formatNumber(d.x, lang, 2)} (${t('qc.tip.sampled', { n: d.sampledUnits })})`}</div>
      <div>{`${t('qc.tip.rate')}: ${formatPercent(d.returnRate, lang, 2)} (${t('qc.tip.returned')} ${d.unitsReturned} / ${t('qc.tip.sold')} ${d.unitsSold})`}</div>
      <div>{d.basis === 'labelled' ? t('qc.labelled') : t('qc.estimated')}</div>
    </div>
  );
};

/**
 * "Does QC predict returns?": one SKU's lots, incoming QC defect rate (x) against field return rate (y), dot size =
 * units sold. Labelled and estimated lots have their own shape; lots that escaped QC are red and listed under it.
 */
export const QcVsReturnsCard = ({ period, lang }: { period: ScorecardPeriod; lang: string }) => {
  const { t } = useTranslation('scorecard');
  const errorText = useErrorText();
  const [skuId, setSkuId] = useState<string | undefined>();
  const chart = useCall('scorecard.qcVsReturns', skuId ? { period, skuId } : { period });
  const data = chart.data;
  const dots: Dot[] = (data?.points ?? [])
    .filter((p) => p.qcPer100 !== null)
    .map((p) => ({ ...p, x: round(p.qcPer100 ?? 0, 2), y: round(p.returnRate * 100, 2) }));
  const notInspected = (data?.points.length ?? 0) - dots.length;
  const groups = [
    {
      key: 'labelled',
      name: t('qc.labelled'),
      shape: 'circle' as const,
      color: '#1677ff',
      rows: dots.filter((d) => !d.escapedQc && d.basis === 'labelled'),
    },
    {
      key: 'estimated',
      name: t('qc.estimated'),
      shape: 'triangle' as const,
      color: '#8c8c8c',
      rows: dots.filter((d) => !d.escapedQc && d.basis !== 'labelled'),
    },
    { key: 'escaped', name: t('qc.escaped'), shape: 'diamond' as const, color: '#cf1322', rows: dots.filter((d) => d.escapedQc) },
  ];
  const escaped = dots.filter((d) => d.escapedQc);
  const rule = data?.rule;
  return (
    <Card
      className="scorecard-card"
      size="small"
      data-testid="scorecard-qc"
      data-ready={data && !chart.loading ? 'true' : 'false'}
      title={
        <Space size={6}>
          {t('qc.title')}
          {rule && (
            <AntTooltip title={t('qc.help', { maxQc: rule.maxQcPer100, minUnits: rule.minUnitsSold, factor: rule.returnRateFactor })}>
              <InfoCircleOutlined />
            </AntTooltip>
          )}
        </Space>
      }
      extra={
        <Select
          showSearch
          size="small"
          style={{ width: 280 }}
          optionFilterProp="label"
          value={data?.skuId ?? undefined}
          onChange={setSkuId}
          data-testid="scorecard-qc-sku"
          options={(data?.skus ?? []).map((k) => ({
            value: k.skuId,
            label: `${k.code} · ${k.productName} (${t('qc.lotsInspected', { n: k.lots })})`,
          }))}
        />
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t('qc.sub')}
      </Typography.Paragraph>
      {chart.error && <Alert type="error" showIcon title={errorText(chart.error)} />}
      {data && dots.length === 0 ? (
        <Typography.Text type="secondary">{t('qc.noPoints')}</Typography.Text>
      ) : (
        <ResponsiveContainer width="100%" height={360}>
          <ScatterChart margin={{ top: 12, right: 24, bottom: 24, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="x"
              name={t('qc.x')}
              tick={{ fontSize: 12 }}
              label={{ value: t('qc.x'), position: 'insideBottom', offset: -12, fontSize: 12 }}
            />
            <YAxis
              type="number"
              dataKey="y"
              name={t('qc.y')}
              tick={{ fontSize: 12 }}
              label={{ value: t('qc.y'), angle: -90, position: 'insideLeft', fontSize: 12 }}
            />
            <ZAxis type="number" dataKey="unitsSold" range={[40, 600]} />
            {data && (
              <ReferenceLine
                y={round(data.skuReturnRate * 100, 2)}
                stroke="#fa8c16"
                strokeDasharray="4 4"
                label={{
                  value: t('qc.skuRate', { rate: formatPercent(data.skuReturnRate, lang, 2) }),
                  position: 'insideTopRight',
                  fontSize: 12,
                }}
              />
            )}
            <Tooltip content={<DotTip lang={lang} />} />
            <Legend verticalAlign="top" height={28} />
            {groups.map((g) => (
              <Scatter
                key={g.key}
                name={g.name}
                data={g.rows}
                fill={g.color}
                shape={g.shape}
                isAnimationActive={false}
                fillOpacity={0.75}
              />
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      )}
      {data && (
        <div data-testid="scorecard-qc-escaped">
          <Typography.Text type={escaped.length ? 'danger' : 'secondary'}>
            {escaped.length
              ? t('qc.escapedList', { lots: escaped.map((d) => d.lotCode).join(lang === 'en-US' ? ', ' : '、') })
              : t('qc.noEscaped')}
          </Typography.Text>
          {notInspected > 0 && (
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {t('qc.notInspected', { n: notInspected })}
            </Typography.Text>
          )}
        </div>
      )}
    </Card>
  );
};
