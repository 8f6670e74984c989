import { defaultRemedyCostRates, remedyCosts, type RemedyCostRates } from '../../shared/domain/remedy-cost';
import { remedyLawInputs } from '../../shared/domain/remedy-law';
import { moneyText } from './money-text';
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

/**
 * Issue 15, item 6: the route comparison on screen is the domain arithmetic (shared/domain/remedy-cost.ts) at the
 * owner's rates, term by term and in total, in both languages — computed here from the case's figures, not read
 * back from the API.
 */
test('the route comparison shows each route’s terms and total exactly as the remedy arithmetic computes them', async ({ page, served }) => {
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');
  insertCatalog(served.dataDir); // TS-WH-M, unit cost ¥15.00, no graded returns yet
  const changed = { labourFenPerHour: 4500, handlingMinutes: 12, inspectionMinutes: 6, outboundFreightFen: 1200 };
  await apiCall(page, 'settings.updatePolicy', { remedyCosts: { ...changed, partialRefundPercentByReason: { quality: 35 } } });
  const rates: RemedyCostRates = {
    ...defaultRemedyCostRates,
    ...changed,
    partialRefundPercentByReason: { ...defaultRemedyCostRates.partialRefundPercentByReason, quality: 35 },
  };
  await apiCall(page, 'orders.create', {
    orderNumber: '261120-200000000000002',
    status: 'signed',
    lines: [{ skuCode: 'TS-WH-M', quantity: 2, unitPriceFen: 3990 }],
  });
  await apiCall(page, 'cases.create', {
    caseNumber: 'E2E-REMEDY-SUMS',
    orderNumber: '261120-200000000000002',
    skuCode: 'TS-WH-M',
    type: 'return_refund',
    reasonCategory: 'quality',
    reasonText: '两件都起球',
    requestedQuantity: 2,
    refundFen: 7980,
  });
  const expected = remedyCosts({
    refundFen: 7980,
    quantity: 2,
    unitCostFen: 1500,
    reasonCategory: 'quality',
    returnFreightFen: null,
    gradeMix: { A: 0, B: 0, C: 0, D: 0 },
    // A quality problem: the merchant pays the return freight (CPL Art. 24), every route is fair.
    ...remedyLawInputs({ basis: 'quality', freight: { expected: 'merchant', recorded: null, mismatch: false, rule: 'cpl_24' } }),
    rates,
  });
  // The hand check of one route, so the test does not merely trust the function it compares with:
  // return and refund = ¥79.80 + 2 × ¥15.00 + ¥10.00 freight + 18 min × ¥45/h (¥13.50) − 2 × ¥15.00 × 100% = ¥103.30.
  expect(expected.routes.find((r) => r.route === 'return_refund')?.totalFen).toBe(10330);

  await page.getByTestId('nav-cases').click();
  for (const lang of ['zh-CN', 'en-US'] as const) {
    if (lang === 'en-US') {
      await page.keyboard.press('Escape');
      await page.getByTestId('language-switch').getByText('English').click();
    }
    await page.getByTestId('case-row-E2E-REMEDY-SUMS').click();
    await expect(page.getByTestId('remedy-route')).toHaveCount(expected.routes.length);
    for (const route of expected.routes) {
      const card = page.locator(`[data-testid="remedy-route"][data-route="${route.route}"]`);
      await expect(card.getByTestId('remedy-term-amount')).toHaveText(route.terms.map((term) => moneyText(term.fen, lang)));
      await expect(card.getByTestId('remedy-route-total')).toHaveText(moneyText(route.totalFen, lang));
      await expect(card.locator('.ant-tag')).toHaveText(
        route.route === expected.recommended ? [lang === 'zh-CN' ? '推荐' : 'Recommended'] : [],
      );
    }
    // The factors behind the owner's rates are on screen too.
    const labour = page.locator('[data-testid="remedy-route"][data-route="return_refund"] [data-term="labour"]');
    await expect(labour).toContainText(lang === 'zh-CN' ? '18 分钟 × ¥45.00/小时' : '18 min × ¥45.00/h');
    const partial = page.locator('[data-testid="remedy-route"][data-route="partial_refund"] [data-term="partial_refund"]');
    await expect(partial).toContainText('¥79.80 × 35%');
    await page.getByTestId('remedy-advice').scrollIntoViewIfNeeded();
    await screenshot(page, `remedy-advice-sums-${lang}`);
  }
});
