import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, screenshot, startServe, test } from './serve-fixture';
import { seededDataDir } from './scan-helpers';
import { loginViaUi } from './store-helpers';

/**
 * Suppliers and lots as real data (issue 17, items 1–2): the owner adds a supplier, receives a lot of the SKU a
 * buyer is sending back, is refused a lot code used twice, and prints the lot's label (the browser's print); the
 * inspector then types the label found on the returned item at the station, and the order line's lot is the label's.
 */
test('owner receives a lot and prints its label; inspector records the label at the station', async ({ page, browser }) => {
  test.setTimeout(300_000); // the seed of the data dir and two logins on a crowded machine
  const { dataDir, samples } = seededDataDir(1500);
  const tracking = samples.awaitingReturnTracking[0]!;
  const db = new BetterSqlite3(join(dataDir, 'returnlens.sqlite'));
  const sku = db
    .prepare(
      `SELECT k.code, ol.id AS lineId FROM after_sales_cases c JOIN order_lines ol ON ol.id = c.order_line_id JOIN skus k ON k.id = ol.sku_id
       WHERE c.return_tracking_number = ?`,
    )
    .get(tracking) as { code: string; lineId: string };
  db.close();
  const served = await startServe(dataDir);
  const lotCode = 'E2E-2611A';
  try {
    await page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.goto(served.url);
    await loginViaUi(page, 'owner', '123456');
    await page.getByTestId('nav-suppliers').click();
    await expect(page.getByTestId('suppliers-page')).toBeVisible();

    // A new supplier, then a blank name is refused in Chinese before anything is sent.
    await page.getByTestId('supplier-add').click();
    await page.getByTestId('supplier-name').fill('东莞精工制衣厂');
    await page.getByTestId('supplier-contact').fill('李经理 139 2222 3333');
    await page
      .getByRole('button', { name: '保 存' })
      .or(page.getByRole('button', { name: '保存' }))
      .click();
    await expect(page.getByTestId('supplier-table')).toContainText('东莞精工制衣厂');
    await screenshot(page, 'suppliers-zh-CN');

    // Receive a lot of the returned item's SKU from that supplier.
    await page.getByTestId('tab-lots').click();
    const receiveLot = async (code: string, cost: string) => {
      await page.getByTestId('lot-receive').click();
      await page.getByTestId('lot-code').fill(code);
      await page.getByTestId('lot-sku').click();
      await page.keyboard.type(sku.code);
      await page.locator('.ant-select-item-option', { hasText: sku.code }).first().click();
      await page.getByTestId('lot-supplier').click();
      await page.locator('.ant-select-item-option', { hasText: '东莞精工制衣厂' }).click();
      await page.getByTestId('lot-quantity').fill('200');
      await page.getByTestId('lot-received').click();
      await page.keyboard.type('2026-01-05');
      await page.keyboard.press('Enter');
      await page.getByTestId('lot-cost').fill(cost);
      await page.getByTestId('lot-receive-ok').click();
    };
    await receiveLot(lotCode, '-1');
    await expect(page.getByText('请填写进货单价（元），不能是负数。')).toBeVisible();
    await page.getByTestId('lot-cost').fill('18.50');
    await page.getByTestId('lot-receive-ok').click();

    // The label opens at once: the lot code as a Code 128 barcode (start B … stop) with SKU and date; Print prints.
    const label = page.getByTestId('lot-label');
    await expect(label).toContainText(lotCode);
    await expect(label).toContainText(sku.code);
    await expect(label).toContainText('到货 2026-01-05');
    const modules = await page.getByTestId('lot-barcode').getAttribute('data-modules');
    expect(modules?.startsWith(`${'0'.repeat(10)}11010010000`)).toBe(true);
    expect(modules?.endsWith(`1100011101011${'0'.repeat(10)}`)).toBe(true);
    await screenshot(page, 'lot-label-zh-CN');
    await page.getByTestId('lot-label-print').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join('test-results', 'screens', 'lot-label-print-zh-CN.png') });
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('lot-label-close').click();

    // The same lot code again is refused, in Chinese, and nothing is written.
    await receiveLot(lotCode.toLowerCase(), '18.50');
    await expect(page.getByText(`批次号“${lotCode}”已经用过了`, { exact: false })).toBeVisible();
    await page.getByTestId('lot-receive-cancel').click();
    await expect(page.getByTestId('lot-form')).toBeHidden();
    await page.getByTestId('lot-search').fill('e2e-2611');
    await expect(page.getByTestId('lot-table').locator('tbody tr.ant-table-row')).toHaveCount(1);
    await expect(page.getByTestId('lot-table').locator('tbody tr.ant-table-row')).toContainText(lotCode);
    await screenshot(page, 'lots-zh-CN');

    await page.getByTestId('language-switch').getByText('English').click();
    await expect(page.getByTestId('lot-table')).toContainText('Sold (label / estimate)');
    await screenshot(page, 'lots-en-US');
    await page.getByTestId(`lot-label-${lotCode}`).click();
    await expect(page.getByTestId('lot-label')).toContainText('Received 2026-01-05');
    await screenshot(page, 'lot-label-en-US');
    await page.getByTestId('lot-label-close').click();
    await page.getByTestId('tab-suppliers').click();
    await screenshot(page, 'suppliers-en-US');

    // The supplier return rates say how much rests on labels and how much on the FIFO estimate (seeded labels).
    await page.getByTestId('nav-quality').click();
    await page.getByTestId('card-rates').scrollIntoViewIfNeeded();
    await page.getByTestId('rates-dimension').getByText('Supplier').click();
    const basis = page.getByTestId('lot-basis-line');
    await expect(basis).toContainText(/from labels \d+% \([\d,]+\) · estimated first-in-first-out \d+%/);
    await page.getByTestId('card-rates').screenshot({ path: join('test-results', 'screens', 'quality-rates-supplier-en-US.png') });
    await page.getByTestId('language-switch').getByText('简体中文').click();
    await expect(basis).toContainText(/按标签确定 \d+%（[\d,]+ 件） · 按先进先出估算/);
    await page.getByTestId('card-rates').screenshot({ path: join('test-results', 'screens', 'quality-rates-supplier-zh-CN.png') });

    // The inspector, on the station, receives the parcel and types the label found on the item.
    const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    const station = await context.newPage();
    await station.goto(served.url);
    // Inline login with a longer wait: the second window's first screen loads slowly beside the seed's server.
    await station.getByTestId('login-user-inspector').click();
    await station.getByTestId('login-pin').fill('234567');
    await station.getByTestId('login-submit').click();
    await expect(station.getByTestId('current-user')).toHaveText('inspector', { timeout: 60_000 });
    await expect(station.getByTestId('scan-input')).toBeVisible({ timeout: 60_000 });
    await station.getByTestId('scan-input').fill(tracking);
    await station.keyboard.press('Enter');
    await expect(station.getByTestId('case-workspace')).toBeVisible();
    await station.keyboard.press('Alt+r');
    await expect(station.getByTestId('case-status')).toHaveText('已收货');
    await station.getByTestId('lot-label-input').fill('NOPE-1');
    await station.keyboard.press('Enter');
    await expect(station.getByText('没有批次号为“NOPE-1”的批次，请核对标签上的批次号。')).toBeVisible();
    await station.getByTestId('lot-label-input').fill(lotCode);
    await station.keyboard.press('Enter');
    await expect(station.getByTestId('lot-label-recorded')).toHaveText(`批次 ${lotCode}（来自标签）`);
    await screenshot(station, 'station-lot-label-zh-CN');
    await station.getByTestId('language-switch').getByText('English').click();
    await expect(station.getByTestId('lot-label-recorded')).toHaveText(`Lot ${lotCode} (from the label)`);
    await screenshot(station, 'station-lot-label-en-US');
    await context.close();

    const check = new BetterSqlite3(join(dataDir, 'returnlens.sqlite'), { readonly: true });
    const line = check
      .prepare('SELECT lt.lot_code AS code, l.lot_basis AS basis FROM order_lines l JOIN lots lt ON lt.id = l.lot_id WHERE l.id = ?')
      .get(sku.lineId);
    check.close();
    expect(line).toEqual({ code: lotCode, basis: 'label' });
  } finally {
    await served.stop();
  }
});
