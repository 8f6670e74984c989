import { expect, screenshot, setupOwnerViaUi, test } from './serve-fixture';
import { apiCall, insertCatalog, loginViaUi } from './store-helpers';

const hour = 3_600_000;

/**
 * Issue 15, item 10, as one person's morning: service staff open their queue, claim the most urgent case, read its
 * verdict under the law, offer two remedies, record the one the buyer accepted, resolve the case, and find its
 * follow-up waiting on the desk; then the same desk in English. (The desktop alert firing once, the counter and bulk
 * assign are in desk.e2e.ts.)
 */
test('the service desk, start to follow-up: claim the most urgent case, verdict, two remedies, resolve, follow-up', async ({
  page,
  served,
}) => {
  test.setTimeout(180_000);
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');
  insertCatalog(served.dataDir);
  await apiCall(page, 'users.create', { name: '小李', role: 'service', pin: '345678' });
  const now = Date.now();
  for (const [i, c] of [
    { caseNumber: 'S-LATER', hours: 30 },
    { caseNumber: 'S-LATE', hours: -2 },
  ].entries()) {
    const orderNumber = `261201-30000000000000${i}`;
    await apiCall(page, 'orders.create', {
      orderNumber,
      status: 'signed',
      lines: [{ skuCode: 'TS-WH-M', quantity: 1, unitPriceFen: 3990 }],
    });
    await apiCall(page, 'cases.create', {
      caseNumber: c.caseNumber,
      orderNumber,
      type: 'return_refund',
      reasonCategory: 'quality',
      reasonText: '领口开线',
      status: 'pending_merchant',
      refundFen: 3990,
      requestedAt: now - 40 * hour,
      deadlineAt: now + c.hours * hour,
    });
  }
  await page.getByTestId('logout').click();
  await loginViaUi(page, '小李', '345678');
  await page.evaluate(() => (window.location.hash = '#/'));

  // The queue: the overdue case on top, claimed with the keyboard, opened with Enter.
  await expect(page.getByTestId('area-title')).toHaveText('客服工作台');
  const top = page.locator('[data-testid^="desk-row-"]').first();
  await expect(top).toHaveAttribute('data-testid', 'desk-row-S-LATE');
  await expect(top).toHaveAttribute('data-active', 'true');
  await page.keyboard.press('c');
  await expect(top).toContainText('小李');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail-number')).toHaveText('S-LATE');

  // The law on this case, in plain words: a quality problem, so the merchant pays the return freight.
  await expect(page.getByTestId('case-law-headline')).not.toBeEmpty();
  await expect(page.getByTestId('case-law-freight')).toContainText('商家');

  // Two remedies offered; the buyer declines the partial refund and accepts the coupon, which is agreed.
  const form = page.getByTestId('remedy-offer-form');
  await form.getByTestId('remedy-amount').fill('12');
  await page.getByTestId('remedy-offer-submit').click();
  await expect(page.getByTestId('remedy-item')).toHaveCount(1);
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
  await coupon.getByTestId('remedy-agree').click();
  await expect(page.getByTestId('ledger-total')).toHaveText('合计 ¥5.00');

  // Resolved: the buyer keeps the shirt with the coupon.
  await page.getByTestId('case-status').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '退款成功' }).click();
  await page.getByTestId('case-resolution').fill('买家接受5元优惠券，商品不退回');
  await page.getByTestId('case-save').click();
  await expect(page.getByTestId('case-status')).toHaveText('退款成功');
  await page.keyboard.press('Escape');

  // The follow-up waits on the desk, and the case has left the overdue count.
  const followUp = page.locator('[data-testid="desk-task"][data-kind="follow_up"]');
  await expect(followUp).toHaveAttribute('data-case-number', 'S-LATE');
  expect(await apiCall<{ overdue: number }>(page, 'desk.counter', {})).toMatchObject({ overdue: 0 });
  await screenshot(page, 'service-desk-story-zh-CN');

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByTestId('area-title')).toHaveText('Service desk');
  await expect(page.getByTestId('desk-tasks')).toContainText('Desk tasks');
  await expect(followUp).toHaveAttribute('data-case-number', 'S-LATE');
  await screenshot(page, 'service-desk-story-en-US');
});
