import { Alert, Button, Form, Input, Segmented, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/contract/auth.contract';
import { call } from '../api/client';
import { useCall } from '../api/useCall';
import { useErrorText } from '../ui/error-text';
import { AuthCard } from './AuthCard';

/** Pick your name, type your PIN: the shared warehouse PC changes hands many times a day. */
export const Login = ({ onDone }: { onDone: (user: SessionUser) => void }) => {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const errorText = useErrorText();
  const choices = useCall('auth.loginChoices', {});
  const [userId, setUserId] = useState<string>();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const selected = userId ?? choices.data?.[0]?.id;

  const submit = async () => {
    if (!selected) return;
    setBusy(true);
    setError(undefined);
    try {
      onDone(await call('auth.login', { userId: selected, pin }));
    } catch (e) {
      setError(e);
      setPin('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('login.title')}>
      {choices.loading && !choices.data ? (
        <Spin />
      ) : (
        <Form layout="vertical" size="large" onFinish={() => void submit()}>
          <Form.Item label={t('login.user')}>
            <Segmented
              vertical
              block
              value={selected}
              onChange={(v) => setUserId(String(v))}
              options={(choices.data ?? []).map((u) => ({
                value: u.id,
                label: (
                  <div className="login-user" data-testid={`login-user-${u.name}`}>
                    <span>{u.name}</span>
                    <Typography.Text type="secondary">{tc(`role.${u.role}`)}</Typography.Text>
                  </div>
                ),
              }))}
            />
          </Form.Item>
          <Form.Item label={t('login.pin')}>
            <Input.Password autoFocus inputMode="numeric" maxLength={12} value={pin} onChange={(e) => setPin(e.target.value)} data-testid="login-pin" />
          </Form.Item>
          {error !== undefined && <Alert type="error" title={errorText(error)} showIcon style={{ marginBottom: 16 }} data-testid="login-error" />}
          <Button type="primary" htmlType="submit" block loading={busy} disabled={!selected || pin.length < 6} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      )}
    </AuthCard>
  );
};
