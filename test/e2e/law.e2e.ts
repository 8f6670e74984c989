import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { expect, screenshot, setupOwnerViaUi, test } from './serve-fixture';
import { apiCall, insertCatalog } from './store-helpers';

const hour = 3_600_000;
const day = 24 * hour;

/**
 * The law on a case (issue 15, items 4 and 8): the owner marks a product as fresh goods, and the case page says, in
 * both languages and with the rule named, that a request on day 3 after signing is inside the window but excluded;
 * the freight form refuses a negative amount; the store-page policy text lists the exception.
 */
test('the verdict on a case and the store policy text, in both languages', async ({ page, served }) => {
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');
  insertCatalog(served.dataDir);
  await apiCall(page, 'orders.create', {
    orderNumber: '261120-100000000000009',
    status: 'signed',
    lines: [{ skuCode: 'TS-WH-M', quantity: 1, unitPriceFen: 3990 }],
  });
  const requestedAt = Date.now() - hour;
  await apiCall(page, 'cases.create', {
    caseNumber: 'E2E-LAW-1',
    orderNumber: '261120-100000000000009',
    type: 'return_refund',
    reasonCategory: 'no_reason_7day',
    refundFen: 3990,
    requestedAt,
    deadlineAt: requestedAt + 48 * hour,
  });
  // A quality claim on the same product, 10 days after signing: exchange or repair, and (durable) the burden of proof.
  await apiCall(page, 'orders.create', {
    orderNumber: '261120-100000000000010',
    status: 'signed',
    lines: [{ skuCode: 'TS-WH-M', quantity: 1, unitPriceFen: 3990 }],
  });
  await apiCall(page, 'cases.create', {
    caseNumber: 'E2E-LAW-2',
    orderNumber: '261120-100000000000010',
    type: 'return_refund',
    reasonCategory: 'quality',
    refundFen: 3990,
    requestedAt,
    deadlineAt: requestedAt + 48 * hour,
  });
  // Manual orders carry no signing time: the courier's signing, exactly 3 (and 10) days before the request.
  const db = new BetterSqlite3(join(served.dataDir, 'returnlens.sqlite'));
  db.pragma('busy_timeout = 5000');
  db.prepare(`UPDATE orders SET signed_at = ? WHERE order_number = '261120-100000000000009'`).run(requestedAt - 3 * day);
  db.prepare(`UPDATE orders SET signed_at = ? WHERE order_number = '261120-100000000000010'`).run(requestedAt - 10 * day);
  db.close();

  // The owner marks the product as fresh goods on the product return rules screen.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-tab-productRules').click();
  await page.getByTestId('law-product-edit').first().click();
  await page.getByTestId('law-product-exception').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '生鲜商品' }).click();
  await page.getByRole('dialog').getByRole('switch').click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /保\s*存/ })
    .click();
  await expect(page.getByTestId('law-products')).toContainText('生鲜商品');
  await screenshot(page, 'law-product-rules-zh-CN');

  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-row-E2E-LAW-1').click();
  const law = page.getByTestId('case-law');
  await expect(page.getByTestId('case-law-headline')).toHaveText('在7天无理由期内（签收后第3天），生鲜商品除外 → 不适用无理由退货');
  await expect(law).toContainText('《电子商务法》第51条');
  await expect(law).toContainText('《消费者权益保护法》第25条');
  await expect(page.getByTestId('case-law-freight')).toContainText('应由买家承担');

  // A negative freight amount is refused on the page, in Chinese, and nothing is recorded.
  await page.getByTestId('law-freight-amount').fill('-5');
  await page.getByTestId('law-freight-save').click();
  await expect(law).toContainText('请输入不小于 0 的金额');
  await expect(page.getByTestId('case-law-freight-recorded')).toHaveCount(0);
  await page.getByTestId('law-freight-amount').fill('12');
  await page.getByTestId('law-freight-save').click();
  await expect(page.getByTestId('case-law-freight-recorded')).toContainText('已记录：买家支付 ¥12.00');
  await screenshot(page, 'law-case-verdict-zh-CN');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByTestId('case-law-headline')).toHaveText(
    'Within the 7-day no-reason window (day 3 after signing), but fresh goods are excluded → no-reason return does not apply',
  );
  await expect(law).toContainText('E-Commerce Law Art. 51');
  await expect(page.getByTestId('case-law-freight-recorded')).toContainText('Recorded: paid by the buyer, ¥12.00');
  await screenshot(page, 'law-case-verdict-en-US');
  await page.keyboard.press('Escape');

  // The quality case: past 7 days, so exchange or repair; durable goods put the burden of proof on the merchant.
  await page.getByTestId('case-row-E2E-LAW-2').click();
  await expect(page.getByTestId('case-law-headline')).toHaveText(
    'Quality problem, day 10 after signing (past 7 days) → exchange or repair; the merchant pays freight',
  );
  await expect(law).toContainText('the merchant must prove it was not there at sale');
  await expect(law).toContainText('Consumer Rights Protection Law Art. 23');
  await expect(law).toContainText('(fresh goods); quality claims are not affected');
  await expect(page.getByTestId('law-freight-payer')).toContainText('Merchant');
  await screenshot(page, 'law-case-quality-en-US');
  await page.getByTestId('language-switch').getByText('简体中文').click();
  await expect(page.getByTestId('case-law-headline')).toHaveText('质量问题，签收后第10天（已过7天）→ 可以换货或维修，运费由商家承担');
  await expect(law).toContainText('由商家负责举证');
  await screenshot(page, 'law-case-quality-zh-CN');
  await page.getByTestId('language-switch').getByText('English').click();
  await page.keyboard.press('Escape');

  // The store page's policy text lists the exception that is in use; the English gloss is there for the owner.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-tab-storePolicy').click();
  await expect(page.getByTestId('law-store-policy')).toContainText('fresh or perishable goods');
  await screenshot(page, 'law-store-policy-en-US');
  await page.getByTestId('language-switch').getByText('简体中文').click();
  await expect(page.getByTestId('law-store-policy-zh')).toContainText('以下商品不适用七天无理由退货（质量问题除外）：生鲜、易腐商品。');
  await expect(page.getByTestId('law-store-policy-zh')).toContainText('自物流签收之时起 7 天内');
  await screenshot(page, 'law-store-policy-zh-CN');
});
