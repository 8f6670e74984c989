import { Alert } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockReason, SessionUser } from '../../../shared/contract/auth.contract';
import { Login } from './Login';

interface Props {
  /** Who left the window; their PIN brings them back to where they were. */
  lockedUser: Pick<SessionUser, 'id' | 'name'>;
  reason: LockReason;
  idleMinutes: number | null;
  onDone: (user: SessionUser) => void;
}

/**
 * Covers the locked app (kept mounted underneath, with its drafts and its place) with the login picker.
 * role="dialog": the scan station's focus keeper leaves an open dialog's focus alone. Keys typed here stop at
 * this element, so a PIN's digits never reach the shortcuts of the screen underneath.
 */
export const LockScreen = ({ lockedUser, reason, idleMinutes, onDone }: Props) => {
  const { t } = useTranslation('auth');
  const stop = (event: KeyboardEvent) => event.stopPropagation();
  return (
    <div
      className="lock-screen"
      role="dialog"
      aria-modal="true"
      aria-label={t('lock.title')}
      data-testid="lock-screen"
      onKeyDown={stop}
      onKeyUp={stop}
    >
      <Login
        onDone={onDone}
        preselect={lockedUser.id}
        title={t('lock.title')}
        notice={
          <Alert
            type="info"
            showIcon
            data-testid="lock-notice"
            style={{ marginBottom: 16 }}
            title={
              reason === 'idle' && idleMinutes
                ? t('lock.idle', { name: lockedUser.name, count: idleMinutes })
                : t('lock.switch', { name: lockedUser.name })
            }
          />
        }
      />
    </div>
  );
};
