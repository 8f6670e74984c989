import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/contract/auth.contract';
import { call } from '../api/client';
import { storedLanguage } from '../i18n';
import { useErrorText } from '../ui/error-text';
import { useRewordsOnLanguage } from '../ui/use-rewords-on-language';
import { AuthCard } from './AuthCard';

interface SetupFields {
  name: string;
  pin: string;
  pinConfirm: string;
}

export const SetupOwner = ({ onDone }: { onDone: (user: SessionUser) => void }) => {
  const { t } = useTranslation('auth');
  const errorText = useErrorText();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<SetupFields>();
  useRewordsOnLanguage(form);

  const submit = async (fields: SetupFields) => {
    setBusy(true);
    setError(undefined);
    try {
      onDone(await call('auth.setupOwner', { name: fields.name, pin: fields.pin, locale: storedLanguage() }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const pinRules = [
    { required: true, message: t('required') },
    { pattern: /^\d{6,12}$/, message: t('pinRule') },
  ];
  return (
    <AuthCard title={t('setup.title')}>
      <Typography.Paragraph type="secondary">{t('setup.intro')}</Typography.Paragraph>
      <Form<SetupFields> form={form} layout="vertical" size="large" onFinish={(v) => void submit(v)} requiredMark={false}>
        <Form.Item name="name" label={t('setup.name')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
          <Input autoFocus maxLength={40} data-testid="setup-name" />
        </Form.Item>
        <Form.Item name="pin" label={t('setup.pin')} rules={pinRules}>
          <Input.Password inputMode="numeric" maxLength={12} data-testid="setup-pin" />
        </Form.Item>
        <Form.Item
          name="pinConfirm"
          label={t('setup.pinConfirm')}
          dependencies={['pin']}
          rules={[
            { required: true, message: t('required') },
            ({ getFieldValue }) => ({
              validator: (_rule, value) =>
                value === getFieldValue('pin') ? Promise.resolve() : Promise.reject(new Error(t('setup.pinMismatch'))),
            }),
          ]}
        >
          <Input.Password inputMode="numeric" maxLength={12} data-testid="setup-pin-confirm" />
        </Form.Item>
        {error !== undefined && (
          <Alert type="error" title={errorText(error)} showIcon style={{ marginBottom: 16 }} data-testid="setup-error" />
        )}
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="setup-submit">
          {t('setup.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
};
