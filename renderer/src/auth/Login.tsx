import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/contract/auth.contract';
import { call } from '../api/client';
import { useErrorText } from '../ui/error-text';
import { AuthCard } from './AuthCard';
import { loginChoices, type LoginChoices } from './first-calls';

/**
 * Pick your name, type your PIN: the shared warehouse PC changes hands many times a day. Plain elements, no Ant
 * Design, so the first screen of every start loads only React and the words (boot/Boot.tsx).
 */
interface LoginProps {
  onDone: (user: SessionUser) => void;
  /** The user picked at first (on a locked window: the one who left it). */
  preselect?: string;
  title?: string;
  /** A line above the form (why the window is locked). */
  notice?: ReactNode;
  /** Told the chosen user's role as soon as it is known, so their home screen can load while the PIN is typed. */
  onRoleChosen?: (role: SessionUser['role']) => void;
}

export const Login = ({ onDone, preselect, title, notice, onRoleChosen }: LoginProps) => {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const errorText = useErrorText();
  const [choices, setChoices] = useState<LoginChoices | null>(null);
  const [userId, setUserId] = useState<string | undefined>(preselect);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const labelId = useId();
  const selected = choices?.some((u) => u.id === userId) ? userId : choices?.[0]?.id;
  const selectedRole = choices?.find((u) => u.id === selected)?.role;

  useEffect(() => {
    let current = true;
    loginChoices()
      .then((list) => current && setChoices(list))
      .catch((e: unknown) => current && (setChoices([]), setError(e)));
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (selectedRole) onRoleChosen?.(selectedRole);
  }, [selectedRole, onRoleChosen]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!selected || pin.length < 6 || busy) return;
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
      {choices === null ? (
        <div className="auth-spinner" role="progressbar" aria-label={tc('state.loading')} />
      ) : (
        <form className="auth-form" onSubmit={(e) => void submit(e)}>
          <div className="auth-field">
            <div className="auth-label" id={labelId}>
              {t('login.user')}
            </div>
            <div className="login-users" role="radiogroup" aria-labelledby={labelId}>
              {choices.map((u) => (
                <button
                  key={u.id}
                  type="button"
                  role="radio"
                  aria-checked={u.id === selected}
                  className={u.id === selected ? 'login-user selected' : 'login-user'}
                  data-testid={`login-user-${u.name}`}
                  onClick={() => setUserId(u.id)}
                >
                  <span>{u.name}</span>
                  <span className="auth-muted">{tc(`role.${u.role}`)}</span>
                </button>
              ))}
            </div>
          </div>
          <label className="auth-field">
            <span className="auth-label">{t('login.pin')}</span>
            <input
              className="auth-input"
              type="password"
              autoFocus
              autoComplete="off"
              inputMode="numeric"
              maxLength={12}
              value={pin}
              onChange={(e) => setPin(e.target.value)}
              data-testid="login-pin"
            />
          </label>
          {error !== undefined && (
            <div className="auth-error" role="alert" data-testid="login-error">
              {errorText(error)}
            </div>
          )}
          <button
            type="submit"
            className="auth-submit"
            disabled={!selected || pin.length < 6 || busy}
            aria-busy={busy}
            data-testid="login-submit"
          >
            {busy && <span className="auth-submit-spinner" aria-hidden />}
            {t('login.submit')}
          </button>
        </form>
      )}
    </AuthCard>
  );
};
