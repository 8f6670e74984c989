import { Alert, Button, Form, Input, Segmented, Spin, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/contract/auth.contract';
import { call } from '../api/client';
import { useCall } from '../api/useCall';
import { useErrorText } from '../ui/error-text';
import { homePath, prefetchArea } from '../shell/areas';
import { AuthCard } from './AuthCard';

/** Pick your name, type your PIN: the shared warehouse PC changes hands many times a day. */
interface LoginProps {
  onDone: (user: SessionUser) => void;
  /** The user picked at first (on a locked window: the one who left it). */
  preselect?: string;
  title?: string;
  /** A line above the form (why the window is locked). */
  notice?: ReactNode;
}

export const Login = ({ onDone, preselect, title, notice }: LoginProps) => {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const errorText = useErrorText();
  const choices = useCall('auth.loginChoices', {});
  const [userId, setUserId] = useState<string | undefined>(preselect);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const selected = choices.data?.some((u) => u.id === userId) ? userId : choices.data?.[0]?.id;
  const selectedRole = choices.data?.find((u) => u.id === selected)?.role;

  // While the PIN is typed, the chosen user's home screen loads, so the login lands on drawn code.
  useEffect(() => {
    if (selectedRole) prefetchArea(homePath(selectedRole));
  }, [selectedRole]);

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
    <AuthCard title={title ?? t('login.title')}>
      {notice}
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
            <Input.Password
              autoFocus
              inputMode="numeric"
              maxLength={12}
              value={pin}
              onChange={(e) => setPin(e.target.value)}
              data-testid="login-pin"
            />
          </Form.Item>
          {error !== undefined && (
            <Alert type="error" title={errorText(error)} showIcon style={{ marginBottom: 16 }} data-testid="login-error" />
          )}
          <Button type="primary" htmlType="submit" block loading={busy} disabled={!selected || pin.length < 6} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      )}
    </AuthCard>
  );
};
