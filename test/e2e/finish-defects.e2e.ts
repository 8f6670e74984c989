import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seededDataDir } from './scan-helpers';
import { expect, screenshot, setupOwnerViaUi, startServe, test } from './serve-fixture';
import { apiCall, insertCatalog, loginViaUi } from './store-helpers';

/**
 * Defects found by hand (issue 13, item 10), each replayed in a real browser against the real serve command.
 * Screenshots go to test-results/screens.
 */

const hour = 3_600_000;
const chinaDate = (ms: number) => new Date(ms + 8 * hour).toISOString().slice(0, 10);

test('back-to-back unknown parcels can each be recorded', async ({ page, served }) => {
  await page.goto(served.url);
  await setupOwnerViaUi(page);
  await page.getByTestId('nav-scan').click();
  const scan = page.getByTestId('scan-input');
  for (const code of ['UNKNOWN-PARCEL-A1', 'UNKNOWN-PARCEL-B2']) {
    await scan.fill(code);
    await scan.press('Enter');
    await expect(page.getByTestId('no-match-alert')).toContainText(code);
    // The form is offered again, for this code, not the "recorded" card of the previous parcel.
    await expect(page.getByTestId('record-unmatched')).toBeVisible();
    await expect(page.getByTestId('record-unmatched').locator('input').first()).toHaveValue(code);
    await page.getByTestId('record-unmatched-button').click();
    await expect(page.getByTestId('unmatched-recorded')).toContainText(code);
  }
  await screenshot(page, 'scan-second-unmatched-recorded-zh-CN');
  await page.getByTestId('language-switch').getByText('English').click();
  await scan.fill('UNKNOWN-PARCEL-C3');
  await scan.press('Enter');
  await expect(page.getByTestId('record-unmatched')).toBeVisible();
  await screenshot(page, 'scan-third-unmatched-form-en-US');
  const parcels = await apiCall<{ code: string }[]>(page, 'parcels.list', { state: 'all' });
  expect(parcels.map((p) => p.code).sort()).toEqual(['UNKNOWN-PARCEL-A1', 'UNKNOWN-PARCEL-B2']);
});

test.describe('on a PC whose clock is in Berlin', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test('a deadline picked for today is China time; one before the request is refused with a clear message', async ({ page, served }) => {
    await page.goto(served.url);
    await setupOwnerViaUi(page);
    insertCatalog(served.dataDir);
    await apiCall(page, 'orders.create', {
      orderNumber: '261207-000000000000001',
      status: 'signed',
      lines: [{ skuCode: 'TS-WH-M', quantity: 1, unitPriceFen: 3990 }],
    });
    await page.getByTestId('nav-cases').click();

    const newCase = async (caseNumber: string, deadline: string) => {
      await page.getByTestId('case-new').click();
      await page.getByTestId('new-case-number').fill(caseNumber);
      await page.getByTestId('new-case-order').fill('261207-000000000000001');
      const picker = page.getByRole('dialog').locator('.ant-picker input');
      await picker.click();
      await picker.fill(deadline);
      await picker.press('Enter');
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /保\s*存/ })
        .click();
    };

    // 23:30 China time today: later than now in China whatever the hour here, and the deadline stays 23:30 China time.
    const today = chinaDate(Date.now());
    await newCase('E2E-TZ-1', `${today} 23:30`);
    await expect(page.getByTestId('case-detail')).toBeVisible();
    await expect(page.getByTestId('case-deadline')).toContainText(`${today} 23:30`);
    await expect(page.getByTestId('case-deadline')).not.toHaveAttribute('data-deadline', 'overdue');
    const created = await apiCall<{ rows: { caseNumber: string; deadlineAt: number }[] }>(page, 'cases.list', { group: 'all' });
    expect(created.rows.find((r) => r.caseNumber === 'E2E-TZ-1')?.deadlineAt).toBe(Date.parse(`${today}T23:30:00+08:00`));
    await page.keyboard.press('Escape');

    // Yesterday (China time) is before the request: refused, in the reader's language, and nothing is saved.
    await newCase('E2E-TZ-2', `${chinaDate(Date.now() - 24 * hour)} 09:00`);
    await expect(page.getByText('处理截止时间早于买家申请时间')).toBeVisible();
    const after = await apiCall<{ rows: { caseNumber: string }[] }>(page, 'cases.list', { group: 'all' });
    expect(after.rows.map((r) => r.caseNumber)).toEqual(['E2E-TZ-1']);
    await screenshot(page, 'case-deadline-before-request-zh-CN');
  });
});

test('double-clicking OK on a new defect type creates it once, without a page error', async ({ page, served }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let creates = 0;
  page.on('request', (request) => void (request.url().endsWith('/api/taxonomy.create') && (creates += 1)));
  await page.goto(served.url);
  await setupOwnerViaUi(page);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-tab-taxonomy').click();
  await page.getByTestId('taxonomy-add').click();
  await page.getByTestId('taxonomy-code').fill('SEAM_OPEN');
  await page.getByTestId('taxonomy-name-zh').fill('开缝');
  await page.getByTestId('taxonomy-name-en').fill('Open seam');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*定|OK/ })
    .dblclick();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByTestId('taxonomy-table').getByText('SEAM_OPEN')).toHaveCount(1);
  await page.waitForTimeout(500);
  expect(creates).toBe(1);
  expect(errors).toEqual([]);
});

test('policy hours of 0 or −5 are refused with a message, not saved as 1', async ({ page, served }) => {
  await page.goto(served.url);
  await setupOwnerViaUi(page);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-tab-policy').click();
  const hours = page.getByTestId('policy-response-hours');
  await expect(hours).toHaveValue('48');
  for (const bad of ['0', '-5']) {
    await hours.fill(bad);
    await page.getByTestId('policy-save').click();
    await expect(page.getByText('请填写 1 到 720 之间的整数小时')).toBeVisible();
    await expect(hours).toHaveValue(bad);
  }
  await screenshot(page, 'settings-policy-refused-zh-CN');
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByText('Enter whole hours from 1 to 720')).toBeVisible();
  await screenshot(page, 'settings-policy-refused-en-US');
  expect((await apiCall<{ responseHours: number }>(page, 'settings.getPolicy', {})).responseHours).toBe(48);

  // Copy to… in English: a relative path is refused with the reason, in the reader's language.
  await page.getByTestId('settings-tab-backups').click();
  await page.getByTestId('backup-now').click();
  await page.getByTestId('backup-row').first().getByTestId('backup-copy').click();
  await page.getByTestId('backup-copy-folder').fill('usb/backups');
  await page.getByTestId('backup-copy-ok').click();
  await expect(page.getByRole('dialog')).toContainText('Enter a full folder path');
  await screenshot(page, 'settings-backup-copy-refused-en-US');
});

test('a link without the token explains how to open the app, in both languages', async ({ page, served }) => {
  await page.goto(`${served.origin}/`);
  await expect(page.getByTestId('no-token')).toContainText('请用启动时给出的完整链接打开');
  await expect(page.getByTestId('login-pin')).toHaveCount(0);
  await screenshot(page, 'no-token-zh-CN');
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByTestId('no-token')).toContainText('Open the full link');
  await screenshot(page, 'no-token-en-US');
});

test('a case waiting on the buyer does not tell the merchant to act now; the drawer leaves the language switch usable', async ({
  page,
  served,
}) => {
  await page.goto(served.url);
  await setupOwnerViaUi(page);
  insertCatalog(served.dataDir);
  await apiCall(page, 'orders.create', {
    orderNumber: '261207-000000000000002',
    status: 'signed',
    lines: [{ skuCode: 'TS-WH-M', quantity: 1, unitPriceFen: 3990 }],
  });
  const now = Date.now();
  await apiCall(page, 'cases.create', {
    caseNumber: 'E2E-BUYER-1',
    orderNumber: '261207-000000000000002',
    type: 'return_refund',
    reasonCategory: 'quality',
    status: 'awaiting_buyer',
    requestedAt: now - 50 * hour,
    deadlineAt: now - 2 * hour,
  });
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-group-all').click();
  await page.getByTestId('case-row-E2E-BUYER-1').click();
  const deadline = page.getByTestId('case-deadline');
  await expect(deadline).toContainText('等待买家');
  await expect(deadline).not.toContainText('请立即处理');
  await screenshot(page, 'case-waiting-on-buyer-zh-CN');

  // With the drawer open, the language switch in the header is still there to click.
  await page.getByTestId('language-switch').getByText('English').click({ timeout: 5_000 });
  await expect(deadline).toContainText('Waiting on the buyer');
  await expect(deadline).not.toContainText('Act now');
  await screenshot(page, 'case-waiting-on-buyer-en-US');
});

test('the English scan placeholder fits its box', async ({ page, served }) => {
  await page.goto(served.url);
  await setupOwnerViaUi(page);
  await page.getByTestId('language-switch').getByText('English').click();
  await page.getByTestId('nav-scan').click();
  const fits = await page.getByTestId('scan-input').evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const hint = getComputedStyle(input, '::placeholder');
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.font = `${hint.fontWeight} ${hint.fontSize} ${hint.fontFamily}`;
    canvas.letterSpacing = hint.letterSpacing;
    return {
      text: canvas.measureText(input.placeholder).width,
      box: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
    };
  });
  expect(fits.text).toBeLessThanOrEqual(fits.box);
  await screenshot(page, 'scan-placeholder-en-US');
});

/** Exports the Pareto chart as PNG through the keyboard and a dispatched click, so the mouse stays where it is. */
const exportParetoPng = async (page: Page, name: string): Promise<Buffer> => {
  const download = page.waitForEvent('download');
  await page.getByTestId('export-pareto').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem').filter({ hasText: 'PNG' }).dispatchEvent('click');
  const path = await (await download).path();
  mkdirSync(join('test-results', 'screens'), { recursive: true });
  copyFileSync(path, join('test-results', 'screens', `${name}.png`));
  return readFileSync(path);
};

test('the chart PNG leaves out the hover cursor and states the filters applied', async ({ page }) => {
  const { dataDir } = seededDataDir(3000);
  const served = await startServe(dataDir);
  try {
    await page.goto(served.url);
    await loginViaUi(page, 'owner', '123456');
    await page.getByTestId('nav-quality').click();
    await expect(page.getByTestId('quality-page')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    const chart = page.getByTestId('chart-pareto');
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();

    await page.mouse.move(0, 0);
    const plain = await exportParetoPng(page, 'quality-pareto-plain');
    // Hovering draws Recharts' cursor band and the active dot; the exported picture must not have them.
    await chart.locator('.recharts-bar-rectangle').nth(1).hover();
    await expect(chart.locator('.recharts-tooltip-cursor')).toHaveCount(1);
    const hovered = await exportParetoPng(page, 'quality-pareto-hovered');
    expect(hovered.equals(plain)).toBe(true);

    // With a filter chosen, the picture says which (the caption the PNG draws under the title).
    await expect(chart).toHaveAttribute('data-export-caption', /全部/);
    await page.getByTestId('filter-supplier').click();
    const supplier = (await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().textContent()) ?? '';
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await expect(page.getByTestId('quality-page')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    await expect(chart).toHaveAttribute('data-export-caption', new RegExp(supplier));
    await page.mouse.move(0, 0);
    const filtered = await exportParetoPng(page, 'quality-pareto-filtered-zh-CN');
    expect(filtered.equals(plain)).toBe(false);
    await page.getByTestId('language-switch').getByText('English').click();
    await expect(chart).toHaveAttribute('data-export-caption', new RegExp(`Supplier: ${supplier}`));
    await exportParetoPng(page, 'quality-pareto-filtered-en-US');
  } finally {
    await served.stop();
  }
});

test('exporting cases writes what the list shows: its tab and type', async ({ page, served }) => {
  await page.goto(served.url);
  await setupOwnerViaUi(page);
  insertCatalog(served.dataDir);
  const cases: [string, string, string][] = [
    ['E2E-REPAIR-1', 'repair', 'pending_merchant'],
    ['E2E-REPAIR-2', 'repair', 'pending_merchant'],
    ['E2E-REPAIR-DONE', 'repair', 'succeeded'],
    ['E2E-EXCHANGE-1', 'exchange', 'pending_merchant'],
  ];
  for (const [caseNumber, type, status] of cases) {
    const orderNumber = `261207-${caseNumber}`;
    await apiCall(page, 'orders.create', {
      orderNumber,
      status: 'signed',
      lines: [{ skuCode: 'TS-WH-M', quantity: 1, unitPriceFen: 3990 }],
    });
    await apiCall(page, 'cases.create', { caseNumber, orderNumber, type, reasonCategory: 'quality', status });
  }
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-group-open').click();
  await page.getByTestId('cases-page').locator('.case-filter').first().click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '维修' }).click();
  const rows = page.locator('[data-testid^="case-row-"]');
  await expect(rows).toHaveCount(2);

  const download = page.waitForEvent('download');
  await page.getByTestId('export-cases').hover();
  await page.getByRole('menuitem').filter({ hasText: 'CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  // Each case shows twice in its row: as the case number and inside its order number.
  expect([...new Set([...csv.matchAll(/E2E-[A-Z]+-[A-Z0-9]+/g)].map((m) => m[0]))].sort()).toEqual(['E2E-REPAIR-1', 'E2E-REPAIR-2']);
});
