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
import { areaList, type AreaKey } from './area-list';

export interface Area {
  key: AreaKey;
  path: string;
  icon: ReactNode;
  element: ReactNode;
  /** Who sees it in the navigation; the backend still checks every call. */
  roles: readonly Role[];
}

/** Each area's icon and page: a Record, so an area added to area-list.ts without a page does not compile. */
const views: Record<AreaKey, Pick<Area, 'icon' | 'element'>> = {
  scan: { icon: <ScanOutlined />, element: <ScanPage /> },
  cases: { icon: <AuditOutlined />, element: <CasesPage /> },
  quality: { icon: <BarChartOutlined />, element: <QualityPage /> },
  import: { icon: <CloudUploadOutlined />, element: <ImportPage /> },
  settings: { icon: <SettingOutlined />, element: <SettingsPage /> },
};

export const areas: readonly Area[] = areaList.map((area) => ({ ...area, ...views[area.key] }));
