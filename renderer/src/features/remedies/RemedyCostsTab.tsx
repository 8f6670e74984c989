import { Alert, App, Button, Col, Form, InputNumber, Row, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyValue } from '../../../../shared/contract/settings.contract';
import { reasonCategories } from '../../../../shared/domain/aftersales';
import { grades } from '../../../../shared/domain/inspection';
import { domainLabels } from '../../../../shared/domain/labels';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../ui/error-text';

type Rates = PolicyValue['remedyCosts'];
/** The form shows money in yuan; the policy keeps fen. */
interface RatesForm extends Omit<Rates, 'labourFenPerHour' | 'defaultReturnFreightFen' | 'outboundFreightFen'> {
  labourYuanPerHour: number;
  defaultReturnFreightYuan: number;
  outboundFreightYuan: number;
}
const toForm = ({ labourFenPerHour, defaultReturnFreightFen, outboundFreightFen, ...rest }: Rates): RatesForm => ({
  ...rest,
  labourYuanPerHour: labourFenPerHour / 100,
  defaultReturnFreightYuan: defaultReturnFreightFen / 100,
  outboundFreightYuan: outboundFreightFen / 100,
});
const fromForm = ({ labourYuanPerHour, defaultReturnFreightYuan, outboundFreightYuan, ...rest }: RatesForm): Rates => ({
  ...rest,
  labourFenPerHour: Math.round(labourYuanPerHour * 100),
  defaultReturnFreightFen: Math.round(defaultReturnFreightYuan * 100),
  outboundFreightFen: Math.round(outboundFreightYuan * 100),
});

/** Settings → Remedy costs: the rates behind the cheapest-remedy advice. Everyone reads them; the owner edits. */
export const RemedyCostsTab = () => {
  const { t, i18n } = useTranslation('remedies');
  const labels = domainLabels[i18n.language === 'en-US' ? 'en-US' : 'zh-CN'];
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { user } = useSession();
  const policy = useCall('settings.getPolicy', {});
  const [form] = Form.useForm<RatesForm>();
  const [busy, setBusy] = useState(false);
  const canEdit = user.role === 'owner';
  const money = [{ required: true, type: 'number' as const, min: 0, message: t('rates.check.money') }];
  const minutes = [{ required: true, type: 'integer' as const, min: 0, max: 600, message: t('rates.check.minutes') }];
  const percent = [{ required: true, type: 'number' as const, min: 0, max: 100, message: t('rates.check.percent') }];

  useEffect(() => {
    if (policy.data) form.setFieldsValue(toForm(policy.data.remedyCosts));
  }, [policy.data, form]);

  const save = async (values: RatesForm) => {
    setBusy(true);
    try {
      await call('settings.updatePolicy', { remedyCosts: fromForm(values) });
      void message.success(t('rates.saved'));
      policy.reload();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  if (!policy.data) return policy.error ? <Alert type="error" showIcon title={errorText(policy.error)} /> : <Skeleton active />;
  return (
    <div className="remedy-costs-tab" data-testid="remedy-costs-tab">
      <Typography.Paragraph type="secondary">{t('rates.intro')}</Typography.Paragraph>
      <Form<RatesForm> form={form} layout="vertical" disabled={!canEdit} onFinish={(v) => void save(v)}>
        <Row gutter={16}>
          <Col xs={12} md={8}>
            <Form.Item name="labourYuanPerHour" label={t('rates.labour')} rules={money}>
              <InputNumber precision={2} prefix="¥" suffix={t('rates.perHour')} className="full-width" data-testid="rates-labour" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="handlingMinutes" label={t('rates.handling')} rules={minutes}>
              <InputNumber precision={0} suffix={t('rates.minutes')} className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="inspectionMinutes" label={t('rates.inspection')} rules={minutes}>
              <InputNumber precision={0} suffix={t('rates.minutes')} className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="defaultReturnFreightYuan" label={t('rates.returnFreight')} extra={t('rates.returnFreightHelp')} rules={money}>
              <InputNumber precision={2} prefix="¥" className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="outboundFreightYuan" label={t('rates.outboundFreight')} rules={money}>
              <InputNumber precision={2} prefix="¥" className="full-width" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>{t('rates.partialTitle')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('rates.partialHelp')}</Typography.Paragraph>
        <Row gutter={16}>
          {reasonCategories.map((r) => (
            <Col xs={12} md={6} key={r}>
              <Form.Item name={['partialRefundPercentByReason', r]} label={labels.reason[r]} rules={percent}>
                <InputNumber precision={0} suffix="%" className="full-width" />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Typography.Title level={5}>{t('rates.resaleTitle')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('rates.resaleHelp')}</Typography.Paragraph>
        <Row gutter={16}>
          {grades.map((g) => (
            <Col xs={12} md={6} key={g}>
              <Form.Item name={['resaleValuePercentByGrade', g]} label={labels.grade[g]} rules={percent}>
                <InputNumber precision={0} suffix="%" className="full-width" />
              </Form.Item>
            </Col>
          ))}
        </Row>
        {canEdit && (
          <Button type="primary" htmlType="submit" loading={busy} data-testid="rates-save">
            {t('rates.save')}
          </Button>
        )}
      </Form>
    </div>
  );
};
