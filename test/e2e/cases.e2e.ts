import { expect, screenshot, setupOwnerViaUi, test } from './serve-fixture';
import { apiCall, insertCatalog, loginViaUi } from './store-helpers';

const hour = 3_600_000;

/**
 * Customer service's day: an overdue case is impossible to miss on the Cases screen; the service user opens it,
 * records a message, marks it responded (the platform's clock still runs), agrees to the return (it stops), and the
 * deadline, timeline and audit trail show it, in both languages.
 */
test('a service user opens an overdue case, adds a message and marks it responded', async ({ page, served }) => {
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');
  insertCatalog(served.dataDir);
  await apiCall(page, 'users.create', { name: '小李', role: 'service', pin: '345678' });
  await apiCall(page, 'orders.create', {
    orderNumber: '261120-100000000000001',
    status: 'signed',
    lines: [{ skuCode: 'TS-WH-M', quantity: 1, unitPriceFen: 3990 }],
  });
  await apiCall(page, 'orders.create', {
    orderNumber: '261120-100000000000002',
    status: 'signed',
    lines: [{ skuCode: 'TS-WH-M', quantity: 2, unitPriceFen: 3990 }],
  });
  const now = Date.now();
  await apiCall(page, 'cases.create', {
    caseNumber: 'E2E-OVERDUE-1',
    orderNumber: '261120-100000000000001',
    type: 'return_refund',
    reasonCategory: 'quality',
    reasonText: '衣服领口开线',
    refundFen: 3990,
    requestedAt: now - 50 * hour,
    deadlineAt: now - 2 * hour,
  });
  await apiCall(page, 'cases.create', {
    caseNumber: 'E2E-LATER-2',
    orderNumber: '261120-100000000000002',
    type: 'refund_only',
    reasonCategory: 'no_reason_7day',
    refundFen: 7980,
    deadlineAt: now + 30 * hour,
  });

  await page.getByTestId('logout').click();
  await loginViaUi(page, '小李', '345678');
  await page.getByTestId('nav-cases').click();

  // The overdue case is on top, red, counted in the badge and announced above the list.
  await expect(page.getByTestId('overdue-alert')).toBeVisible();
  await expect(page.getByTestId('case-count-overdue')).toContainText('1');
  const rows = page.locator('[data-testid^="case-row-"]');
  await expect(rows.first()).toHaveAttribute('data-testid', 'case-row-E2E-OVERDUE-1');
  await expect(page.getByTestId('case-row-E2E-OVERDUE-1').locator('[data-deadline]')).toHaveAttribute('data-deadline', 'overdue');
  await expect(page.getByTestId('case-row-E2E-OVERDUE-1')).toContainText('已超时');
  await screenshot(page, 'cases-list-zh-CN');

  // Search finds the other case by its order number.
  await page.getByTestId('case-search').fill('100000000000002');
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('case-row-E2E-LATER-2')).toBeVisible();
  await page.getByTestId('case-search').fill('');
  await expect(rows).toHaveCount(2);

  await page.getByTestId('case-row-E2E-OVERDUE-1').click();
  const detail = page.getByTestId('case-detail');
  await expect(detail).toBeVisible();
  await expect(page.getByTestId('case-deadline')).toHaveAttribute('data-deadline', 'overdue');
  await expect(detail).toContainText('纯棉短袖T恤');
  await expect(detail).toContainText('义乌织造有限公司');
  await screenshot(page, 'case-detail-overdue-zh-CN');

  // Neither an internal note nor a first reply stops the platform's clock: only the case leaving the merchant does.
  await page.getByTestId('case-messages').getByText('内部备注').click();
  await page.getByTestId('case-message-input').fill('已联系买家，请其寄回商品');
  await page.getByTestId('case-message-send').click();
  await expect(page.getByTestId('case-message')).toContainText('已联系买家，请其寄回商品');
  await expect(page.getByTestId('case-deadline')).toHaveAttribute('data-deadline', 'overdue');
  await page.getByTestId('case-mark-responded').click();
  await expect(page.getByTestId('case-mark-responded')).toBeDisabled();
  await expect(page.getByTestId('case-responded-at')).toContainText('超时回复');
  await expect(page.getByTestId('case-deadline')).toHaveAttribute('data-deadline', 'overdue');

  // The audit trail names who did it.
  const audit = page.getByTestId('case-audit');
  await expect(audit).toContainText('将售后单 E2E-OVERDUE-1 标记为已回复');
  await expect(audit.locator('[data-testid="case-audit-row"]').filter({ hasText: '标记为已回复' })).toContainText(
    /小李 将售后单 E2E-OVERDUE-1 标记为已回复：回复时间设为 \d{4}-\d\d-\d\d \d\d:\d\d/,
  );
  await page.getByTestId('case-audit').scrollIntoViewIfNeeded();
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await screenshot(page, 'case-detail-responded-zh-CN');

  // Agreeing to the return hands the case to the buyer: the clock stops and the list has no overdue case left.
  await page.getByTestId('case-status').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '待买家退货' }).click();
  await page.getByTestId('case-save').click();
  await expect(page.getByTestId('case-deadline')).toHaveAttribute('data-waits-on', 'buyer');
  await expect(page.getByTestId('case-deadline')).toContainText('商家暂时无需操作');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('case-count-overdue')).toContainText('0');
  await expect(page.getByTestId('overdue-alert')).toHaveCount(0);
  const stored = await apiCall<{ respondedAt: number | null; communications: unknown[] }>(page, 'cases.get', {
    id: (await apiCall<{ rows: { id: string; caseNumber: string }[] }>(page, 'cases.list', { group: 'all' })).rows.find(
      (r) => r.caseNumber === 'E2E-OVERDUE-1',
    )?.id,
  });
  expect(stored.respondedAt).not.toBeNull();
  expect(stored.communications).toHaveLength(1);

  // A case that came in by phone: entered by hand together with its order; its deadline follows the policy (48 h).
  await page.getByTestId('case-new').click();
  const dialog = page.getByRole('dialog');
  await page.getByTestId('new-case-number').fill('E2E-MANUAL-3');
  await page.getByTestId('new-case-order').fill('261121-100000000000003');
  await dialog.getByLabel('买家说明').fill('电话反馈：尺码偏小');
  await dialog.getByText('订单还不在系统中：同时录入订单').click();
  await dialog.getByLabel('SKU').fill('TS-WH-M');
  await dialog.getByLabel('单价').fill('39.90');
  await screenshot(page, 'case-new-zh-CN');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByTestId('case-detail-number')).toHaveText('E2E-MANUAL-3');
  await expect(page.getByTestId('case-deadline')).toHaveAttribute('data-deadline', 'ok');
  await expect(page.getByTestId('case-deadline')).toContainText('1天 23小时');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('case-row-E2E-MANUAL-3')).toBeVisible();

  // English.
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByTestId('case-group-overdue')).toContainText('Overdue');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await screenshot(page, 'cases-list-en-US');
  await page.getByTestId('case-row-E2E-LATER-2').click();
  await expect(page.getByTestId('case-deadline')).toContainText('left');
  await screenshot(page, 'case-detail-en-US');
});
