import { Alert, App, Button, Form, InputNumber, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../ui/error-text';

/** The follow-up setting (Policy.followUp): how many days after a case resolves the desk calls the buyer back. */
export const FollowUpTab = () => {
  const { t } = useTranslation('clocks');
  const errorText = useErrorText();
  const { message } = App.useApp();
  const { user } = useSession();
  const policy = useCall('settings.getPolicy', {});
  const [form] = Form.useForm<{ days: number }>();
  const [busy, setBusy] = useState(false);
  const canEdit = user.role === 'owner';

  useEffect(() => {
    if (policy.data) form.setFieldsValue(policy.data.followUp);
  }, [policy.data, form]);

  const save = async ({ days }: { days: number }) => {
    setBusy(true);
    try {
      await call('settings.updatePolicy', { followUp: { days } });
      void message.success(t('settings.saved'));
      policy.reload();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  if (!policy.data) return policy.error ? <Alert type="error" showIcon title={errorText(policy.error)} /> : <Skeleton active />;
  return (
    <div data-testid="follow-up-settings">
      <Typography.Paragraph type="secondary">{t('settings.intro')}</Typography.Paragraph>
      <Form form={form} layout="inline" disabled={!canEdit} onFinish={(v) => void save(v)}>
        {/* No min/max on the input: it would silently turn 0 into 1. The rule refuses it with a message instead. */}
        <Form.Item
          name="days"
          label={t('settings.days')}
          rules={[{ required: true, type: 'integer', min: 1, max: 30, message: t('settings.range') }]}
        >
          <InputNumber precision={0} suffix={t('settings.daysUnit')} data-testid="follow-up-days" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="follow-up-save">
            {t('settings.save')}
          </Button>
        </Form.Item>
      </Form>
    </div>
  );
};
