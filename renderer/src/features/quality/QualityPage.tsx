import { Alert, Col, Row, Skeleton, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalyticsFilter } from '../../../../shared/contract/analytics.contract';
import { defaultMinVolume, type RateDimension } from '../../../../shared/domain/metrics';
import { useCall } from '../../api/useCall';
import { EmptyArea } from '../../ui/EmptyArea';
import { CostCard } from './charts/CostCard';
import { DeadlineCard } from './charts/DeadlineCard';
import { MatrixCard } from './charts/MatrixCard';
import { MixCard } from './charts/MixCard';
import { ParetoCard } from './charts/ParetoCard';
import { RatesCard } from './charts/RatesCard';
import { TrendCard } from './charts/TrendCard';
import type { ChartProps } from './charts/types';
import { DrillDrawer, type DrillRequest } from './DrillDrawer';
import { KpiHeader } from './KpiHeader';
import { QualityFilters } from './QualityFilters';
import { seriesInfo } from './series';
import './quality.css';

export const QualityPage = () => {
  const { t, i18n } = useTranslation('quality');
  const lang = i18n.language;
  const [filter, setFilter] = useState<AnalyticsFilter>({});
  const [dimension, setDimension] = useState<RateDimension>('sku');
  const [minVolume, setMinVolume] = useState(defaultMinVolume);
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const options = useCall('analytics.options', {});
  const request = useMemo(() => ({ filter, dimension, minVolume }), [filter, dimension, minVolume]);
  const dashboard = useCall('analytics.dashboard', request);
  const data = dashboard.data;
  const series = useMemo(() => seriesInfo(data?.keys ?? [], lang), [data?.keys, lang]);

  if (options.data && options.data.months.length === 0) return <EmptyArea title={t('empty.title')} hint={t('empty.hint')} />;

  const props: ChartProps | null = data ? { data, series, lang, onDrill: (target, what) => setDrill({ target, what }) } : null;
  return (
    <div className="quality-page" data-testid="quality-page" data-ready={data && !dashboard.loading ? 'true' : 'false'} data-request={JSON.stringify(request)}>
      <div className="quality-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>{t('title')}</Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
        <Spin spinning={dashboard.loading && data !== undefined} size="small" />
      </div>
      <div className="quality-filter-bar">
        <QualityFilters options={options.data} filter={filter} onChange={setFilter} />
      </div>
      {dashboard.error && <Alert type="error" showIcon title={dashboard.error.message} style={{ marginBottom: 16 }} />}
      {!props ? (
        <Skeleton active paragraph={{ rows: 12 }} />
      ) : (
        <>
          <KpiHeader kpi={props.data.kpi} lang={lang} />
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} xl={12}><ParetoCard {...props} /></Col>
            <Col xs={24} xl={12}><CostCard {...props} /></Col>
            <Col xs={24}>
              <RatesCard {...props} dimension={dimension} minVolume={minVolume} onDimension={setDimension} onMinVolume={setMinVolume} />
            </Col>
            <Col xs={24}><MixCard {...props} /></Col>
            <Col xs={24}><TrendCard {...props} /></Col>
            <Col xs={24}><MatrixCard {...props} /></Col>
            <Col xs={24}><DeadlineCard {...props} /></Col>
          </Row>
        </>
      )}
      <DrillDrawer filter={filter} drill={drill} series={series} onClose={() => setDrill(null)} />
    </div>
  );
};
