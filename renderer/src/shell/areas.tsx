import {
  AuditOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  ScanOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { lazy, type ReactNode } from 'react';
import type { Role } from '../../../shared/domain/roles';

/*
 * Each area is its own chunk, loaded when first opened (or prefetched, see prefetchArea): the login picker and the
 * shell need none of them, so the first screen loads only what it shows.
 */
const loaders = {
  scan: () => import('../features/scan/ScanPage').then((m) => ({ default: m.ScanPage })),
  cases: () => import('../features/cases/CasesPage').then((m) => ({ default: m.CasesPage })),
  quality: () => import('../features/quality/QualityPage').then((m) => ({ default: m.QualityPage })),
  import: () => import('../features/import/ImportPage').then((m) => ({ default: m.ImportPage })),
  settings: () => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
} as const;
const ScanPage = lazy(loaders.scan);
const CasesPage = lazy(loaders.cases);
const QualityPage = lazy(loaders.quality);
const ImportPage = lazy(loaders.import);
const SettingsPage = lazy(loaders.settings);

export interface Area {
  key: keyof typeof loaders;
  path: string;
  icon: ReactNode;
  element: ReactNode;
  /** Who sees it in the navigation; the backend still checks every call. */
  roles: readonly Role[];
}

export const areas: readonly Area[] = [
  { key: 'scan', path: '/scan', icon: <ScanOutlined />, element: <ScanPage />, roles: ['owner', 'inspector', 'service'] },
  { key: 'cases', path: '/cases', icon: <AuditOutlined />, element: <CasesPage />, roles: ['owner', 'inspector', 'service'] },
  { key: 'quality', path: '/quality', icon: <BarChartOutlined />, element: <QualityPage />, roles: ['owner', 'inspector', 'service'] },
  { key: 'import', path: '/import', icon: <CloudUploadOutlined />, element: <ImportPage />, roles: ['owner', 'service'] },
  { key: 'settings', path: '/settings', icon: <SettingOutlined />, element: <SettingsPage />, roles: ['owner', 'inspector', 'service'] },
];

/** Inspectors land on the scan station; everyone else on the cases. */
export const homePath = (role: Role): string => (role === 'inspector' ? '/scan' : role === 'owner' ? '/quality' : '/cases');

const areaOfPath = (path: string): Area['key'] | undefined => areas.find((a) => path.startsWith(a.path))?.key;

/**
 * Starts loading an area's chunk without drawing it: the login picker prefetches every home screen while the
 * user types a PIN, so the login lands on a screen whose code is already there. Safe to call repeatedly (the
 * browser's module map loads each chunk once).
 */
export const prefetchArea = (path: string): void => {
  const key = areaOfPath(path);
  if (key) void loaders[key]();
};
