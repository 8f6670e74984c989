import { expect, screenshot, setupOwnerViaUi, test } from './serve-fixture';
import { apiCall, insertCatalog, loginViaUi } from './store-helpers';

/**
 * Issue 15, item 5: service staff offer two remedies on a case, record the buyer declining one and accepting the
 * other, mark it agreed, and the compensation ledger shows its total; the screens in both languages.
 */
test('a service user offers two remedies, records the answers and sees the ledger total', async ({ page, served }) => {
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');
  insertCatalog(served.dataDir);
  await apiCall(page, 'users.create', { name: '小李', role: 'service', pin: '345678' });
  await apiCall(page, 'orders.create', {
    orderNumber: '261120-200000000000001',
    status: 'signed',
    lines: [{ skuCode: 'TS-WH-M', quantity: 1, unitPriceFen: 3990 }],
  });
  await apiCall(page, 'cases.create', {
    caseNumber: 'E2E-REMEDY-1',
    orderNumber: '261120-200000000000001',
    type: 'return_refund',
    reasonCategory: 'quality',
    reasonText: '衣服领口开线',
    refundFen: 3990,
  });
  await page.getByTestId('logout').click();
  await loginViaUi(page, '小李', '345678');
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-row-E2E-REMEDY-1').click();
  const section = page.getByTestId('case-remedies');
  await expect(section).toBeVisible();

  // The advice: four routes side by side, one recommended, each with its sum.
  await expect(page.getByTestId('remedy-route')).toHaveCount(4);
  await expect(section.getByText('推荐', { exact: true })).toHaveCount(1);

  // First offer: a partial refund of ¥12 (the buyer keeps the shirt).
  const form = page.getByTestId('remedy-offer-form');
  await page.getByTestId('remedy-amount').fill('12');
  await page.getByTestId('remedy-note').fill('亲，衣服您留着，补偿您12元可以吗？');
  await page.getByTestId('remedy-offer-submit').click();
  await expect(page.getByTestId('remedy-item')).toHaveCount(1);

  // A negative amount is refused in plain words, and nothing is recorded.
  await page.getByTestId('remedy-amount').fill('-5');
  await page.getByTestId('remedy-offer-submit').click();
  await expect(page.locator('.ant-message-notice-error')).toContainText('金额不能是负数。');
  await expect(page.getByTestId('remedy-item')).toHaveCount(1);

  // Second offer: a ¥5 coupon.
  await page.getByTestId('remedy-kind').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '店铺优惠券' }).click();
  await form.getByTestId('remedy-amount').fill('5');
  await page.getByTestId('remedy-threshold').fill('30');
  await page.getByTestId('remedy-offer-submit').click();
  await expect(page.getByTestId('remedy-item')).toHaveCount(2);

  const [partial, coupon] = [page.getByTestId('remedy-item').nth(0), page.getByTestId('remedy-item').nth(1)];
  await partial.getByTestId('remedy-decline').click();
  await expect(partial.getByTestId('remedy-answer')).toHaveText('买家拒绝');
  await coupon.getByTestId('remedy-accept').click();
  await expect(coupon.getByTestId('remedy-answer')).toHaveText('买家接受');
  await coupon.getByTestId('remedy-agree').click();
  await expect(coupon.getByTestId('remedy-agreed')).toBeVisible();
  await expect(page.getByTestId('ledger-total')).toHaveText('合计 ¥5.00');
  await expect(page.getByTestId('remedy-ledger')).toContainText('优惠券（发放时按面额计）');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 15_000 });
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'case-remedies-zh-CN');

  await page.keyboard.press('Escape');
  await page.getByTestId('language-switch').getByText('English').click();
  await page.getByTestId('case-row-E2E-REMEDY-1').click();
  await expect(page.getByTestId('ledger-total')).toHaveText('Total ¥5.00');
  await expect(page.getByTestId('remedy-item').nth(0).getByTestId('remedy-answer')).toHaveText('Buyer declined');
  await page.getByTestId('case-remedies').scrollIntoViewIfNeeded();
  await screenshot(page, 'case-remedies-en-US');

  const stored = await apiCall<{ ledgerTotalFen: number; remedies: { kind: string; answer: string; agreedAt: number | null }[] }>(
    page,
    'remedies.list',
    { caseId: (await apiCall<{ rows: { id: string }[] }>(page, 'cases.list', { group: 'all' })).rows[0]?.id },
  );
  expect(stored.ledgerTotalFen).toBe(500);
  expect(stored.remedies.map((r) => [r.kind, r.answer, r.agreedAt !== null])).toEqual([
    ['partial_refund', 'declined', false],
    ['coupon', 'accepted', true],
  ]);
});
