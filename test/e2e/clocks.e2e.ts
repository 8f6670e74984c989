import { expect, screenshot, setupOwnerViaUi, test } from './serve-fixture';
import { apiCall, insertCatalog, loginViaUi } from './store-helpers';

const hour = 3_600_000;
/** An instant as the China wall-clock text the date picker takes ("2026-11-22 18:00"). */
const chinaText = (ms: number) => new Date(ms + 8 * hour).toISOString().slice(0, 16).replace('T', ' ');

/**
 * The desk's clocks, as service staff: a resolved case's follow-up waits among the desk tasks with its countdown; on a
 * case the platform is reviewing, the agent sets the evidence deadline (a time already past is refused on the spot),
 * sees it run with its history, then records the follow-up's satisfaction. Both languages, screenshots of each.
 */
test('service staff set an evidence deadline and complete a follow-up, in Chinese and English', async ({ page, served }) => {
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');
  insertCatalog(served.dataDir);

  // The owner sets the follow-up to 5 days after resolution (Settings → 售后回访); 0 days is refused with a message.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-tab-followUp').click();
  const followUpSettings = page.getByTestId('follow-up-settings');
  await expect(page.getByTestId('follow-up-days')).toHaveValue('3');
  await page.getByTestId('follow-up-days').fill('0');
  await page.getByTestId('follow-up-save').click();
  await expect(followUpSettings).toContainText('请输入 1 到 30 之间的整数天数');
  await page.getByTestId('follow-up-days').fill('5');
  await page.getByTestId('follow-up-save').click();
  await expect(page.locator('.ant-message-notice')).toContainText('已保存');
  await screenshot(page, 'follow-up-settings-zh-CN');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(followUpSettings).toContainText('Follow up after');
  await screenshot(page, 'follow-up-settings-en-US');
  await page.getByTestId('language-switch').getByText('简体中文').click();
  await apiCall(page, 'users.create', { name: '小李', role: 'service', pin: '345678' });
  for (const n of ['1', '2']) {
    await apiCall(page, 'orders.create', {
      orderNumber: `261120-20000000000000${n}`,
      status: 'signed',
      lines: [{ skuCode: 'TS-WH-M', quantity: 1, unitPriceFen: 3990 }],
    });
  }
  const now = Date.now();
  await apiCall(page, 'cases.create', {
    caseNumber: 'E2E-PLATFORM-1',
    orderNumber: '261120-200000000000001',
    type: 'refund_only',
    reasonCategory: 'not_as_described',
    status: 'platform_review',
    refundFen: 3990,
    requestedAt: now - 30 * hour,
  });
  const resolved = await apiCall<{ id: string }>(page, 'cases.create', {
    caseNumber: 'E2E-DONE-2',
    orderNumber: '261120-200000000000002',
    type: 'return_refund',
    reasonCategory: 'quality',
    refundFen: 3990,
    requestedAt: now - 20 * hour,
  });
  await apiCall(page, 'cases.update', { id: resolved.id, status: 'succeeded' });

  await page.getByTestId('logout').click();
  await loginViaUi(page, '小李', '345678');

  // The follow-up of the resolved case is a task, due in the 5 days the owner set, on the service desk.
  await page.getByTestId('nav-desk').click();
  await expect(page.getByTestId('desk-page')).toBeVisible();
  const tasks = page.getByTestId('desk-tasks');
  await expect(tasks).toContainText('待办跟进');
  const followUp = tasks.locator('[data-testid="desk-task"][data-kind="follow_up"]');
  await expect(followUp).toHaveAttribute('data-case-number', 'E2E-DONE-2');
  await expect(followUp.getByTestId('desk-task-due')).toContainText(/剩 4天 23小时|剩 5天/);

  // The case the platform reviews: set its evidence deadline.
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-row-E2E-PLATFORM-1').click();
  const section = page.getByTestId('case-clocks');
  await expect(section).toContainText('时限与跟进');
  await expect(section.getByTestId('first-response')).toHaveText('尚未响应买家');
  await section.getByTestId('case-clock-kind').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '平台举证截止' }).click();
  // A time already past is refused with a message, and nothing is saved.
  const due = section.getByTestId('case-clock-due');
  await due.click();
  await due.fill(chinaText(now - 2 * hour));
  await due.press('Enter');
  await section.getByTestId('case-clock-save').click();
  await expect(section).toContainText('这个时间已经过去了');
  await expect(section.getByTestId('case-clock-running')).toHaveCount(0);
  // The note first: Enter in the time field saves.
  await section.getByTestId('case-clock-note').fill('上传商品实拍图和聊天记录');
  await due.click();
  await due.fill(chinaText(now + 50 * hour));
  await due.press('Enter');
  const running = section.locator('[data-testid="case-clock-running"][data-kind="evidence"]');
  await expect(running).toContainText('平台举证截止');
  await expect(running).toContainText(/剩 2天/);
  await expect(running).toContainText('上传商品实拍图和聊天记录');
  await expect(section.getByTestId('case-clock-history')).toContainText('由 小李 设置 · 客服手动设置');
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'case-clocks-zh-CN');
  await page.keyboard.press('Escape');

  // The evidence deadline is a task too, and sooner than the follow-up: it comes first.
  await page.getByTestId('nav-desk').click();
  await expect(tasks.getByTestId('desk-task')).toHaveCount(2);
  await expect(tasks.getByTestId('desk-task').first()).toHaveAttribute('data-kind', 'evidence');
  await screenshot(page, 'desk-tasks-zh-CN');

  // English, then record the follow-up: the buyer answered, 4 of 5.
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(tasks).toContainText('Desk tasks');
  await expect(followUp.getByTestId('desk-task-due')).toContainText(/4 d 23 h left|5 d left/);
  await screenshot(page, 'desk-tasks-en-US');
  await followUp.getByTestId('desk-task-complete').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Complete: Follow-up');
  await dialog.getByTestId('clock-complete-submit').click();
  await expect(dialog).toContainText('Choose a satisfaction score (1–5)');
  await dialog.locator('.ant-rate-star').nth(3).click();
  await dialog.getByTestId('clock-complete-comment').fill('Happy with the quick refund');
  await dialog.getByTestId('clock-complete-submit').click();
  await expect(tasks.locator('[data-testid="desk-task"][data-kind="follow_up"]')).toHaveCount(0);

  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-row-E2E-PLATFORM-1').click();
  await expect(section).toContainText('Deadlines and follow-up');
  await expect(section.locator('[data-testid="case-clock-running"][data-kind="evidence"]')).toContainText('Platform evidence deadline');
  await expect(section.getByTestId('case-clock-history')).toContainText('set by 小李 · entered by the desk');
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'case-clocks-en-US');

  const stored = await apiCall<{ clocks: { kind: string; satisfaction: number | null; comment: string | null }[] }>(
    page,
    'clocks.forCase',
    {
      caseId: resolved.id,
    },
  );
  expect(stored.clocks.find((k) => k.kind === 'follow_up')).toMatchObject({ satisfaction: 4, comment: 'Happy with the quick refund' });
});
