import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, screenshot, setupOwnerViaUi, test } from './serve-fixture';
import { apiCall } from './store-helpers';

const samples = fileURLToPath(new URL('../fixtures/pdd-samples', import.meta.url));

/** A merchant imports the GBK order sample and the after-sales sample through the import screen. */
test('import the shared samples through the UI: preview, commit, history, mapping for an unknown layout', async ({ page, served }) => {
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');
  await page.getByTestId('nav-import').click();
  await expect(page.getByTestId('import-dropzone')).toBeVisible();
  await screenshot(page, 'import-pick-zh-CN');

  await page.locator('input[type=file]').setInputFiles(join(samples, 'pdd-orders-gbk.csv'));
  const counts = page.getByTestId('import-counts');
  await expect(counts).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-preview')).toContainText('GB18030');
  await expect(counts.getByRole('row', { name: /^订单\s/ })).toContainText('300');
  await screenshot(page, 'import-preview-zh-CN');

  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText('新增', { timeout: 30_000 });
  await expect(page.getByTestId('import-history')).toContainText('pdd-orders-gbk.csv');
  await expect(page.getByTestId('import-history')).toContainText('已写入');

  // After-sales next: they link to the orders just written.
  await page.getByTestId('import-another').click();
  await page.locator('input[type=file]').setInputFiles(join(samples, 'pdd-aftersales.csv'));
  await expect(page.getByTestId('import-counts')).toContainText('24', { timeout: 30_000 });
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 30_000 });
  const history = await apiCall<{ state: string; counts: Record<string, { new: number }> | null }[]>(page, 'imports.history', {});
  expect(history.map((r) => r.state)).toEqual(['committed', 'committed']);
  expect(history[0]?.counts?.cases?.new).toBe(24);
  expect(history[1]?.counts?.orders?.new).toBe(300);
  await screenshot(page, 'import-done-zh-CN');

  // A file with bad rows shows them with row, column and reason.
  const bad = join(served.dataDir, 'bad-orders.csv');
  writeFileSync(
    bad,
    '订单号,订单状态,商品数量(件),商家编码-规格维度,商品总价(元),支付时间\n' +
      '2.6073E+20,已签收,1,CUP-WH,39.90,2026-07-30 06:50:00\n' +
      '260730-590830166131999,已签收,1,CUP-WH,39.9O,2026-07-30 06:50:00\n' +
      '260730-590830166131998,已签收,1,CUP-WH,¥39.90,2026-13-30 06:50:00\n' +
      '260730-590830166131997,已签收,2,CUP-WH,79.80,2026-07-30 06:50:00\n',
  );
  await page.getByTestId('import-another').click();
  await page.locator('input[type=file]').setInputFiles(bad);
  const rejects = page.getByTestId('import-rejects');
  await expect(rejects).toContainText('科学计数法', { timeout: 30_000 });
  await expect(rejects).toContainText('39.9O');
  await expect(rejects).toContainText('支付时间');
  await screenshot(page, 'import-rejects-zh-CN');

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByTestId('import-rejects')).toContainText('Scientific notation');
  await screenshot(page, 'import-rejects-en-US');
  await page.getByTestId('import-discard').click();
  await expect(page.getByTestId('import-done')).toContainText('nothing was written');

  // Unknown layout → mapping screen.
  const odd = join(served.dataDir, 'odd-layout.csv');
  writeFileSync(odd, 'Order ID;Order state;Qty;SKU\n260801-100000000000001;已签收;1;CUP-WH\n260801-100000000000002;待发货;2;CUP-BK\n');
  await page.getByTestId('import-another').click();
  await page.locator('input[type=file]').setInputFiles(odd);
  await expect(page.getByTestId('import-mapping')).toBeVisible({ timeout: 30_000 });
  const choose = async (field: string, column: string) => {
    await page.getByTestId(`mapping-${field}`).click();
    await page.keyboard.type(column);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId(`mapping-${field}`)).toContainText(column);
  };
  await choose('orderNumber', 'Order ID');
  await choose('status', 'Order state');
  await choose('quantity', 'Qty');
  await choose('skuCode', 'SKU');
  await expect(page.getByTestId('import-mapping')).toContainText('260801-100000000000001');
  await screenshot(page, 'import-mapping-en-US');
  await page.getByTestId('mapping-save').click();
  await expect(page.getByTestId('import-counts')).toContainText('2', { timeout: 30_000 });
  await screenshot(page, 'import-preview-en-US');
  await page.getByTestId('language-switch').getByText('简体中文').click();
  await screenshot(page, 'import-preview-mapped-zh-CN');
});
