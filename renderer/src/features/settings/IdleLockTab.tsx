import { Alert, App, Button, Form, InputNumber, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { idleLockBounds, type IdleLockMinutes } from '../../../../shared/domain/idle-lock';
import { roles } from '../../../../shared/domain/roles';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useErrorText } from '../../ui/error-text';

/** Owner only: how long each role's window may sit untouched before it locks to the login picker. */
export const IdleLockTab = () => {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const current = useCall('settings.getIdleLock', {});
  const [form] = Form.useForm<IdleLockMinutes>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (current.data) form.setFieldsValue(current.data);
  }, [current.data, form]);

  const save = async (values: IdleLockMinutes) => {
    setBusy(true);
    try {
      await call('settings.updateIdleLock', values);
      void message.success(t('idleLock.saved'));
      current.reload();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  if (!current.data) return current.error ? <Alert type="error" showIcon title={errorText(current.error)} /> : <Skeleton active />;
  return (
    <div className="policy-tab">
      <Typography.Paragraph type="secondary">{t('idleLock.intro')}</Typography.Paragraph>
      <Form<IdleLockMinutes>
        form={form}
        layout="horizontal"
        labelCol={{ span: 9 }}
        wrapperCol={{ span: 15 }}
        onFinish={(v) => void save(v)}
        className="policy-form"
      >
        {roles.map((role) => (
          <Form.Item
            key={role}
            name={role}
            label={tc(`role.${role}`)}
            rules={[
              {
                required: true,
                type: 'integer',
                min: idleLockBounds.min,
                max: idleLockBounds.max,
                message: t('idleLock.range', idleLockBounds),
              },
            ]}
          >
            <InputNumber
              min={idleLockBounds.min}
              max={idleLockBounds.max}
              precision={0}
              suffix={t('idleLock.minutes')}
              data-testid={`idle-lock-${role}`}
            />
          </Form.Item>
        ))}
        <Form.Item wrapperCol={{ offset: 9 }}>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="idle-lock-save">
            {t('idleLock.save')}
          </Button>
        </Form.Item>
      </Form>
    </div>
  );
};
