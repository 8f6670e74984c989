import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { screenAreas as areas, screenTitles as titles } from '../support/screens.areas';
import { screenshot, startServe, type Served } from './serve-fixture';

/**
 * A screenshot of every area in both languages, for an owner on a seeded data dir: artifacts in
 * test-results/screens (not committed) for a person to look at. Each area must show its title and its data
 * (what `loaded` waits for), with nothing loading any more, and no error may have been shown on the way: an
 * error alert, an error message toast, an error result or notification, seen at any moment (a DOM observer
 * records them, so a toast that vanished before the check still counts).
 */
type Area = (typeof areas)[number];

/** What each area shows once its data has arrived (the seeded shop has cases, charts and users). */
const loaded = (page: Page): Record<Area, Locator> => ({
  scan: page.getByTestId('scan-input'),
  desk: page.locator('[data-testid^="desk-row-"]').first(),
  cases: page.locator('[data-testid^="case-row-"]').first(),
  orders: page.getByTestId('orders-page').locator('.ant-table-tbody tr.ant-table-row').first(),
  quality: page.locator('[data-testid="quality-page"][data-ready="true"]'),
  scorecard: page.locator('[data-testid="scorecard-page"][data-ready="true"] [data-testid="scorecard-qc"][data-ready="true"]'),
  actions: page.locator('[data-testid^="action-row-"]').first(),
  suppliers: page.getByTestId('supplier-table').locator('.ant-table-tbody tr.ant-table-row').first(),
  lots: page.getByTestId('aql-recent').locator('.ant-table-tbody tr.ant-table-row').first(),
  import: page.getByTestId('import-history').locator('.ant-table-tbody tr').first(),
  settings: page.locator('[data-testid^="user-row-"]').first(),
});

/** Failures shown to the user. The cases page's overdue banner is red on purpose: it reports data, not a failure. */
const errorSelector =
  '.ant-alert-error:not([data-testid="overdue-alert"]), .ant-message-error, .ant-result-error, .ant-notification-notice-error';

/** Records the text of every error alert, toast, result or notification that ever appears on the page. */
const recordErrorsShown = (page: Page) =>
  page.addInitScript((selector: string) => {
    const seen: string[] = [];
    (window as unknown as { errorsShown: string[] }).errorsShown = seen;
    new MutationObserver(() => {
      for (const element of document.querySelectorAll(selector)) {
        const text = element.textContent ?? '';
        if (!seen.includes(text)) seen.push(text);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  }, errorSelector);
const errorsShown = (page: Page) => page.evaluate(() => (window as unknown as { errorsShown: string[] }).errorsShown);

let served: Served;
test.beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'returnlens-screens-e2e-'));
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'electron/backend/cli/seed.cli.ts', '--data-dir', dataDir, '--orders', '3000', '--until', '2026-11-20'],
    { stdio: 'ignore' },
  );
  served = await startServe(dataDir);
});
test.afterAll(async () => served?.stop());

/**
 * A screenshot of every area in both languages, for an owner on a seeded data dir: artifacts in
 * test-results/screens (not committed) for a person to look at. Each area must show its title and no error.
 */
test('every area, logged in as the owner, in Chinese and in English', async ({ page }) => {
  test.setTimeout(180_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await recordErrorsShown(page);
  await page.goto(served.url);
  await page.getByTestId('login-user-owner').click();
  await page.getByTestId('login-pin').fill('123456');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toBeVisible();

  for (const language of ['zh-CN', 'en-US'] as const) {
    await page
      .getByTestId('language-switch')
      .getByText(language === 'zh-CN' ? '简体中文' : 'English')
      .click();
    for (const area of areas) {
      await page.getByTestId(`nav-${area}`).click();
      await expect(page.getByTestId('area-title')).toHaveText(titles[language][area]);
      await expect(loaded(page)[area], `${area} (${language}) shows its data`).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active'), `${area} (${language}) is still loading`).toHaveCount(0, {
        timeout: 30_000,
      });
      await screenshot(page, `area-${area}-${language}`);
      expect(await errorsShown(page), `errors shown on ${area} (${language})`).toEqual([]);
      await expect(page.locator(errorSelector)).toHaveCount(0);
    }
  }
  expect(pageErrors).toEqual([]);
});
