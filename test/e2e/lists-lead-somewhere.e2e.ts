import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, screenshot, setupOwnerViaUi, startServe, test, type Served } from './serve-fixture';
import { seededDataDir, testPng } from './scan-helpers';
import { apiCall, loginViaUi } from './store-helpers';

/**
 * Issue 13, item 9: every list leads somewhere. A drill-down row opens its case; a case's photos open full size;
 * the scan station lists inspections left open after a reload; the empty dashboard points to the import; the
 * orders an import filled can be searched, filtered, paged and exported.
 */
const readDb = <T>(dataDir: string, sql: string): T => {
  const db = new BetterSqlite3(join(dataDir, 'returnlens.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
};

const switchLanguage = async (page: import('@playwright/test').Page, language: 'zh-CN' | 'en-US') =>
  page
    .getByTestId('language-switch')
    .getByText(language === 'zh-CN' ? '简体中文' : 'English')
    .click();

test.describe('on a seeded shop', () => {
  let served: Served;
  let dataDir: string;
  let awaiting: string[];
  test.beforeAll(async () => {
    const seeded = seededDataDir();
    dataDir = seeded.dataDir;
    awaiting = seeded.samples.awaitingReturnTracking;
    served = await startServe(dataDir);
  });
  test.afterAll(async () => served?.stop());

  test('a drill-down row opens its case over the list, and closing it comes back to the list', async ({ page }) => {
    await page.goto(served.url);
    await loginViaUi(page, 'owner', '123456');
    await page.getByTestId('nav-quality').click();
    await page.getByTestId('chart-rates').locator('.recharts-bar-rectangle').first().click();
    const firstRow = page.getByTestId('drill-table').locator('tbody tr.ant-table-row').first();
    const caseNumber = (await firstRow.locator('td').first().innerText()).trim();
    await firstRow.click();
    await expect(page.getByTestId('case-detail-number')).toHaveText(caseNumber);
    await expect(page.getByTestId('case-detail')).toBeVisible();
    await screenshot(page, 'drill-opens-case-zh-CN');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('case-detail')).toBeHidden();
    await expect(page.getByTestId('drill-table')).toBeVisible();
  });

  test('a photo on a case shows as a thumbnail and opens full size', async ({ page }) => {
    const inspection = readDb<{ id: string; caseId: string }>(
      dataDir,
      `SELECT i.id, i.case_id AS caseId FROM inspections i JOIN after_sales_cases c ON c.id = i.case_id
       WHERE i.state = 'completed' AND i.kind = 'return' AND c.voided_at IS NULL LIMIT 1`,
    );
    await page.goto(served.url);
    await loginViaUi(page, 'owner', '123456');
    const photo = testPng(400);
    await apiCall(page, 'attachments.add', {
      ownerKind: 'inspection',
      ownerId: inspection.id,
      dataBase64: photo.toString('base64'),
      mime: 'image/png',
      takenAt: Date.now(),
    });
    await page.goto(`${served.url}#/cases/${inspection.caseId}`);
    const thumbs = page.getByTestId('case-inspection-photos').getByTestId('photo-thumb');
    await expect(thumbs).toHaveCount(1);
    await expect(page.getByTestId('case-detail')).not.toContainText('📷');
    await thumbs.first().click();
    const full = page.locator('.ant-image-preview img').first();
    await expect(full).toBeVisible();
    await expect.poll(() => full.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(400);
    await screenshot(page, 'case-photo-full-zh-CN');
  });

  test('an inspection left open is listed at the station after a reload and reopens where it was', async ({ page }) => {
    await page.goto(served.url);
    await loginViaUi(page, 'inspector', '234567');
    await expect(page.getByTestId('scan-input')).toBeFocused();
    await page.keyboard.type(awaiting[awaiting.length - 1]!);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('case-workspace')).toBeVisible();
    const caseNumber = (await page.getByTestId('case-number').innerText()).trim();
    await page.keyboard.press('Alt+r');
    await expect(page.getByTestId('received-line')).toBeVisible();
    await page.keyboard.press('2');
    await expect(page.getByTestId('save-state')).toContainText('已保存');

    await page.reload();
    await expect(page.getByTestId('scan-page')).toBeVisible();
    const row = page.getByTestId(`in-progress-${caseNumber}`);
    await expect(row).toBeVisible();
    await expect(page.getByTestId('inspections-in-progress')).toContainText('未完成的质检');
    await screenshot(page, 'scan-in-progress-zh-CN');
    await switchLanguage(page, 'en-US');
    await expect(page.getByTestId('inspections-in-progress')).toContainText('Inspections in progress');
    await screenshot(page, 'scan-in-progress-en-US');
    await row.click();
    await expect(page.getByTestId('case-number')).toHaveText(caseNumber);
    await expect(page.getByTestId('grade-B')).toHaveAttribute('aria-pressed', 'true');
    await switchLanguage(page, 'zh-CN');
  });

  test('the orders list searches, filters by store, pages and exports what it shows', async ({ page }) => {
    const sample = readDb<{ orderNumber: string; tracking: string }>(
      dataDir,
      `SELECT order_number AS orderNumber, tracking_number AS tracking FROM orders WHERE tracking_number IS NOT NULL ORDER BY paid_at DESC LIMIT 1 OFFSET 7`,
    );
    const total = readDb<{ n: number }>(dataDir, 'SELECT count(*) AS n FROM orders').n;
    await page.goto(served.url);
    await loginViaUi(page, 'service', '345678');
    await page.getByTestId('nav-orders').click();
    await expect(page.getByTestId('area-title')).toHaveText('订单');
    await expect(page.getByTestId('orders-total')).toHaveText(`共 ${total} 个订单`);
    await expect(page.getByTestId('orders-table').locator('tbody tr.ant-table-row')).toHaveCount(50);
    await screenshot(page, 'orders-zh-CN');

    // The second page, then a search by the order number's first characters, then by tracking number.
    await page.locator('.ant-pagination-item-2').click();
    await expect(page.getByTestId('orders-table').locator('tbody tr.ant-table-row').first()).not.toContainText(sample.orderNumber);
    await page.getByTestId('orders-search').locator('input').fill(sample.orderNumber.slice(0, 15));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('orders-table').locator('tbody tr.ant-table-row').first()).toContainText(sample.orderNumber);
    await page.getByTestId('orders-search').locator('input').fill(sample.tracking);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('orders-total')).toHaveText('共 1 个订单');

    // The store filter narrows; the export holds exactly the row shown.
    await page.getByTestId('orders-store').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await expect(page.getByTestId('orders-total')).toHaveText('共 1 个订单');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-orders').hover();
    await page.getByText('CSV').click();
    const csv = readFileSync(await (await download).path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(csv).toHaveLength(2);
    expect(csv[0]).toContain('订单号');
    expect(csv[1]).toContain(sample.orderNumber);

    await switchLanguage(page, 'en-US');
    await expect(page.getByTestId('area-title')).toHaveText('Orders');
    await expect(page.getByTestId('orders-total')).toHaveText('1 order');
    await page.getByTestId('orders-search').locator('input').fill('');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('orders-total')).toHaveText(/^\d+ orders$/);
    await screenshot(page, 'orders-en-US');
    await switchLanguage(page, 'zh-CN');
  });

  test('inspectors do not see the orders', async ({ page }) => {
    await page.goto(served.url);
    await loginViaUi(page, 'inspector', '234567');
    await expect(page.getByTestId('nav-scan')).toBeVisible();
    await expect(page.getByTestId('nav-orders')).toHaveCount(0);
  });
});

test('the empty dashboard and the empty orders list lead to the import, in both languages', async ({ page, served }) => {
  await page.goto(served.url);
  await setupOwnerViaUi(page);
  for (const [language, label, importTitle] of [
    ['zh-CN', '导入第一份导出文件', '导入导出'],
    ['en-US', 'Import your first export', 'Import & export'],
  ] as const) {
    await switchLanguage(page, language);
    await page.getByTestId('nav-quality').click();
    await expect(page.getByTestId('quality-import-first')).toHaveText(label);
    await screenshot(page, `quality-empty-${language}`);
    await page.getByTestId('quality-import-first').click();
    await expect(page.getByTestId('area-title')).toHaveText(importTitle);
    await page.getByTestId('nav-orders').click();
    await page.getByTestId('orders-import').click();
    await expect(page.getByTestId('area-title')).toHaveText(importTitle);
  }
});
