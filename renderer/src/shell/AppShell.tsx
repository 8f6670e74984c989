import { LogoutOutlined, SwapOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Layout, Menu, Space, Spin, Tooltip, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/session';
import { DeskCounter } from '../features/desk/DeskCounter';
import { homePath } from './area-list';
import { areas } from './areas';
import { LanguageSwitch } from './LanguageSwitch';

export const AppShell = () => {
  const { t } = useTranslation();
  const { user, logout, switchUser } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const visible = areas.filter((a) => a.roles.includes(user.role));
  const current = visible.find((a) => location.pathname.startsWith(a.path))?.key;

  return (
    <Layout className="app-layout">
      <Layout.Sider width={208} breakpoint="lg" collapsedWidth={64} theme="light" className="app-sider">
        <div className="sider-brand">
          <div className="brand-mark small">RL</div>
          <span className="sider-title">{t('app.name')}</span>
        </div>
        <Menu
          mode="inline"
          selectedKeys={current ? [current] : []}
          onClick={({ key }) => navigate(areas.find((a) => a.key === key)?.path ?? '/')}
          items={visible.map((a) => ({ key: a.key, icon: a.icon, label: <span data-testid={`nav-${a.key}`}>{t(`nav.${a.key}`)}</span> }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Title level={4} className="header-title" data-testid="area-title">
            {current ? t(`nav.${current}`) : ''}
          </Typography.Title>
          <Space size="middle">
            {(user.role === 'owner' || user.role === 'service') && <DeskCounter />}
            <LanguageSwitch loggedIn />
            <Space size={8}>
              <Avatar size="small" icon={<UserOutlined />} />
              <span data-testid="current-user">{user.name}</span>
              <Typography.Text type="secondary">{t(`role.${user.role}`)}</Typography.Text>
            </Space>
            <Button icon={<SwapOutlined />} onClick={switchUser} data-testid="switch-user">
              {t('user.switch')}
            </Button>
            <Tooltip title={t('user.logout')}>
              <Button icon={<LogoutOutlined />} onClick={logout} data-testid="logout" aria-label={t('user.logout')} />
            </Tooltip>
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content">
          <Suspense fallback={<Spin size="large" className="area-loading" data-testid="area-loading" />}>
            <Routes>
              {visible.map((a) => (
                <Route key={a.key} path={`${a.path}/*`} element={a.element} />
              ))}
              <Route path="*" element={<Navigate to={homePath(user.role)} replace />} />
            </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
};
