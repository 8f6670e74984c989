import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import type { SessionUser } from '../../shared/contract/auth.contract';
import { ApiCallError, call } from './api/client';
import { Login } from './auth/Login';
import { NoToken } from './auth/NoToken';
import { SessionContext } from './auth/session';
import { SetupOwner } from './auth/SetupOwner';
import { rememberLanguage } from './i18n';
import { AppShell } from './shell/AppShell';
import { theme } from './theme';

type Gate = { kind: 'loading' } | { kind: 'setup' } | { kind: 'login' } | { kind: 'noToken' } | { kind: 'in'; user: SessionUser };

export const App = () => {
  const { i18n } = useTranslation();
  const [gate, setGate] = useState<Gate>({ kind: 'loading' });

  useEffect(() => {
    call('auth.status', {})
      .then((s) => setGate(s.needsSetup ? { kind: 'setup' } : s.user ? { kind: 'in', user: s.user } : { kind: 'login' }))
      // Refused outright (no or a stale token in the address): explain, rather than show an empty login picker.
      .catch((e: unknown) => setGate(e instanceof ApiCallError && e.body.reason === 'request_refused' ? { kind: 'noToken' } : { kind: 'login' }));
  }, []);

  const enter = (user: SessionUser) => {
    if (user.locale && user.locale !== i18n.language) {
      rememberLanguage(user.locale);
      void i18n.changeLanguage(user.locale);
    }
    setGate({ kind: 'in', user });
  };
  const logout = () => {
    void call('auth.logout', {}).finally(() => setGate({ kind: 'login' }));
  };

  const body = (() => {
    switch (gate.kind) {
      case 'loading':
        return <Spin fullscreen />;
      case 'setup':
        return <SetupOwner onDone={enter} />;
      case 'login':
        return <Login onDone={enter} />;
      case 'noToken':
        return <NoToken />;
      case 'in':
        return (
          <SessionContext.Provider value={{ user: gate.user, logout }}>
            <HashRouter>
              <AppShell />
            </HashRouter>
          </SessionContext.Provider>
        );
    }
  })();

  return (
    <ConfigProvider locale={i18n.language === 'en-US' ? enUS : zhCN} theme={theme}>
      <AntApp>{body}</AntApp>
    </ConfigProvider>
  );
};
