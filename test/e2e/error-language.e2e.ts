import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, setupOwnerViaUi, test } from './serve-fixture';
import { apiCall, loginViaUi } from './store-helpers';

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));

/** Two English words in a row ("no order", "Too many"): what a backend sentence looks like and a Chinese one never does. */
const englishSentence = /[A-Za-z]{4,} [a-z]{3,}/;

/**
 * The text of an error on screen, in Chinese: it says `must`, holds Chinese, and no English sentence once the
 * data it names (a file name, an order number) is taken out.
 */
const expectChinese = async (where: Locator, must: string | RegExp, data: string[] = []) => {
  await expect(where).toContainText(must);
  let text = await where.innerText();
  for (const d of data) text = text.split(d).join('');
  expect(text, text).toMatch(/[\u4e00-\u9fff]/);
  expect(text, text).not.toMatch(englishSentence);
};

const toast = (page: Page) => page.locator('.ant-message-notice').last();

const chooseFile = async (page: Page, path: string) => {
  await page.locator('input[type=file]').setInputFiles(path);
};

/**
 * Errors are worded in the reader's language from the backend's reason and parameters, never the backend's
 * English message: the login screen (a wrong PIN, the lockout), the import screen (a file that is not a table,
 * an after-sales file whose orders are missing), Settings (the last owner, a name taken) and Cases (an order
 * that does not exist), first in Chinese, then in English.
 */
test('every error is worded in the reader’s language', async ({ page, served }) => {
  test.setTimeout(180_000);
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');
  await apiCall(page, 'users.create', { name: '李质检', role: 'inspector', pin: '135790' });

  // Settings: the last owner cannot become an inspector; a user name is taken.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('user-edit-王店长').click();
  await page.getByTestId('user-form-role').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '质检员' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /保\s*存/ })
    .click();
  await expectChinese(toast(page), '最后一个在用的店主');
  await screenshot(page, 'error-settings-last-owner-zh-CN');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /取\s*消/ })
    .click();
  await page.getByTestId('users-add').click();
  await page.getByTestId('user-form-name').fill('李质检');
  await page.getByTestId('user-form-pin').fill('135791');
  await page.getByTestId('user-form-pin-confirm').fill('135791');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /保\s*存/ })
    .click();
  await expectChinese(toast(page), '已经有相同“名称”的记录');
  await screenshot(page, 'error-settings-name-taken-zh-CN');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /取\s*消/ })
    .click();

  // Cases: a case for an order that is not in the store.
  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-new').click();
  await page.getByTestId('new-case-number').fill('E2E-ERR-1');
  await page.getByTestId('new-case-order').fill('261130-999999999999999');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /保\s*存/ })
    .click();
  await expectChinese(toast(page), '找不到订单号 261130-999999999999999', ['261130-999999999999999']);
  await screenshot(page, 'error-cases-missing-order-zh-CN');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /取\s*消/ })
    .click();

  // Import: bytes that are no table, then after-sales whose orders were never imported.
  const junk = join(served.dataDir, 'junk.png');
  copyFileSync(join(fixtures, 'malformed', 'binary-garbage.bin'), junk);
  await page.getByTestId('nav-import').click();
  await chooseFile(page, junk);
  const importError = page.getByTestId('import-error');
  await expectChinese(importError, '不是 CSV 或 XLSX 表格', ['junk.png']);
  await screenshot(page, 'error-import-not-a-table-zh-CN');
  await chooseFile(page, join(fixtures, 'pdd-samples', 'pdd-aftersales.csv'));
  const rejects = page.getByTestId('import-rejects');
  await expect(rejects).toBeVisible({ timeout: 30_000 });
  await expect(importError).toHaveCount(0);
  // The rejected rows show the file's own cells (order numbers, Chinese headers) and the reason in words.
  const reasons = await rejects.locator('tbody tr td:last-child').allInnerTexts();
  expect(reasons.length).toBeGreaterThan(0);
  for (const reason of reasons) {
    expect(reason).toMatch(/[\u4e00-\u9fff]/);
    expect(reason).not.toMatch(englishSentence);
  }
  await expect(rejects).toContainText('找不到这个订单');
  await screenshot(page, 'error-import-unknown-order-zh-CN');
  await page.getByTestId('import-discard').click();
  await expect(page.getByTestId('import-done')).toBeVisible();

  // Login: a wrong PIN, then the lockout after five.
  await page.getByTestId('logout').click();
  await page.getByTestId('login-user-李质检').click();
  const loginError = page.getByTestId('login-error');
  const pin = page.getByTestId('login-pin');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await pin.fill('000000');
    await page.getByTestId('login-submit').click();
    // The PIN box is emptied when the answer (a refusal) is in.
    await expect(pin).toHaveValue('');
    await expectChinese(loginError, 'PIN 码错误');
    if (attempt === 1) await screenshot(page, 'error-login-wrong-pin-zh-CN');
  }
  await pin.fill('135790');
  await page.getByTestId('login-submit').click();
  await expect(pin).toHaveValue('');
  await expectChinese(loginError, /PIN 码输错次数太多，请 \d+ 秒后再试/);
  await screenshot(page, 'error-login-locked-zh-CN');

  // English: the error on screen is worded again in the new language, then new errors come in English.
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(loginError).toContainText(/Too many wrong PINs\. Try again in \d+ s\./);
  await pin.fill('135790');
  await page.getByTestId('login-submit').click();
  await expect(pin).toHaveValue('');
  await expect(loginError).toContainText(/Too many wrong PINs\. Try again in \d+ s\./);
  await screenshot(page, 'error-login-locked-en-US');

  await loginViaUi(page, '王店长', '246810');
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByTestId('nav-import')).toContainText('Import');
  await page.getByTestId('nav-import').click();
  await chooseFile(page, junk);
  await expect(importError).toHaveText('junk.png is not a CSV or XLSX table; choose a file exported from the Pinduoduo back office.');
  await screenshot(page, 'error-import-not-a-table-en-US');

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('user-edit-王店长').click();
  await page.getByTestId('user-form-role').click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'Inspector' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /Save/ }).click();
  await expect(toast(page)).toContainText('This is the last active owner: it cannot get another role or be deactivated.');
  await screenshot(page, 'error-settings-last-owner-en-US');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Cancel/ })
    .click();

  await page.getByTestId('nav-cases').click();
  await page.getByTestId('case-new').click();
  await page.getByTestId('new-case-number').fill('E2E-ERR-2');
  await page.getByTestId('new-case-order').fill('261130-999999999999998');
  await page.getByRole('dialog').getByRole('button', { name: /Save/ }).click();
  await expect(toast(page)).toContainText('There is no order 261130-999999999999998: import or enter the order first.');
  await screenshot(page, 'error-cases-missing-order-en-US');
});
