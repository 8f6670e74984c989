import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { screenshot, startServe, type Served } from './serve-fixture';

/**
 * A screenshot of every area in both languages, for an owner on a seeded data dir: artifacts in
 * test-results/screens (not committed) for a person to look at. Each area must show its title and no error.
 */
const areas = ['scan', 'cases', 'orders', 'quality', 'import', 'settings'] as const;
const titles = {
  'zh-CN': { scan: '扫码质检', cases: '售后单', orders: '订单', quality: '质量看板', import: '导入导出', settings: '设置' },
  'en-US': { scan: 'Scan & inspect', cases: 'Cases', orders: 'Orders', quality: 'Quality', import: 'Import & export', settings: 'Settings' },
} as const;

let served: Served;
test.beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'returnlens-screens-e2e-'));
  execFileSync(process.execPath, ['--import', 'tsx', 'electron/backend/cli/seed.cli.ts', '--data-dir', dataDir, '--orders', '3000', '--until', '2026-11-20'], { stdio: 'ignore' });
  served = await startServe(dataDir);
});
test.afterAll(async () => served?.stop());

test('every area, logged in as the owner, in Chinese and in English', async ({ page }) => {
  test.setTimeout(180_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(served.url);
  await page.getByTestId('login-user-owner').click();
  await page.getByTestId('login-pin').fill('123456');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toBeVisible();

  for (const language of ['zh-CN', 'en-US'] as const) {
    await page.getByTestId('language-switch').getByText(language === 'zh-CN' ? '简体中文' : 'English').click();
    for (const area of areas) {
      await page.getByTestId(`nav-${area}`).click();
      await expect(page.getByTestId('area-title')).toHaveText(titles[language][area]);
      await page.waitForLoadState('networkidle');
      await screenshot(page, `area-${area}-${language}`);
    }
  }
  expect(pageErrors).toEqual([]);
});
