import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, screenshot, setupOwnerViaUi, test } from './serve-fixture';
import { apiCall, insertCatalog, loginViaUi } from './store-helpers';

/**
 * The owner manages users and the deadline policy from Settings; an inspector sees the policy read-only and
 * no user management (and the backend refuses the change anyway).
 */
test('the owner adds a user, changes the policy and an SKU cost; an inspector can only read the policy', async ({ page, served }) => {
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');
  insertCatalog(served.dataDir);
  await page.getByTestId('nav-settings').click();

  // Users: add an inspector.
  await expect(page.getByTestId('user-row-王店长')).toBeVisible();
  await page.getByTestId('users-add').click();
  await page.getByTestId('user-form-name').fill('质检小张');
  await page.getByTestId('user-form-role').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '质检员' }).click();
  await page.getByTestId('user-form-pin').fill('135790');
  await page.getByTestId('user-form-pin-confirm').fill('135790');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByTestId('user-row-质检小张')).toContainText('质检员');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await screenshot(page, 'settings-users-zh-CN');

  // Policy: 24 h response time, kept after a reload.
  await page.getByTestId('settings-tab-policy').click();
  await expect(page.getByTestId('policy-response-hours')).toHaveValue('48');
  await page.getByTestId('policy-response-hours').fill('24');
  await page.getByTestId('policy-save').click();
  await expect(page.getByText('售后时效已保存')).toBeVisible();
  expect(await apiCall<{ responseHours: number }>(page, 'settings.getPolicy', {})).toMatchObject({ responseHours: 24 });
  await page.reload();
  await page.getByTestId('settings-tab-policy').click();
  await expect(page.getByTestId('policy-response-hours')).toHaveValue('24');
  await screenshot(page, 'settings-policy-zh-CN');

  // The defect taxonomy (the scan helper's manager) sits in its own tab.
  await page.getByTestId('settings-tab-taxonomy').click();
  await expect(page.getByText('跳线/线头').first()).toBeVisible();
  await screenshot(page, 'settings-taxonomy-zh-CN');

  // SKU cost, in yuan on screen and fen in the store.
  await page.getByTestId('settings-tab-skus').click();
  await page
    .getByRole('row', { name: /TS-WH-M/ })
    .getByRole('button')
    .click();
  await page.getByLabel('单位成本').fill('16.80');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /保\s*存/ })
    .click();
  await expect(page.getByRole('row', { name: /TS-WH-M/ })).toContainText('16.80');
  const skus = await apiCall<{ rows: { code: string; unitCostFen: number }[] }>(page, 'catalog.skus', { q: 'TS-WH-M' });
  expect(skus.rows[0]?.unitCostFen).toBe(1680);

  // Backups: back up now, change the policy, restore the backup: the policy is back to 24 h.
  await page.getByTestId('settings-tab-backups').click();
  await page.getByTestId('backup-now').click();
  await expect(page.getByTestId('backup-row').first()).toContainText('手动');
  // Where the logs are (npm run serve writes backend.log there too).
  await expect(page.getByTestId('logs-directory')).toHaveText(/[\\/]logs$/);
  await expect(page.getByText('运行日志')).toBeVisible();
  await apiCall(page, 'settings.updatePolicy', { responseHours: 36 });
  await screenshot(page, 'settings-backups-zh-CN');
  // Copy to…: a folder that is not there is refused with the reason; a real one (another drive) gets the copy.
  await page.getByTestId('backup-row').filter({ hasText: '手动' }).first().getByTestId('backup-copy').click();
  const drive = mkdtempSync(join(tmpdir(), 'returnlens-usb-'));
  await page.getByTestId('backup-copy-folder').fill(join(drive, 'missing'));
  await page.getByTestId('backup-copy-ok').click();
  await expect(page.getByRole('dialog')).toContainText('找不到文件夹');
  await screenshot(page, 'settings-backup-copy-refused-zh-CN');
  await page.getByTestId('backup-copy-folder').fill(drive);
  await page.getByTestId('backup-copy-ok').click();
  await expect(page.getByText(`已复制到 ${drive}`, { exact: false })).toBeVisible();
  expect(readdirSync(drive)).toHaveLength(1);
  expect(readdirSync(join(drive, readdirSync(drive)[0]!)).sort()).toEqual(['manifest.json', 'returnlens.sqlite']);
  await page.getByTestId('backup-row').filter({ hasText: '手动' }).first().getByTestId('backup-restore').click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /恢\s*复/ })
    .click();
  await expect(page.getByText('已恢复。', { exact: false })).toBeVisible();
  expect(await apiCall<{ responseHours: number }>(page, 'settings.getPolicy', {})).toMatchObject({ responseHours: 24 });
  await expect(page.getByTestId('backup-row').filter({ hasText: '恢复前' })).toHaveCount(1);

  // The owner's audit log shows the policy change with who made it.
  await page.getByTestId('settings-tab-audit').click();
  const policyRow = page.getByTestId('audit-row').filter({ hasText: '修改了售后时效' }).first();
  await expect(policyRow).toContainText('王店长');
  // Worded as a sentence: the field's name and its hours, never `responseHours: 48 → 24`.
  await expect(policyRow).toContainText(/将商家响应时限从 \d+ 小时 改为 \d+ 小时/);
  await screenshot(page, 'settings-audit-zh-CN');

  await page.getByTestId('language-switch').getByText('English').click();
  await page.getByTestId('settings-tab-users').click();
  await expect(page.getByTestId('user-row-质检小张')).toContainText('Inspector');
  await screenshot(page, 'settings-users-en-US');
  await page.getByTestId('settings-tab-policy').click();
  await expect(page.getByTestId('policy-save')).toBeVisible();
  await screenshot(page, 'settings-policy-en-US');

  // The inspector: policy only, read-only; the backend refuses a change.
  await page.getByTestId('logout').click();
  await loginViaUi(page, '质检小张', '135790');
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('settings-tab-policy')).toBeVisible();
  await expect(page.getByTestId('settings-tab-users')).toHaveCount(0);
  await expect(page.getByTestId('policy-response-hours')).toBeDisabled();
  await expect(page.getByTestId('policy-save')).toHaveCount(0);
  const refused = await page.evaluate(async () => {
    const response = await fetch('/api/settings.updatePolicy', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessionStorage.getItem('returnlens.token') ?? ''}` },
      body: JSON.stringify({ responseHours: 1 }),
    });
    return (await response.json()) as { ok: boolean; error?: { code: string } };
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  await screenshot(page, 'settings-inspector-en-US');
});
