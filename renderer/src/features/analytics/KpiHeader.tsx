import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/contract/analytics.contract';
import { formatFen, formatNumber, formatPercent } from '../../i18n/format';

const Kpi = ({ title, value, note, testId, accent }: { title: string; value: string; note: string; testId: string; accent: string }) => (
  <Col xs={24} sm={12} xl={6}>
    <Card className="quality-kpi" data-testid={testId} style={{ borderTop: `3px solid ${accent}` }}>
      <Statistic title={title} value={value} />
      <Typography.Text type="secondary">{note}</Typography.Text>
    </Card>
  </Col>
);

export const KpiHeader = ({ kpi, lang }: { kpi: Dashboard['kpi']; lang: string }) => {
  const { t } = useTranslation('analytics');
  return (
    <Row gutter={[16, 16]}>
      <Kpi
        testId="kpi-sold"
        accent="#1677ff"
        title={t('kpi.unitsSold')}
        value={formatNumber(kpi.unitsSold, lang)}
        note={t('kpi.soldHint')}
      />
      <Kpi
        testId="kpi-rate"
        accent="#e02e24"
        title={t('kpi.returnRate')}
        value={formatPercent(kpi.returnRate, lang, 2)}
        note={t('kpi.returned', { count: kpi.unitsReturned, units: formatNumber(kpi.unitsReturned, lang) })}
      />
      <Kpi
        testId="kpi-rwr"
        accent="#fa8c16"
        title={t('kpi.refundedWithoutReturn')}
        value={`${formatNumber(kpi.refundedWithoutReturnUnits, lang)} ${t('unit.units')}`}
        note={t('kpi.refundedAmount', { amount: formatFen(kpi.refundedWithoutReturnFen, lang) })}
      />
      <Kpi
        testId="kpi-cost"
        accent="#722ed1"
        title={t('kpi.cost')}
        value={formatFen(kpi.costOfReturnsFen, lang)}
        note={t('kpi.costHint', { goodwill: formatFen(kpi.goodwillFen, lang) })}
      />
    </Row>
  );
};
