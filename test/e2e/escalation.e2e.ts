import { expect, screenshot, setupOwnerViaUi, test } from './serve-fixture';
import { apiCall, insertCatalog, loginViaUi } from './store-helpers';

const hour = 3_600_000;
/** An instant as the China wall-clock text the date picker takes ("2026-11-22 18:00"). */
const chinaText = (ms: number) => new Date(ms + 8 * hour).toISOString().slice(0, 16).replace('T', ' ');

/**
 * Escalation with a clear path (issue 16, item 3): service staff escalate a disputed case to the owner with a
 * reason and open the buyer's notice from the escalation template; the owner finds it in their queue on the desk,
 * records the platform's intervention with its evidence deadline (counting down), the evidence sent, then — in
 * English — the platform's split decision, which stops the clock. Screenshots of the card and the queue in both languages.
 */
test('service escalates to the owner; the owner records the platform intervention, evidence and decision', async ({ page, served }) => {
  // Three logins, four saves and five screenshots: more than the default on a crowded machine.
  test.setTimeout(240_000);
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');
  insertCatalog(served.dataDir);
  // The owner's escalation settings, in both languages.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-tab-escalation').click();
  await expect(page.getByTestId('escalation-evidence-hours')).toHaveValue('72');
  await screenshot(page, 'escalation-settings-zh-CN');
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByTestId('escalation-settings')).toContainText('Suggested evidence deadline');
  await screenshot(page, 'escalation-settings-en-US');
  await page.getByTestId('language-switch').getByText('简体中文').click();
  await apiCall(page, 'users.create', { name: '小李', role: 'service', pin: '345678' });
  await apiCall(page, 'orders.create', {
    orderNumber: '261120-300000000000001',
    status: 'signed',
    lines: [{ skuCode: 'TS-WH-M', quantity: 1, unitPriceFen: 3990 }],
  });
  const now = Date.now();
  const created = await apiCall<{ id: string }>(page, 'cases.create', {
    caseNumber: 'E2E-ESC-1',
    orderNumber: '261120-300000000000001',
    type: 'refund_only',
    reasonCategory: 'quality',
    refundFen: 3990,
    requestedAt: now - 20 * hour,
  });
  await apiCall(page, 'communications.add', { caseId: created.id, direction: 'inbound', text: '衣服洗一次就破了，不退款我就申请平台介入' });
  await page.getByTestId('logout').click();

  // Service: escalate to the owner, with a reason from the list and the details.
  await loginViaUi(page, '小李', '345678');
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-row-E2E-ESC-1').click();
  const card = page.getByTestId('escalation-card');
  await expect(card.getByTestId('escalation-level')).toHaveText('客服处理中');
  await expect(card.getByTestId('escalation-hand_back')).toHaveCount(0);
  await card.getByTestId('escalation-to_owner').click();
  const modal = () => page.locator('.escalation-modal');
  let dialog = modal();
  // No reason chosen: said in Chinese, nothing saved.
  await dialog.getByTestId('escalation-submit').click();
  await expect(dialog).toContainText('请选择升级原因');
  await dialog.getByText('协商不成').click();
  await dialog.getByTestId('escalation-note').fill('补偿 10 元买家不接受，坚持全额退款不退货');
  await dialog.getByTestId('escalation-submit').click();
  await expect(card.getByTestId('escalation-level')).toHaveText('已升级给店主');
  await expect(card.getByTestId('escalation-timeline')).toContainText('小李 升级给店主：协商不成');
  // Service staff cannot hand it back (the owner's decision).
  await expect(card.getByTestId('escalation-hand_back')).toHaveCount(0);

  // Tell the buyer: the composer opens with an escalation template already picked.
  await card.getByTestId('escalation-notify').click();
  const notify = page.getByTestId('escalation-notify-modal');
  await expect(notify.getByTestId('reply-template-picker')).toContainText('已转交售后主管');
  await expect(notify.getByTestId('case-message-input')).toHaveValue(/转交给我们的售后主管/);
  await page.keyboard.press('Escape');
  await expect(notify).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.getByTestId('logout').click();

  // Owner: the case waits in the owner's queue on the desk.
  await loginViaUi(page, '王店长', '246810');
  await page.getByTestId('nav-desk').click();
  const queue = page.getByTestId('escalated-to-owner');
  await expect(queue).toContainText('升级给店主的售后单');
  await expect(queue.locator('[data-testid="escalated-row"][data-case-number="E2E-ESC-1"]')).toContainText('小李：协商不成');
  await screenshot(page, 'escalation-queue-zh-CN');
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(queue).toContainText('Escalated to the owner');
  await expect(queue).toContainText('小李: No agreement reached');
  await screenshot(page, 'escalation-queue-en-US');
  await page.getByTestId('language-switch').getByText('简体中文').click();
  await queue.locator('[data-testid="escalated-row"][data-case-number="E2E-ESC-1"]').click();
  await expect(card.getByTestId('escalation-hand_back')).toBeVisible();

  // The platform intervenes; its evidence deadline is 30 hours away.
  await card.getByTestId('escalation-to_platform').click();
  dialog = modal();
  const deadline = dialog.getByTestId('escalation-deadline');
  // The policy's suggestion (72 h after now) is filled in; the platform gave 30 hours.
  await expect(deadline).toHaveValue(new RegExp(`^${chinaText(Date.now() + 72 * hour).slice(0, 10)} `));
  await deadline.click();
  await deadline.fill(chinaText(now + 30 * hour));
  await deadline.press('Enter');
  await dialog.getByTestId('escalation-note').fill('买家申请平台介入');
  await dialog.getByTestId('escalation-submit').click();
  await expect(card.getByTestId('escalation-level')).toHaveText('平台介入中');
  await expect(card.getByTestId('escalation-countdown')).toContainText(/剩 1天 5小时|剩 1天 6小时/);
  // The desk counts it: the case's evidence clock runs.
  await expect(page.locator('[data-testid="case-clock-running"][data-kind="evidence"]')).toBeVisible();

  // Evidence sent: a free line and the buyer's message from the case.
  await card.getByTestId('escalation-evidence').click();
  dialog = modal();
  const items = dialog.getByTestId('escalation-items').locator('input');
  await items.fill('质检报告及照片');
  await items.press('Enter');
  await dialog.getByText('衣服洗一次就破了').click();
  await dialog.getByTestId('escalation-submit').click();
  const submission = card.getByTestId('escalation-submission');
  await expect(submission).toContainText('质检报告及照片');
  await expect(submission).toContainText('衣服洗一次就破了');
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'escalation-card-platform-zh-CN');

  // In English: the platform splits; without an amount it is refused in English, then ¥15 is recorded.
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(card.getByTestId('escalation-level')).toHaveText('Platform intervening');
  await card.getByTestId('escalation-decide').click();
  dialog = modal();
  await dialog.getByText('Split').click();
  await dialog.getByTestId('escalation-submit').click();
  await expect(page.locator('.ant-message-notice-error')).toContainText(
    'When the platform decides for the buyer or splits, enter the amount.',
  );
  await dialog.getByTestId('escalation-amount').fill('15');
  await dialog.getByTestId('escalation-note').fill('Platform: each side bears half');
  await dialog.getByTestId('escalation-submit').click();
  await expect(card.getByTestId('escalation-level')).toHaveText('Platform decided');
  await expect(card.getByTestId('escalation-decision-value')).toContainText('Split');
  await expect(card.getByTestId('escalation-decision-value')).toContainText('¥15.00');
  await expect(card.getByTestId('escalation-countdown')).toHaveCount(0);
  await expect(page.locator('[data-testid="case-clock-running"][data-kind="evidence"]')).toHaveCount(0);
  await expect(card.getByTestId('escalation-step')).toHaveCount(4);
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'escalation-card-decided-en-US');

  await page.getByTestId('language-switch').getByText('简体中文').click();
  await expect(card.getByTestId('escalation-decision-value')).toContainText('双方分担');
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'escalation-card-decided-zh-CN');
});
