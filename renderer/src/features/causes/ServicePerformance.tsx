import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AnalyticsFilter, DrillTarget, ServiceAnalytics } from '../../../../shared/contract/analytics.contract';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { formatFen, formatNumber, formatPercent } from '../../i18n/format';
import { useErrorText } from '../../ui/error-text';
import { ActionFormModal } from './ActionFormModal';
import { causeName } from './cause-options';

const hourMs = 3_600_000;

/** Minutes under an hour, hours under two days, days beyond: what a service lead reads at a glance. */
export const durationText = (ms: number | null, lang: string, t: TFunction): string => {
  if (ms === null) return t('service.noData');
  if (ms < hourMs) return t('service.duration.minutes', { n: formatNumber(Math.round(ms / 60_000), lang) });
  if (ms < 48 * hourMs) return t('service.duration.hours', { n: formatNumber(ms / hourMs, lang, 1) });
  return t('service.duration.days', { n: formatNumber(ms / (24 * hourMs), lang, 1) });
};

const Figure = ({ title, value, note, testId }: { title: string; value: string; note: string; testId: string }) => (
  <Col xs={24} sm={12} xl={6}>
    <Card size="small" data-testid={testId} style={{ height: '100%' }}>
      <Statistic title={title} value={value} />
      <Typography.Text type="secondary">{note}</Typography.Text>
    </Card>
  </Col>
);

const Figures = ({ s, lang }: { s: ServiceAnalytics; lang: string }) => {
  const { t } = useTranslation('causes');
  const d = (ms: number | null) => durationText(ms, lang, t);
  const p = (r: number) => formatPercent(r, lang);
  return (
    <Row gutter={[12, 12]}>
      <Figure
        testId="service-first-response"
        title={t('service.firstResponse')}
        value={d(s.firstResponse.p50Ms)}
        note={`${t('service.p50p90', { p50: d(s.firstResponse.p50Ms), p90: d(s.firstResponse.p90Ms) })} · ${t('service.basedOn', { count: s.firstResponse.count })}`}
      />
      <Figure
        testId="service-resolution"
        title={t('service.resolution')}
        value={d(s.resolution.p50Ms)}
        note={`${t('service.p50p90', { p50: d(s.resolution.p50Ms), p90: d(s.resolution.p90Ms) })} · ${t('service.basedOn', { count: s.resolution.count })}`}
      />
      <Figure
        testId="service-without-intervention"
        title={t('service.withoutIntervention')}
        value={p(s.resolvedWithoutInterventionShare)}
        note={`${formatNumber(s.resolvedWithoutIntervention, lang)} / ${formatNumber(s.resolved, lang)}`}
      />
      <Figure
        testId="service-overdue"
        title={t('service.overdue')}
        value={p(s.overdue.rate)}
        note={t('service.overdueDetail', { late: s.overdue.wentOverdue, total: s.overdue.withDeadline, now: s.overdue.overdueNow })}
      />
      <Figure
        testId="service-escalation"
        title={t('service.escalation')}
        value={p(s.escalationRate)}
        note={`${formatNumber(s.disputes, lang)} / ${formatNumber(s.cases, lang)}`}
      />
      <Figure
        testId="service-win-rate"
        title={t('service.winRate')}
        value={p(s.intervention.winRate)}
        note={t('service.outcomes', s.intervention)}
      />
      <Figure
        testId="service-compensation"
        title={t('service.compensation')}
        value={formatFen(s.compensationFen, lang)}
        note={t('service.basedOn', { count: s.cases })}
      />
      <Figure
        testId="service-satisfaction"
        title={t('service.satisfaction')}
        value={s.satisfaction.average === null ? t('service.noData') : formatNumber(s.satisfaction.average, lang, 1)}
        note={t('service.satisfactionDetail', { count: s.satisfaction.answers })}
      />
    </Row>
  );
};

type OnDrill = (target: DrillTarget, what: string) => void;

interface CauseRow {
  key: string;
  name: string;
  cases: number;
  disputes: number;
  share: number;
}

const CausePareto = ({ s, lang, onDrill }: { s: ServiceAnalytics; lang: string; onDrill: OnDrill }) => {
  const { t } = useTranslation('causes');
  const rows: CauseRow[] = s.byCause.items.map((c) => ({
    key: c.key,
    name: causeName({ nameZh: c.label.zh, nameEn: c.label.en }, lang),
    cases: c.cases,
    disputes: c.disputes,
    share: Math.round(c.cumulativeShare * 1000) / 10,
  }));
  // A bar opens the quality page's drill-down: the cases behind it, exportable like any chart's.
  const drill = (e: unknown) => {
    const row = (e as { payload?: CauseRow } | undefined)?.payload;
    if (row) onDrill({ chart: 'cause', causeId: row.key }, `${t('card.cause')}: ${row.name}`);
  };
  return (
    <Card size="small" title={t('service.byCause')} data-testid="service-by-cause">
      <Typography.Text type="secondary">{t('service.byCauseHelp')}</Typography.Text>
      <ResponsiveContainer width="100%" height={300}>
        <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 40, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" interval={0} angle={-30} textAnchor="end" tick={{ fontSize: 11 }} />
          <YAxis yAxisId="n" allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend verticalAlign="top" height={28} />
          <Bar
            yAxisId="n"
            dataKey="cases"
            name={t('service.cases')}
            fill="#1677ff"
            isAnimationActive={false}
            cursor="pointer"
            onClick={drill}
          />
          <Bar
            yAxisId="n"
            dataKey="disputes"
            name={t('service.disputes')}
            fill="#e02e24"
            isAnimationActive={false}
            cursor="pointer"
            onClick={drill}
          />
          <Line
            yAxisId="pct"
            dataKey="share"
            name={t('service.cumulative')}
            stroke="#fa8c16"
            strokeWidth={2}
            dot={{ r: 2 }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
      {s.byCause.noCause > 0 && <Typography.Text type="secondary">{t('service.noCause', { count: s.byCause.noCause })}</Typography.Text>}
    </Card>
  );
};

const Agents = ({ s, lang }: { s: ServiceAnalytics; lang: string }) => {
  const { t } = useTranslation('causes');
  return (
    <Card size="small" title={t('service.byAgent')} data-testid="service-by-agent">
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={s.byAgent}
        columns={[
          { title: t('service.agent'), key: 'name', render: (_, a) => a.name ?? t('service.unassigned') },
          { title: t('service.cases'), dataIndex: 'cases', align: 'right' },
          { title: t('service.resolved'), dataIndex: 'resolved', align: 'right' },
          { title: t('service.disputes'), dataIndex: 'disputes', align: 'right' },
          { title: t('service.late'), dataIndex: 'wentOverdue', align: 'right' },
          { title: t('service.responseP50'), key: 'p50', align: 'right', render: (_, a) => durationText(a.firstResponseP50Ms, lang, t) },
        ]}
      />
    </Card>
  );
};

const Months = ({ s }: { s: ServiceAnalytics }) => {
  const { t } = useTranslation('causes');
  return (
    <Card size="small" title={t('service.byMonth')} data-testid="service-by-month">
      <ResponsiveContainer width="100%" height={260}>
        <ComposedChart data={s.months} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="month" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend verticalAlign="top" height={28} />
          <Bar dataKey="cases" name={t('service.cases')} fill="#1677ff" isAnimationActive={false} />
          <Bar dataKey="disputes" name={t('service.disputes')} fill="#e02e24" isAnimationActive={false} />
          <Bar dataKey="overdue" name={t('service.late')} fill="#fa8c16" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </Card>
  );
};

/** The quality page's service section: the same cohort filter, its own request so the quality charts never wait on it. */
export const ServicePerformance = ({ filter, onDrill }: { filter: AnalyticsFilter; onDrill: OnDrill }) => {
  const { t, i18n } = useTranslation('causes');
  const errorText = useErrorText();
  const answer = useCall('analytics.service', { filter });
  const s = answer.data;
  const owner = useSession().user.role === 'owner';
  const [creating, setCreating] = useState(false);
  // Filtered to a SKU, supplier or lot, the owner can act on what the charts show without retyping it.
  const target = filter.skuId ?? filter.supplierId ?? filter.lotId;
  return (
    <section data-testid="service-section" data-ready={s && !answer.loading ? 'true' : 'false'} style={{ marginTop: 24 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ marginBottom: 0 }}>
          {t('service.title')}
        </Typography.Title>
        {owner && target && (
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="service-action-new">
            {t('service.actionForFilter')}
          </Button>
        )}
      </Space>
      <ActionFormModal
        open={creating}
        seed={{ skuId: filter.skuId ?? null, supplierId: filter.supplierId ?? null, lotId: filter.lotId ?? null }}
        onClose={() => setCreating(false)}
        onCreated={() => setCreating(false)}
      />
      <Typography.Paragraph type="secondary">{t('service.subtitle')}</Typography.Paragraph>
      {answer.error && <Alert type="error" showIcon title={errorText(answer.error)} />}
      {!s && !answer.error && <Skeleton active paragraph={{ rows: 6 }} />}
      {s && (
        <>
          <Figures s={s} lang={i18n.language} />
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} xl={12}>
              <CausePareto s={s} lang={i18n.language} onDrill={onDrill} />
            </Col>
            <Col xs={24} xl={12}>
              <Agents s={s} lang={i18n.language} />
            </Col>
            <Col xs={24}>
              <Months s={s} />
            </Col>
          </Row>
        </>
      )}
    </section>
  );
};
