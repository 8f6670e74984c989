import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockReason, SessionUser } from '../../shared/contract/auth.contract';
import { ApiCallError, call } from './api/client';
import { authStatus, dropFirstChoices } from './auth/first-calls';
import { Login } from './auth/Login';
import { useIdleLock } from './auth/useIdleLock';
import { rememberLanguage } from './i18n';
import type { SignedInGate } from './App';

/*
 * The first screen of every start, before the component library: the gate (first run, login, no token, signed in,
 * locked) and the login picker are plain React, and everything behind the login (Ant Design, the shell, the areas'
 * words) is one chunk (App.tsx) that loads while the PIN is typed. A reload with a live session loads it at once.
 */
const loadApp = () => import('./App');
const App = lazy(() => loadApp().then((m) => ({ default: m.App })));

/** While the PIN is typed: the signed-in app and the chosen user's home screen load, so the login lands on drawn code. */
const prefetchHome = (role: SessionUser['role']) => {
  void loadApp().then((m) => m.prefetchHome(role));
};

type Gate =
  | { kind: 'loading' }
  /** `preselect`: who left this window locked before a reload (their place is gone, their name is kept). */
  | { kind: 'login'; preselect?: string }
  | SignedInGate;

const Spinner = () => <div className="auth-spinner fullscreen" role="progressbar" />;

export const Boot = () => {
  const { i18n } = useTranslation();
  const [gate, setGate] = useState<Gate>({ kind: 'loading' });
  const [idleMinutes, setIdleMinutes] = useState<number | null>(null);

  useEffect(() => {
    authStatus()
      .then((s) => {
        if (s.needsSetup || s.user) dropFirstChoices();
        setGate(
          s.needsSetup
            ? { kind: 'setup' }
            : s.user
              ? { kind: 'in', user: s.user, visit: 0, lock: null }
              : { kind: 'login', preselect: s.lockedUser?.id },
        );
      })
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

  switch (gate.kind) {
    case 'loading':
      return <Spinner />;
    case 'login':
      return <Login onDone={enter} preselect={gate.preselect} onRoleChosen={prefetchHome} />;
    default:
      return (
        <Suspense fallback={<Spinner />}>
          <App gate={gate} idleMinutes={idleMinutes} onEnter={enter} onUnlock={unlock} onLock={lock} onLogout={logout} />
        </Suspense>
      );
  }
};
