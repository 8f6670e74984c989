import './zod-config';
import './i18n/register-feature-locales';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import type { LockReason, SessionUser } from '../../shared/contract/auth.contract';
import { LockScreen } from './auth/LockScreen';
import { NoToken } from './auth/NoToken';
import { SessionContext } from './auth/session';
import { SetupOwner } from './auth/SetupOwner';
import { AppShell } from './shell/AppShell';
import { homePath, prefetchArea } from './shell/areas';
import { theme } from './theme';

/**
 * Everything behind the login picker, loaded as one chunk by Boot.tsx: Ant Design, the shell, the areas and their
 * words. Boot keeps the gate's state; this draws the gates that need the component library.
 */
export type SignedInGate =
  | { kind: 'setup' }
  | { kind: 'noToken' }
  /** `visit` counts logins on this window: a new one starts a fresh app (the previous user's screens are dropped). */
  | { kind: 'in'; user: SessionUser; visit: number; lock: LockReason | null };

interface AppProps {
  gate: SignedInGate;
  idleMinutes: number | null;
  onEnter: (user: SessionUser) => void;
  onUnlock: (user: SessionUser) => void;
  onLock: (reason: LockReason) => void;
  onLogout: () => void;
}

export const prefetchHome = (role: SessionUser['role']): void => prefetchArea(homePath(role));

export const App = ({ gate, idleMinutes, onEnter, onUnlock, onLock, onLogout }: AppProps) => {
  const { i18n } = useTranslation();
  const body = (() => {
    switch (gate.kind) {
      case 'setup':
        return <SetupOwner onDone={onEnter} />;
      case 'noToken':
        return <NoToken />;
      case 'in':
        return (
          <>
            {/* Locked: still mounted (drafts, the open case, the scroll position) but out of reach until unlocked. */}
            <div inert={gate.lock !== null} className="app-root">
              <SessionContext.Provider value={{ user: gate.user, logout: onLogout, switchUser: () => onLock('switch') }}>
                <HashRouter key={gate.visit}>
                  <AppShell />
                </HashRouter>
              </SessionContext.Provider>
            </div>
            {gate.lock && <LockScreen lockedUser={gate.user} reason={gate.lock} idleMinutes={idleMinutes} onDone={onUnlock} />}
          </>
        );
    }
  })();

  return (
    <ConfigProvider locale={i18n.language === 'en-US' ? enUS : zhCN} theme={theme}>
      <AntApp>{body}</AntApp>
    </ConfigProvider>
  );
};
