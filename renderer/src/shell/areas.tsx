import {
  AuditOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  ProfileOutlined,
  ScanOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { orderReaderRoles } from '../../../shared/contract/orders.contract';
import type { Role } from '../../../shared/domain/roles';
import { CasesPage } from '../features/cases/CasesPage';
import { ImportPage } from '../features/import/ImportPage';
import { OrdersPage } from '../features/orders/OrdersPage';
import { QualityPage } from '../features/quality/QualityPage';
import { ScanPage } from '../features/scan/ScanPage';
import { SettingsPage } from '../features/settings/SettingsPage';

export interface Area {
  key: 'scan' | 'cases' | 'orders' | 'quality' | 'import' | 'settings';
  path: string;
  icon: ReactNode;
  element: ReactNode;
  /** Who sees it in the navigation; the backend still checks every call. */
  roles: readonly Role[];
}

export const areas: readonly Area[] = [
  { key: 'scan', path: '/scan', icon: <ScanOutlined />, element: <ScanPage />, roles: ['owner', 'inspector', 'service'] },
  { key: 'cases', path: '/cases', icon: <AuditOutlined />, element: <CasesPage />, roles: ['owner', 'inspector', 'service'] },
  { key: 'orders', path: '/orders', icon: <ProfileOutlined />, element: <OrdersPage />, roles: orderReaderRoles },
  { key: 'quality', path: '/quality', icon: <BarChartOutlined />, element: <QualityPage />, roles: ['owner', 'inspector', 'service'] },
  { key: 'import', path: '/import', icon: <CloudUploadOutlined />, element: <ImportPage />, roles: ['owner', 'service'] },
  { key: 'settings', path: '/settings', icon: <SettingOutlined />, element: <SettingsPage />, roles: ['owner', 'inspector', 'service'] },
];

/** Inspectors land on the scan station; everyone else on the cases. */
export const homePath = (role: Role): string => (role === 'inspector' ? '/scan' : role === 'owner' ? '/quality' : '/cases');
