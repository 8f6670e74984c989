import type { Route } from '@playwright/test';
import { expect, screenshot, test } from './serve-fixture';
import { apiCall } from './store-helpers';

/**
 * The login picker is the first screen of every start, so it must stand on the entry script alone (issue 14,
 * item 7): here every other script is held back by the browser until the picker has been used — the names listed,
 * the language switched, a wrong PIN refused in the reader's language — and only then let through for the login.
 */
test('the login picker works on the entry script alone; the rest loads for the login', async ({ page, served }) => {
  // The owner is created through the API on a throwaway page; this page's session is a new visitor's.
  const setup = await page.context().browser()!.newPage();
  await setup.goto(served.url);
  await apiCall(setup, 'auth.setupOwner', { name: '王店长', pin: '246810', locale: 'zh-CN' });
  await setup.close();

  const held: Route[] = [];
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.route(
    (url) => url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js') && !/\/index-[^/]+\.js$/.test(url.pathname),
    (route) => void held.push(route),
  );

  await page.goto(served.url);
  await expect(page.getByTestId('login-user-王店长')).toBeVisible();
  await expect(page.getByTestId('login-pin')).toBeEnabled();
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByText('Choose your name')).toBeVisible();
  await page.getByTestId('login-pin').fill('000000');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toHaveText('Wrong PIN, try again.');
  await screenshot(page, 'first-screen-entry-only-en-US');
  // Everything the picker needed came in the entry script; the signed-in app was asked for (prefetched) and held.
  expect(scripts.filter((s) => /\/index-[^/]+\.js$/.test(s))).toHaveLength(1);
  expect(held.length).toBeGreaterThan(0);

  for (const route of held.splice(0)) await route.continue();
  await page.unroute('**/*');
  await page.route('**/*', (route) => route.continue());
  await page.getByTestId('login-pin').fill('246810');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toHaveText('王店长');
  // The account's own language (Chinese) wins over the picker's: the language follows the person.
  await expect(page.getByTestId('nav-quality')).toHaveText('质量看板');
});
