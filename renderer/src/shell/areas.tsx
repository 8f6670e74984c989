import {
  AuditOutlined,
  CheckSquareOutlined,
  CustomerServiceOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  ExperimentOutlined,
  ProfileOutlined,
  ScanOutlined,
  ShopOutlined,
  SettingOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { lazy, type ReactNode } from 'react';
import type { Role } from '../../../shared/domain/roles';
import { areaList, type AreaKey } from './area-list';

export { homePath } from './area-list';

/*
 * Each area is its own chunk, loaded when first opened (or prefetched, see prefetchArea): the login picker and the
 * shell need none of them, so the first screen loads only what it shows. A Record, so an area added to
 * area-list.ts without a page does not compile.
 */
const loaders: Record<AreaKey, () => Promise<{ default: () => ReactNode }>> = {
  scan: () => import('../features/scan/ScanPage').then((m) => ({ default: m.ScanPage })),
  cases: () => import('../features/cases/CasesPage').then((m) => ({ default: m.CasesPage })),
  desk: () => import('../features/desk/DeskPage').then((m) => ({ default: m.DeskPage })),
  quality: () => import('../features/analytics/QualityPage').then((m) => ({ default: m.QualityPage })),
  scorecard: () => import('../features/scorecard/ScorecardPage').then((m) => ({ default: m.ScorecardPage })),
  orders: () => import('../features/orders/OrdersPage').then((m) => ({ default: m.OrdersPage })),
  suppliers: () => import('../features/suppliers/SuppliersPage').then((m) => ({ default: m.SuppliersPage })),
  import: () => import('../features/imports/ImportPage').then((m) => ({ default: m.ImportPage })),
  actions: () => import('../features/causes/ActionsPage').then((m) => ({ default: m.ActionsPage })),
  settings: () => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
  lots: () => import('../features/aql/LotInspectionPage').then((m) => ({ default: m.LotInspectionPage })),
};
const ScanPage = lazy(loaders.scan);
const CasesPage = lazy(loaders.cases);
const DeskPage = lazy(loaders.desk);
const QualityPage = lazy(loaders.quality);
const OrdersPage = lazy(loaders.orders);
const ScorecardPage = lazy(loaders.scorecard);
const SuppliersPage = lazy(loaders.suppliers);
const ImportPage = lazy(loaders.import);
const SettingsPage = lazy(loaders.settings);
const ActionsPage = lazy(loaders.actions);
const LotInspectionPage = lazy(loaders.lots);

export interface Area {
  key: AreaKey;
  path: string;
  icon: ReactNode;
  element: ReactNode;
  /** Who sees it in the navigation; the backend still checks every call. */
  roles: readonly Role[];
}

/** Each area's icon and page. */
const views: Record<AreaKey, Pick<Area, 'icon' | 'element'>> = {
  scan: { icon: <ScanOutlined />, element: <ScanPage /> },
  cases: { icon: <AuditOutlined />, element: <CasesPage /> },
  desk: { icon: <CustomerServiceOutlined />, element: <DeskPage /> },
  quality: { icon: <BarChartOutlined />, element: <QualityPage /> },
  orders: { icon: <ProfileOutlined />, element: <OrdersPage /> },
  scorecard: { icon: <TrophyOutlined />, element: <ScorecardPage /> },
  suppliers: { icon: <ShopOutlined />, element: <SuppliersPage /> },
  import: { icon: <CloudUploadOutlined />, element: <ImportPage /> },
  actions: { icon: <CheckSquareOutlined />, element: <ActionsPage /> },
  settings: { icon: <SettingOutlined />, element: <SettingsPage /> },
  lots: { icon: <ExperimentOutlined />, element: <LotInspectionPage /> },
};

export const areas: readonly Area[] = areaList.map((area) => ({ ...area, ...views[area.key] }));

/**
 * Starts loading an area's chunk without drawing it: the login picker prefetches the chosen user's home screen
 * while the PIN is typed, so the login lands on a screen whose code is already there. Safe to call repeatedly
 * (the browser's module map loads each chunk once).
 */
export const prefetchArea = (path: string): void => {
  const key = areaList.find((a) => path.startsWith(a.path))?.key;
  if (key) void loaders[key]();
};
