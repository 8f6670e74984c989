import { Alert, App, Button, Form, InputNumber, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EscalationPolicy } from '../../../../shared/domain/policy';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../ui/error-text';

/** Policy.escalation: the evidence deadline the intervention form suggests, and how long an escalation may wait for the owner. */
export const EscalationSettingsTab = () => {
  const { t } = useTranslation('escalation');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { user } = useSession();
  const policy = useCall('settings.getPolicy', {});
  const [form] = Form.useForm<EscalationPolicy>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (policy.data) form.setFieldsValue(policy.data.escalation);
  }, [policy.data, form]);

  const save = async (escalation: EscalationPolicy) => {
    setBusy(true);
    try {
      await call('settings.updatePolicy', { escalation });
      void message.success(t('saved'));
      policy.reload();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  if (!policy.data) return policy.error ? <Alert type="error" showIcon title={errorText(policy.error)} /> : <Skeleton active />;
  return (
    <div data-testid="escalation-settings">
      <Typography.Paragraph type="secondary">{t('settings.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" disabled={user.role !== 'owner'} onFinish={(v) => void save(v)}>
        {/* No min/max on the inputs: they would silently change a typed 0. The rules refuse it with a message instead. */}
        <Form.Item
          name="defaultEvidenceHours"
          label={t('settings.evidenceHours')}
          extra={t('settings.evidenceHoursHint')}
          rules={[{ required: true, type: 'integer', min: 1, max: 720, message: t('settings.evidenceRange') }]}
        >
          <InputNumber precision={0} suffix={t('settings.hours')} data-testid="escalation-evidence-hours" />
        </Form.Item>
        <Form.Item
          name="ownerAnswerHours"
          label={t('settings.ownerHours')}
          extra={t('settings.ownerHoursHint')}
          rules={[{ required: true, type: 'integer', min: 1, max: 72, message: t('settings.ownerRange') }]}
        >
          <InputNumber precision={0} suffix={t('settings.hours')} data-testid="escalation-owner-hours" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="escalation-settings-save">
            {t('form.save')}
          </Button>
        </Form.Item>
      </Form>
    </div>
  );
};
