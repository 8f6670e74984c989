import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, screenshot, setupOwnerViaUi, test } from './serve-fixture';
import { apiCall, insertCatalog, loginViaUi } from './store-helpers';

/**
 * Issue 16, item 4: service staff make the evidence pack from the case page, see it listed with its size, and save
 * the PDF; the English option is listed beside it. Screens in both languages.
 */
test('a service user makes an evidence pack from the case page, sees it listed and saves the PDF', async ({ page, served }) => {
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');
  insertCatalog(served.dataDir);
  await apiCall(page, 'users.create', { name: '小李', role: 'service', pin: '345678' });
  await apiCall(page, 'orders.create', {
    orderNumber: '261120-300000000000001',
    status: 'signed',
    lines: [{ skuCode: 'TS-WH-M', quantity: 1, unitPriceFen: 3990 }],
  });
  const created = await apiCall<{ id: string }>(page, 'cases.create', {
    caseNumber: 'E2E-EVIDENCE-1',
    orderNumber: '261120-300000000000001',
    type: 'return_refund',
    reasonCategory: 'quality',
    reasonText: '衣服领口开线',
    refundFen: 3990,
  });
  await apiCall(page, 'communications.add', {
    caseId: created.id,
    direction: 'inbound',
    text: '领口开线了，<script>alert(1)</script> 要求退货',
  });
  await page.getByTestId('logout').click();
  await loginViaUi(page, '小李', '345678');
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-row-E2E-EVIDENCE-1').click();
  const section = page.getByTestId('case-evidence');
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByText('还没有生成过证据材料')).toBeVisible();

  await section.getByTestId('evidence-make').click();
  await expect(page.locator('.ant-message-notice-success')).toContainText('已生成证据材料');
  const packs = section.getByTestId('evidence-pack');
  await expect(packs).toHaveCount(1);
  await expect(packs.first()).toContainText('证据-E2E-EVIDENCE-1-');
  await expect(packs.first()).toContainText('中文');
  await expect(packs.first()).toContainText(/\d+ KB/);
  // The case's own history says who made the pack.
  await expect(page.getByTestId('case-audit')).toContainText('生成了证据材料');

  const download = page.waitForEvent('download');
  await packs.first().getByTestId('evidence-save').click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^证据-E2E-EVIDENCE-1-\d{8}-\d{6}-zh\.pdf$/);
  const bytes = readFileSync(await saved.path());
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

  // The English option, listed newest first.
  await section.getByLabel('材料语言').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '英文（店主留档用）' }).click();
  await section.getByTestId('evidence-make').click();
  await expect(packs).toHaveCount(2);
  await expect(packs.first()).toContainText('evidence-E2E-EVIDENCE-1-');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 15_000 });
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: join('test-results', 'screens', 'case-evidence-card-zh-CN.png') });
  await screenshot(page, 'case-evidence-zh-CN');

  await page.keyboard.press('Escape');
  await page.getByTestId('language-switch').getByText('English').click();
  await page.getByTestId('case-row-E2E-EVIDENCE-1').click();
  const english = page.getByTestId('case-evidence');
  await english.scrollIntoViewIfNeeded();
  await expect(english.getByTestId('evidence-make')).toHaveText('Make evidence pack');
  await expect(english.getByTestId('evidence-pack')).toHaveCount(2);
  await expect(english.getByTestId('evidence-pack').nth(1)).toContainText('Chinese');
  await english.screenshot({ path: join('test-results', 'screens', 'case-evidence-card-en-US.png') });
});
