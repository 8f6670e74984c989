import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, screenshot, setupOwnerViaUi, test } from './serve-fixture';
import { apiCall, insertCatalog } from './store-helpers';

const hour = 3_600_000;
const transcript = readFileSync(join(import.meta.dirname, '../fixtures/chat/pdd-merchant-chat.txt'), 'utf8');
/** A real 2×2 PNG (the page makes a thumbnail from it with a canvas). */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * The conversation record of a case, in Chinese then English: an agent logs a phone call at the time it happened,
 * pastes a Pinduoduo chat (preview, then log), attaches the buyer's photo and the courier's PDF (a program renamed
 * .pdf and a 30 MB scan are refused with their names and sizes), and voids a wrong entry with a reason, which stays
 * in the record struck through.
 */
test('an agent keeps the conversation record of a dispute', async ({ page, served }) => {
  test.setTimeout(180_000);
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');
  insertCatalog(served.dataDir);
  await apiCall(page, 'orders.create', {
    orderNumber: '261120-100000000000002',
    status: 'signed',
    lines: [{ skuCode: 'TS-WH-M', quantity: 1, unitPriceFen: 3990 }],
  });
  const now = Date.now();
  await apiCall(page, 'cases.create', {
    caseNumber: 'E2E-CONV-1',
    orderNumber: '261120-100000000000002',
    type: 'return_refund',
    reasonCategory: 'quality',
    reasonText: '袖口开线',
    refundFen: 3990,
    requestedAt: now - 2 * hour,
    deadlineAt: now + 22 * hour,
  });
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-row-E2E-CONV-1').click();
  const record = page.getByTestId('case-messages');
  const entries = record.getByTestId('case-message');

  // A phone call from the buyer, logged with who called.
  await record.getByText('买家来信', { exact: true }).click();
  await record.getByTestId('entry-channel').click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: /^电话$/ })
    .click();
  await record.getByLabel('对方称呼').fill('小美爱购物');
  await page.getByTestId('case-message-input').fill('买家来电：开衫袖口开线，要求退货退款');
  await page.getByTestId('case-message-send').click();
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('电话 · 小美爱购物');

  // A pasted chat: previewed, then logged as nine messages with their own times and sides.
  await page.getByTestId('paste-transcript').click();
  await page.getByTestId('transcript-input').fill(transcript);
  await page.getByTestId('transcript-preview').click();
  await expect(page.getByTestId('transcript-row')).toHaveCount(9);
  await expect(page.getByTestId('transcript-rows')).toContainText('粘贴时没认出发送人和时间，原样保存');
  await screenshot(page, 'conversation-transcript-preview-zh-CN');
  await page.getByTestId('transcript-confirm').click();
  await expect(entries).toHaveCount(10);
  await expect(entries.nth(1)).toContainText('2026-11-20 14:03');
  await expect(record.locator('.conversation-us').first()).toContainText('童趣旗舰店:小林');
  await expect(record.locator('.conversation-platform-in')).toHaveCount(2);

  // Files: a photo and a PDF on the case; a renamed program and a 30 MB scan are refused, saying why.
  const caseUpload = record.locator('.ant-card-extra input[type=file]');
  await caseUpload.setInputFiles({
    name: '运单.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(256)]),
  });
  await expect(page.locator('.ant-message')).toContainText('“运单.pdf”不是照片（JPEG、PNG、WebP）或 PDF 文件');
  await caseUpload.setInputFiles({
    name: '扫描件.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([pdf, Buffer.alloc(30 * 1024 * 1024)]),
  });
  await expect(page.locator('.ant-message')).toContainText('“扫描件.pdf”有 30.0 MB，附件最大 8.0 MB');
  await caseUpload.setInputFiles({ name: '开线照片.png', mimeType: 'image/png', buffer: png });
  await expect(record.getByTestId('case-files').getByTestId('photo-thumb')).toHaveCount(1);
  await caseUpload.setInputFiles({ name: '快递底单.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(record.getByTestId('case-files').getByTestId('conversation-pdf')).toContainText('快递底单.pdf');
  const download = page.waitForEvent('download');
  await record.getByTestId('conversation-pdf-save').click();
  expect((await download).suggestedFilename()).toBe('快递底单.pdf');

  // The call was logged on the wrong case: voided with a reason, hidden, and shown struck through on demand.
  const call = entries.filter({ hasText: '买家来电' });
  await call.getByTestId('entry-void').click();
  await page.getByTestId('void-reason').fill('记到了别的售后单上');
  await page.getByTestId('void-confirm').click();
  await expect(entries).toHaveCount(9);
  await record.getByTestId('show-struck').click();
  await expect(entries).toHaveCount(10);
  await expect(call.getByTestId('entry-voided')).toContainText('已作废：记到了别的售后单上（王店长');
  await expect(call.locator('.conversation-text')).toHaveCSS('text-decoration-line', 'line-through');
  await screenshot(page, 'conversation-record-zh-CN');
  await call.scrollIntoViewIfNeeded();
  await screenshot(page, 'conversation-voided-zh-CN');

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(record).toContainText('Conversation record');
  await expect(call.getByTestId('entry-voided')).toContainText('Voided: 记到了别的售后单上');
  await expect(entries.nth(1)).toContainText('From buyer');
  await expect(record.locator('.conversation-platform-in').first()).toContainText('From platform');
  await record.scrollIntoViewIfNeeded();
  await screenshot(page, 'conversation-record-en-US');
  await call.scrollIntoViewIfNeeded();
  await screenshot(page, 'conversation-voided-en-US');
});
