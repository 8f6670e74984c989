import {
  AuditOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  ScanOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../../../shared/domain/roles';
import { CasesPage } from '../features/cases/CasesPage';
import { ImportPage } from '../features/imports/ImportPage';
import { QualityPage } from '../features/analytics/QualityPage';
import { ScanPage } from '../features/scan/ScanPage';
import { SettingsPage } from '../features/settings/SettingsPage';

export interface Area {
  key: 'scan' | 'cases' | 'quality' | 'import' | 'settings';
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
