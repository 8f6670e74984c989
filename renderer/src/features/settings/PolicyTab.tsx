import { Alert, App, Button, Form, InputNumber, Select, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyValue } from '../../../../shared/contract/settings.contract';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../ui/error-text';

const timezones = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'UTC'];

/** The deadline defaults. Everyone can read them (they explain the deadlines they see); only the owner edits. */
export const PolicyTab = () => {
  const { t, i18n } = useTranslation('settings');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { user } = useSession();
  const policy = useCall('settings.getPolicy', {});
  const [form] = Form.useForm<PolicyValue>();
  const [busy, setBusy] = useState(false);
  const canEdit = user.role === 'owner';
  // No min/max on the inputs: they would silently turn 0 or −5 into 1. The rule refuses them with a message instead.
  const hoursRules = [{ required: true, type: 'integer' as const, min: 1, max: 720, message: t('policyCheck.hours') }];

  useEffect(() => {
    if (policy.data) form.setFieldsValue(policy.data);
  }, [policy.data, form]);

  // A message already shown follows a language switch (antd keeps the text it validated with).
  useEffect(() => {
    const shown = form
      .getFieldsError()
      .filter((field) => field.errors.length > 0)
      .map((field) => field.name);
    if (shown.length > 0) void form.validateFields(shown).catch(() => undefined);
  }, [i18n.language, form]);

  const save = async (values: PolicyValue) => {
    setBusy(true);
    try {
      await call('settings.updatePolicy', values);
      void message.success(t('policy.saved'));
      policy.reload();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  if (!policy.data) return policy.error ? <Alert type="error" showIcon title={errorText(policy.error)} /> : <Skeleton active />;
  return (
    <div className="policy-tab">
      <Typography.Paragraph type="secondary">{t('policy.intro')}</Typography.Paragraph>
      {!canEdit && <Alert type="info" showIcon title={t('policy.readOnly')} className="policy-readonly" />}
      <Form<PolicyValue>
        form={form}
        layout="horizontal"
        labelCol={{ span: 9 }}
        wrapperCol={{ span: 15 }}
        disabled={!canEdit}
        onFinish={(v) => void save(v)}
        className="policy-form"
      >
        <Form.Item name="responseHours" label={t('policy.responseHours')} extra={t('policy.responseHelp')} rules={hoursRules}>
          <InputNumber precision={0} suffix={t('policy.hours')} data-testid="policy-response-hours" />
        </Form.Item>
        <Form.Item name="refundHours" label={t('policy.refundHours')} rules={hoursRules}>
          <InputNumber precision={0} suffix={t('policy.hours')} data-testid="policy-refund-hours" />
        </Form.Item>
        <Form.Item
          name="noReasonWindowDays"
          label={t('policy.noReasonWindowDays')}
          rules={[{ required: true, type: 'integer', min: 0, max: 90, message: t('policyCheck.days') }]}
        >
          <InputNumber precision={0} suffix={t('policy.days')} data-testid="policy-window-days" />
        </Form.Item>
        <Form.Item name="timezone" label={t('policy.timezone')} rules={[{ required: true }]}>
          <Select
            className="policy-select"
            options={timezones.map((z) => ({ value: z, label: t(`policy.zone.${z}`, { defaultValue: z }) }))}
          />
        </Form.Item>
        <Form.Item name="locale" label={t('policy.locale')} rules={[{ required: true }]}>
          <Select
            className="policy-select"
            options={[
              { value: 'zh-CN', label: '简体中文' },
              { value: 'en-US', label: 'English' },
            ]}
          />
        </Form.Item>
        {canEdit && (
          <Form.Item wrapperCol={{ offset: 9 }}>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="policy-save">
              {t('policy.save')}
            </Button>
          </Form.Item>
        )}
      </Form>
    </div>
  );
};
