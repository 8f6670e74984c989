import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { expect, screenshot, setupOwnerViaUi, test } from './serve-fixture';
import { apiCall, loginViaUi } from './store-helpers';

/**
 * A shared PC locks itself (issue 14, item 5). Time is Playwright's clock, installed before the page loads and
 * fast-forwarded: the app's own timers run exactly as they would after that long, without the test waiting for it.
 */
const userActions = (dataDir: string) => {
  const db = new BetterSqlite3(join(dataDir, 'returnlens.sqlite'), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT u.name AS name, a.action AS action FROM audit_log a JOIN users u ON u.id = a.entity_id WHERE a.entity = 'user' ORDER BY a.seq`,
      )
      .all() as { name: string; action: string }[];
  } finally {
    db.close();
  }
};

test('after 10 idle minutes the window locks; the same PIN returns to the half-typed case, switching user starts at their home', async ({
  page,
  served,
}) => {
  await page.clock.install();
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');
  await apiCall(page, 'users.create', { name: '质检小张', role: 'inspector', pin: '135790' });

  // A draft nobody saved yet: a new case half typed.
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-new').click();
  await page.getByTestId('new-case-number').fill('RL-DRAFT-7');

  // Nine minutes: still open. Past ten (the default) without a key or a click: locked.
  await page.clock.fastForward('09:00');
  await expect(page.getByTestId('lock-screen')).toHaveCount(0);
  await page.clock.fastForward('01:05');
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await expect(page.getByTestId('lock-notice')).toContainText('王店长 已 10 分钟无操作');
  await screenshot(page, 'idle-lock-zh-CN');
  // The backend forgot the session: nothing answers for the owner while the window is locked.
  await expect(apiCall(page, 'cases.list', { group: 'all' })).rejects.toThrow(/UNAUTHENTICATED/);

  // A wrong PIN is refused (and audited); the PIN's digits do not reach the screen underneath.
  await expect(page.getByTestId('login-user-王店长')).toBeVisible();
  await page.getByTestId('login-pin').fill('111111');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toBeVisible();
  await page.getByTestId('login-pin').fill('246810');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('lock-screen')).toHaveCount(0);
  // Back where they were: the dialog still open, the typed number still there.
  await expect(page.getByTestId('new-case-number')).toHaveValue('RL-DRAFT-7');

  // "Switch user" is one click; another user starts from their own home (the scan station), not the owner's dialog.
  await page.keyboard.press('Escape');
  await page.getByTestId('switch-user').click();
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await loginViaUi(page, '质检小张', '135790');
  await expect(page).toHaveURL(/#\/scan$/);
  await expect(page.getByTestId('new-case-number')).toHaveCount(0);

  expect(userActions(served.dataDir)).toEqual([
    { name: '王店长', action: 'create_owner' },
    { name: '质检小张', action: 'create' },
    { name: '王店长', action: 'lock' },
    { name: '王店长', action: 'login_failed' },
    { name: '王店长', action: 'unlock' },
    { name: '王店长', action: 'lock' },
    { name: '质检小张', action: 'login' },
  ]);
});

test('the owner’s idle time per role is followed, in English too', async ({ page, served }) => {
  await page.clock.install();
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');
  await apiCall(page, 'users.create', { name: 'Inspector Li', role: 'inspector', pin: '135790' });
  await page.getByTestId('language-switch').getByText('English').click();

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-tab-lock').click();
  await expect(page.getByTestId('idle-lock-inspector')).toHaveValue('10');
  await page.getByTestId('idle-lock-inspector').fill('2');
  await page.getByTestId('idle-lock-save').click();
  await expect(page.getByText('Saved; it applies from the next login or unlock')).toBeVisible();
  await screenshot(page, 'idle-lock-settings-en-US');

  await page.getByTestId('switch-user').click();
  await loginViaUi(page, 'Inspector Li', '135790');
  await page.clock.fastForward('01:30');
  await expect(page.getByTestId('lock-screen')).toHaveCount(0);
  // Scanner keys count as presence: a scan at 1:30 moves the lock to 3:30.
  await page.keyboard.type('SF0000');
  await page.clock.fastForward('01:00');
  await expect(page.getByTestId('lock-screen')).toHaveCount(0);
  await page.clock.fastForward('01:05');
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await expect(page.getByTestId('lock-notice')).toContainText('Inspector Li was away for 2 minutes');
  await screenshot(page, 'idle-lock-en-US');
});
