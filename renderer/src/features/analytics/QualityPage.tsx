import { Alert, Button, Col, Row, Skeleton, Spin, Typography } from 'antd';
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AnalyticsFilter } from '../../../../shared/contract/analytics.contract';
import { defaultMinVolume, type RateDimension } from '../../../../shared/domain/metrics';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { EmptyArea } from '../../ui/EmptyArea';
import { CostCard } from './charts/CostCard';
import { DeadlineCard } from './charts/DeadlineCard';
import { GoodwillCard } from './charts/GoodwillCard';
import { MatrixCard } from './charts/MatrixCard';
import { MixCard } from './charts/MixCard';
import { ParetoCard } from './charts/ParetoCard';
import { RatesCard } from './charts/RatesCard';
import { TrendCard } from './charts/TrendCard';
import { LotBasisLine } from '../lots/LotBasisLine';
import type { ChartProps } from './charts/types';
import { DrillDrawer, type DrillRequest } from './DrillDrawer';
import { KpiHeader } from './KpiHeader';
import { QualityFilters } from './QualityFilters';
import { seriesInfo } from './series';
import { WhenVisible } from './WhenVisible';
import './analytics.css';
import { useErrorText } from '../../ui/error-text';
import { ChartCaption, filterCaption } from './chart-caption';
import { ServicePerformance } from '../causes/ServicePerformance';

/**
 * The cards re-render only when their props change (new answer, language, rate controls). A filter change
 * renders the page twice before the answer arrives (new filter, then loading); without memo every Recharts chart
 * re-drew twice with the old numbers, which cost most of the filter-to-redraw time.
 * WhenVisible draws the cards in view with the answer's commit and the others in idle time after it.
 */
const Pareto = memo(ParetoCard);
const Cost = memo(CostCard);
const Goodwill = memo(GoodwillCard);
const Rates = memo(RatesCard);
const Mix = memo(MixCard);
const Trend = memo(TrendCard);
const Matrix = memo(MatrixCard);
const Deadline = memo(DeadlineCard);
const Kpi = memo(KpiHeader);
/** The filter bar (four selects, one with every lot) has nothing new to show when an answer arrives. */
const Filters = memo(QualityFilters);

export const QualityPage = () => {
  const { t, i18n } = useTranslation('analytics');
  const errorText = useErrorText();
  const lang = i18n.language;
  const [filter, setFilter] = useState<AnalyticsFilter>({});
  const [dimension, setDimension] = useState<RateDimension>('sku');
  const [minVolume, setMinVolume] = useState(defaultMinVolume);
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const navigate = useNavigate();
  // Only the roles that may import get the shortcut; the import area itself is hidden from the others.
  const canImport = useSession().user.role !== 'inspector';
  const options = useCall('analytics.options', {});
  const request = useMemo(() => ({ filter, dimension, minVolume }), [filter, dimension, minVolume]);
  const caption = useMemo(() => filterCaption(filter, options.data, t), [filter, options.data, t]);
  const dashboard = useCall('analytics.dashboard', request);
  const data = dashboard.data;
  const otherLabel = t('series.other');
  const series = useMemo(() => seriesInfo(data?.keys ?? [], lang, otherLabel), [data?.keys, lang, otherLabel]);
  const onDrill = useCallback<ChartProps['onDrill']>((target, what) => setDrill({ target, what }), []);
  const props = useMemo<ChartProps | null>(() => (data ? { data, series, lang, onDrill } : null), [data, series, lang, onDrill]);
  const ratesProps = useMemo(
    () => (props ? { ...props, dimension, minVolume, onDimension: setDimension, onMinVolume: setMinVolume } : null),
    [props, dimension, minVolume],
  );

  if (options.data && options.data.months.length === 0) {
    const importFirst = canImport && (
      <Button type="primary" onClick={() => void navigate('/import')} data-testid="quality-import-first">
        {t('emptyAction.importFirst')}
      </Button>
    );
    return <EmptyArea title={t('empty.title')} hint={t('empty.hint')} action={importFirst} />;
  }

  return (
    <div
      className="quality-page"
      data-testid="quality-page"
      data-ready={data && !dashboard.loading ? 'true' : 'false'}
      data-request={JSON.stringify(request)}
    >
      <div className="quality-header">
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
        <Spin spinning={dashboard.loading && data !== undefined} size="small" />
      </div>
      <div className="quality-filter-bar">
        <Filters options={options.data} filter={filter} onChange={setFilter} />
      </div>
      {dashboard.error && <Alert type="error" showIcon title={errorText(dashboard.error)} style={{ marginBottom: 16 }} />}
      {!props || !ratesProps ? (
        <Skeleton active paragraph={{ rows: 12 }} />
      ) : (
        <>
          <Kpi kpi={props.data.kpi} lang={lang} />
          <ChartCaption.Provider value={caption}>
            <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
              <Col xs={24} xl={12}>
                <WhenVisible testId="pareto" value={props} placeholderHeight={420}>
                  {(p) => <Pareto {...p} />}
                </WhenVisible>
              </Col>
              <Col xs={24} xl={12}>
                <WhenVisible testId="cost" value={props} placeholderHeight={420}>
                  {(p) => <Cost {...p} />}
                </WhenVisible>
              </Col>
              <Col xs={24}>
                <WhenVisible testId="goodwill" value={props} placeholderHeight={420}>
                  {(p) => <Goodwill {...p} />}
                </WhenVisible>
              </Col>
              <Col xs={24}>
                <WhenVisible testId="rates" value={ratesProps} placeholderHeight={900}>
                  {(p) => <Rates {...p} />}
                </WhenVisible>
                {(dimension === 'supplier' || dimension === 'lot') && <LotBasisLine filter={filter} />}
              </Col>
              <Col xs={24}>
                <WhenVisible testId="mix" value={props} placeholderHeight={420}>
                  {(p) => <Mix {...p} />}
                </WhenVisible>
              </Col>
              <Col xs={24}>
                <WhenVisible testId="trend" value={props} placeholderHeight={420}>
                  {(p) => <Trend {...p} />}
                </WhenVisible>
              </Col>
              <Col xs={24}>
                <WhenVisible testId="matrix" value={props} placeholderHeight={420}>
                  {(p) => <Matrix {...p} />}
                </WhenVisible>
              </Col>
              <Col xs={24}>
                <WhenVisible testId="deadline" value={props} placeholderHeight={420}>
                  {(p) => <Deadline {...p} />}
                </WhenVisible>
              </Col>
            </Row>
          </ChartCaption.Provider>
          {canImport && <ServicePerformance filter={filter} onDrill={onDrill} />}
        </>
      )}
      <DrillDrawer filter={filter} drill={drill} series={series} onClose={() => setDrill(null)} />
    </div>
  );
};
