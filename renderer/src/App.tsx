import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import type { LockReason, SessionUser } from '../../shared/contract/auth.contract';
import { ApiCallError, call } from './api/client';
import { LockScreen } from './auth/LockScreen';
import { Login } from './auth/Login';
import { NoToken } from './auth/NoToken';
import { SessionContext } from './auth/session';
import { SetupOwner } from './auth/SetupOwner';
import { useIdleLock } from './auth/useIdleLock';
import { rememberLanguage } from './i18n';
import { AppShell } from './shell/AppShell';
import { theme } from './theme';

type Gate =
  | { kind: 'loading' }
  | { kind: 'setup' }
  /** `preselect`: who left this window locked before a reload (their place is gone, their name is kept). */
  | { kind: 'login'; preselect?: string }
  | { kind: 'noToken' }
  /** `visit` counts logins on this window: a new one starts a fresh app (the previous user's screens are dropped). */
  | { kind: 'in'; user: SessionUser; visit: number; lock: LockReason | null };

export const App = () => {
  const { i18n } = useTranslation();
  const [gate, setGate] = useState<Gate>({ kind: 'loading' });
  const [idleMinutes, setIdleMinutes] = useState<number | null>(null);

  useEffect(() => {
    call('auth.status', {})
      .then((s) =>
        setGate(
          s.needsSetup
            ? { kind: 'setup' }
            : s.user
              ? { kind: 'in', user: s.user, visit: 0, lock: null }
              : { kind: 'login', preselect: s.lockedUser?.id },
        ),
      )
      // Refused outright (no or a stale token in the address): explain, rather than show an empty login picker.
      .catch((e: unknown) =>
        setGate(e instanceof ApiCallError && e.body.reason === 'request_refused' ? { kind: 'noToken' } : { kind: 'login' }),
      );
  }, []);

  const signedIn = gate.kind === 'in' ? gate.user : null;
  // The idle time is the owner's setting for this user's role, read at each login (and unlock).
  useEffect(() => {
    if (!signedIn) return;
    let current = true;
    call('settings.getIdleLock', {})
      .then((minutes) => current && setIdleMinutes(minutes[signedIn.role]))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [signedIn]);

  const applyLocale = (user: SessionUser) => {
    if (user.locale && user.locale !== i18n.language) {
      rememberLanguage(user.locale);
      void i18n.changeLanguage(user.locale);
    }
  };

  const enter = (user: SessionUser) => {
    applyLocale(user);
    setGate((g) => ({ kind: 'in', user, visit: g.kind === 'in' ? g.visit + 1 : 0, lock: null }));
  };

  /** After a lock: the same person returns to the very screen they left; anyone else starts at their own home. */
  const unlock = (user: SessionUser) => {
    setGate((g) => {
      if (g.kind === 'in' && g.user.id === user.id) return { ...g, user, lock: null };
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
      applyLocale(user);
      return { kind: 'in', user, visit: g.kind === 'in' ? g.visit + 1 : 0, lock: null };
    });
  };

  const lock = useCallback((reason: LockReason) => {
    // The screen locks at once; the backend forgets the session as soon as it hears (and audits the lock).
    setGate((g) => (g.kind === 'in' && !g.lock ? { ...g, lock: reason } : g));
    void call('auth.lock', { reason }).catch(() => undefined);
  }, []);

  const logout = () => {
    void call('auth.logout', {}).finally(() => setGate({ kind: 'login' }));
  };

  useIdleLock(gate.kind === 'in' && !gate.lock && idleMinutes ? idleMinutes * 60_000 : null, () => lock('idle'));

  const body = (() => {
    switch (gate.kind) {
      case 'loading':
        return <Spin fullscreen />;
      case 'setup':
        return <SetupOwner onDone={enter} />;
      case 'login':
        return <Login onDone={enter} preselect={gate.preselect} />;
      case 'noToken':
        return <NoToken />;
      case 'in':
        return (
          <>
            {/* Locked: still mounted (drafts, the open case, the scroll position) but out of reach until unlocked. */}
            <div inert={gate.lock !== null} className="app-root">
              <SessionContext.Provider value={{ user: gate.user, logout, switchUser: () => lock('switch') }}>
                <HashRouter key={gate.visit}>
                  <AppShell />
                </HashRouter>
              </SessionContext.Provider>
            </div>
            {gate.lock && <LockScreen lockedUser={gate.user} reason={gate.lock} idleMinutes={idleMinutes} onDone={unlock} />}
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
