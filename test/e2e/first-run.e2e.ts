import { expect, setupOwnerViaUi, screenshot, test } from './serve-fixture';

/**
 * The first-run story on an empty data dir, through the real serve command and Debian's Chromium:
 * create the owner → log out → log in → home in Chinese → switch to English → reload → still English.
 */
test('first launch: create the owner, log out and in, switch language, and the choice survives a reload', async ({ page, served }) => {
  await page.goto(served.url);
  const favicon = await page.request.get(`${served.origin}/favicon.svg`);
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toBe('image/svg+xml');
  await expect(page.locator('html')).toHaveAttribute('lang', /zh/);
  await expect(page.getByText('欢迎使用售后质检台')).toBeVisible();
  await screenshot(page, 'first-run-setup-zh-CN');

  await setupOwnerViaUi(page, '王店长', '246810');
  await expect(page.getByTestId('nav-scan')).toHaveText('扫码质检');

  await page.getByTestId('logout').click();
  await expect(page.getByTestId('login-user-王店长')).toBeVisible();
  await screenshot(page, 'first-run-login-zh-CN');
  await page.getByTestId('login-user-王店长').click();
  await page.getByTestId('login-pin').fill('000000');
  await page.getByTestId('login-submit').click();
  await expect(page.getByText('PIN 码错误，请重试')).toBeVisible();
  await page.getByTestId('login-pin').fill('246810');
  await page.getByTestId('login-submit').click();

  // Home, in Chinese.
  await expect(page.getByTestId('current-user')).toHaveText('王店长');
  await expect(page.getByTestId('nav-cases')).toHaveText('售后单');
  await expect(page.getByTestId('area-title')).not.toBeEmpty();
  await screenshot(page, 'first-run-home-zh-CN');

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByTestId('nav-cases')).toHaveText('Cases');
  await expect(page.getByTestId('nav-scan')).toHaveText('Scan & inspect');

  await page.reload();
  await expect(page.getByTestId('current-user')).toHaveText('王店长');
  await expect(page.getByTestId('nav-cases')).toHaveText('Cases');
  await expect(page.getByTestId('nav-settings')).toHaveText('Settings');
  await screenshot(page, 'first-run-home-en-US');
});
