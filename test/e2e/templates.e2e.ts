import type { Page } from '@playwright/test';
import { expect, screenshot, setupOwnerViaUi, test } from './serve-fixture';
import { apiCall, insertCatalog, loginViaUi } from './store-helpers';

const hour = 3_600_000;
const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

const composer = (page: Page) => page.getByTestId('reply-composer');

/** Types at the end of the reply (one input event: the machine is shared, typing key by key is slow). */
const append = async (page: Page, extra: string) => {
  const input = page.getByTestId('case-message-input');
  await input.fill((await input.inputValue()) + extra);
};

const pickTemplate = async (page: Page, title: string) => {
  await composer(page).getByTestId('reply-template-picker').click();
  // The list is virtual (only what fits is drawn); typing a title finds any template, as an agent would.
  await page.keyboard.type(title);
  await page.locator('.ant-select-item-option').filter({ hasText: title }).first().click();
};

/**
 * Customer service replies from a template, in both languages: the text is filled from the case, the composer
 * warns while it is the template word for word and stops warning once the agent writes in it; the reply is logged
 * and shows in the messages. An unfilled placeholder, a 10 MB paste and script in a message are handled clearly.
 */
test('service staff reply to a buyer from a template, personalise it and log it', async ({ page, served, context }) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.origin });
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');
  insertCatalog(served.dataDir);
  await apiCall(page, 'users.create', { name: '小李', role: 'service', pin: '345678' });
  await apiCall(page, 'orders.create', {
    orderNumber: '261120-100000000000001',
    status: 'signed',
    lines: [{ skuCode: 'TS-WH-M', quantity: 1, unitPriceFen: 3990 }],
  });
  const now = Date.now();
  const created = await apiCall<{ id: string }>(page, 'cases.create', {
    caseNumber: 'E2E-TPL-1',
    orderNumber: '261120-100000000000001',
    type: 'return_refund',
    reasonCategory: 'quality',
    reasonText: '衣服领口开线',
    refundFen: 3990,
    requestedAt: now - 2 * hour,
    deadlineAt: now + 22 * hour,
  });
  await apiCall(page, 'communications.add', { caseId: created.id, direction: 'inbound', text: `领口开线了 ${hostile}` });

  await page.getByTestId('logout').click();
  await loginViaUi(page, '小李', '345678');
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-row-E2E-TPL-1').click();
  await expect(page.getByTestId('case-detail')).toBeVisible();

  // Script in a buyer's message is shown as the text it is, and runs nothing.
  await expect(page.getByTestId('case-message').first()).toContainText(hostile);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // The template comes filled from the case: product and spec, order number; word for word it warns.
  await pickTemplate(page, '商品有问题，致歉并接手');
  const input = page.getByTestId('case-message-input');
  await expect(input).toHaveValue(/纯棉短袖T恤（白色 M）出现这样的问题/);
  await expect(input).toHaveValue(/订单261120-100000000000001/);
  await expect(input).not.toHaveValue(/\{/);
  await expect(page.getByTestId('reply-unchanged')).toContainText('和模板一字不差');
  await screenshot(page, 'reply-composer-unchanged-zh-CN');

  // Copy puts the text on the clipboard for the platform chat.
  await page.getByTestId('reply-copy').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await input.inputValue());

  // One sentence about this buyer, and the warning goes.
  await append(page, '领口开线的照片已经收到了。');
  await expect(page.getByTestId('reply-unchanged')).toHaveCount(0);
  // A never-say phrase is pointed out, and goes when it is taken back out.
  await append(page, '不能退');
  await expect(page.getByTestId('reply-never-say')).toContainText('“不能退”（无理由拒绝）');
  await input.fill((await input.inputValue()).replace('不能退', ''));
  await expect(page.getByTestId('reply-never-say')).toHaveCount(0);
  await page.getByTestId('case-message-send').click();
  const messages = page.getByTestId('case-message');
  await expect(messages).toHaveCount(2);
  await expect(messages.nth(1)).toContainText('领口开线的照片已经收到了。');
  await expect(messages.nth(1)).toContainText('回复买家');
  await expect(input).toHaveValue('');

  // A template whose buyer's name the case does not know: the placeholder stays visible and the reply cannot go.
  await pickTemplate(page, '处理后回访');
  await expect(input).toHaveValue(/^\{买家昵称\}，您好！我是客服小李。/);
  await expect(page.getByTestId('reply-unfilled')).toContainText('还有没填的内容：{买家昵称}');
  await expect(page.getByTestId('case-message-send')).toBeDisabled();
  await expect(page.getByTestId('reply-copy')).toBeDisabled();
  await screenshot(page, 'reply-composer-unfilled-zh-CN');
  // The backend refuses it too, with its own reason, whatever the page does.
  const refused = await page.evaluate(
    async ([caseId, text]) => {
      const token = sessionStorage.getItem('returnlens.token') ?? '';
      const response = await fetch('/api/communications.add', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ caseId, direction: 'outbound', text }),
        credentials: 'same-origin',
      });
      return (await response.json()) as { ok: boolean; error?: { reason: string } };
    },
    [created.id, await input.inputValue()] as const,
  );
  expect(refused).toMatchObject({ ok: false, error: { reason: 'reply_unfilled_placeholder' } });
  await page.getByTestId('reply-buyer-name').fill('小鱼儿');
  await expect(input).toHaveValue(/^小鱼儿，您好！/);
  await expect(page.getByTestId('reply-unfilled')).toHaveCount(0);

  // A 10 MB paste is refused with its size, not cut short in silence.
  await input.fill('');
  await input.evaluate(
    (box, length) => {
      const data = new DataTransfer();
      data.setData('text/plain', '亲'.repeat(length));
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    10 * 1024 * 1024,
  );
  await expect(page.getByTestId('reply-too-long')).toContainText('回复最多 4,000 字，这段内容有 10,485,760 字，没有放进输入框。');
  await expect(input).toHaveValue('');
  await expect(page.getByTestId('case-message-send')).toBeDisabled();
  await input.fill('亲，您好');
  await expect(page.getByTestId('reply-too-long')).toHaveCount(0);
  await input.fill('');
  await expect(messages).toHaveCount(2);

  // English: the same composer, the owner's gloss beside the Chinese text.
  await page.getByTestId('language-switch').getByText('English').click();
  await pickTemplate(page, 'Offer a solution');
  await expect(input).toHaveValue(/我们可以为您退货退款，金额¥39\.90/);
  await expect(page.getByTestId('reply-gloss')).toContainText('In English: Sorry for the inconvenience.');
  await expect(page.getByTestId('reply-unchanged')).toContainText('word for word');
  await screenshot(page, 'reply-composer-unchanged-en-US');
  await append(page, '您也可以选择换货。');
  await expect(page.getByTestId('reply-unchanged')).toHaveCount(0);
  await page.getByTestId('case-message-send').click();
  await expect(messages).toHaveCount(3);
  await expect(messages.nth(2)).toContainText('您也可以选择换货。');
  await expect(messages.nth(2)).toContainText('To buyer');
  // The buyer's name typed earlier fills the next template too; a placeholder typed by hand is caught all the same.
  await pickTemplate(page, 'Check in after it is resolved');
  await expect(input).toHaveValue(/^小鱼儿，您好！我是客服小李。/);
  await expect(page.getByTestId('reply-unfilled')).toHaveCount(0);
  await append(page, '送您一张{优惠券}。');
  await expect(page.getByTestId('reply-unfilled')).toContainText('Still to fill in: {优惠券}');
  await screenshot(page, 'reply-composer-unfilled-en-US');

  // The template each logged reply came from is on record, and counted.
  const detail = await apiCall<{ communications: { templateId: string | null }[] }>(page, 'cases.get', { id: created.id });
  expect(detail.communications.map((c) => c.templateId)).toEqual([null, 'tpl_ack_quality', 'tpl_offer_remedy']);
});

test('the owner edits a template and the never-say list in Settings, in both languages', async ({ page, served }) => {
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-tab-templates').click();
  const table = page.getByTestId('templates-table');
  await expect(table).toContainText('收到反馈并致歉');
  await expect(table).toContainText('致歉与确认');
  await screenshot(page, 'settings-templates-zh-CN');

  await page.getByTestId('template-edit-tpl_ack_late').click();
  await page.getByTestId('template-title-zh').fill('回复晚了，诚恳致歉');
  await page.getByTestId('template-active').click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(table).not.toContainText('回复晚了，诚恳致歉');
  await page.getByTestId('templates-show-inactive').click();
  await expect(page.getByTestId('template-row-tpl_ack_late')).toContainText('已停用');

  await page.getByTestId('never-say-phrase').fill('这是规定');
  await page.getByTestId('never-say-add').click();
  await expect(page.getByTestId('never-say-card')).toContainText('这是规定');
  await page.getByTestId('never-say-phrase').fill('YOUR FAULT');
  await page.getByTestId('never-say-add').click();
  await expect(page.locator('.ant-message-notice-error')).toContainText('禁用语“your fault”已经在列表里了。');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(table).toContainText('Acknowledge and apologise');
  await expect(page.getByTestId('never-say-card')).toContainText('Blames the buyer');
  await screenshot(page, 'settings-templates-en-US');
});
