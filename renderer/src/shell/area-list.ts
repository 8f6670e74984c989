import type { Role } from '../../../shared/domain/roles';

/**
 * The navigation's areas as plain data (no React), so a unit test can hold them against their navigation labels
 * in both languages (`common:nav.<key>`) and the screens test (test/integration/areas.test.ts). An area is a
 * screen with its own route; it shows one or more features (renderer/src/features/<feature>/).
 */
export const areaList = [
  { key: 'scan', path: '/scan', roles: ['owner', 'inspector', 'service'] },
  // The same people as the desk.* methods (shared/contract/desk.contract.ts): the service queue.
  { key: 'desk', path: '/desk', roles: ['owner', 'service'] },
  { key: 'cases', path: '/cases', roles: ['owner', 'inspector', 'service'] },
  // The same readers as orders.list (`orderReaderRoles`; areas.test.ts holds them equal). Written out here so the
  // navigation's data does not pull the contract's schemas into the first screen's script.
  { key: 'orders', path: '/orders', roles: ['owner', 'service'] },
  { key: 'quality', path: '/quality', roles: ['owner', 'inspector', 'service'] },
  // The same people as the scorecard.* methods (shared/contract/scorecard.contract.ts): owners only.
  { key: 'scorecard', path: '/scorecard', roles: ['owner'] },
  // Corrective actions are the owner's decisions (causes.createAction); service reaches its own from the case.
  { key: 'actions', path: '/actions', roles: ['owner'] },
  // Owners receive lots and keep suppliers; inspectors look a lot up and reprint its label (writes are the owner's).
  { key: 'suppliers', path: '/suppliers', roles: ['owner', 'inspector'] },
  // The same people as the aql.* inspection methods (shared/contract/aql.contract.ts).
  { key: 'lots', path: '/lots', roles: ['owner', 'inspector'] },
  { key: 'import', path: '/import', roles: ['owner', 'service'] },
  { key: 'settings', path: '/settings', roles: ['owner', 'inspector', 'service'] },
] as const satisfies readonly { key: string; path: string; roles: readonly Role[] }[];

export type AreaKey = (typeof areaList)[number]['key'];

/** Inspectors land on the scan station, customer service on its queue, owners on the quality dashboard. */
export const homePath = (role: Role): string => (role === 'inspector' ? '/scan' : role === 'owner' ? '/quality' : '/desk');
