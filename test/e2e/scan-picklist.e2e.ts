import { expect, screenshot, startServe, test } from './serve-fixture';
import { seededDataDir } from './scan-helpers';
import { loginViaUi } from './store-helpers';

/**
 * A SKU code matches several open cases: a short pick list, picked with a number key. A parcel for a case that
 * is already finished is flagged loudly before and after receiving, and the case is not reopened.
 */
test('several matches give a pick list; a parcel for a finished case is flagged loudly', async ({ page }) => {
  const { dataDir, samples } = seededDataDir();
  expect(samples.skuWithOpenCases).not.toBeNull();
  expect(samples.finishedCaseTracking).not.toBeNull();
  const served = await startServe(dataDir);
  try {
    await page.goto(served.url);
    await loginViaUi(page, 'inspector', '234567');
    const scan = page.getByTestId('scan-input');
    await expect(scan).toBeFocused();

    await page.keyboard.type(samples.skuWithOpenCases!);
    await page.keyboard.press('Enter');
    const pick = page.getByTestId('pick-list');
    await expect(pick).toBeVisible();
    const first = (await pick.getByTestId('pick-item').first().innerText()).split('\n').find((line) => /^\d{6,}$/.test(line.trim()));
    await screenshot(page, 'scan-pick-list-zh-CN');
    await page.getByTestId('language-switch').getByText('English').click();
    await expect(pick).toContainText('cases found');
    await screenshot(page, 'scan-pick-list-en-US');
    await page.getByTestId('language-switch').getByText('简体中文').click();
    await expect(scan).toBeFocused();
    await page.keyboard.press('1');
    await expect(page.getByTestId('case-workspace')).toBeVisible();
    if (first) await expect(page.getByTestId('case-number')).toHaveText(first.trim());

    await page.keyboard.type(samples.finishedCaseTracking!);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('flag-case_finished')).toContainText('该售后单已结束');
    await page.getByTestId('receive-button').click();
    await expect(page.getByTestId('received-line')).toBeVisible();
    await expect(page.getByTestId('flag-case_finished')).toBeVisible();
    await expect(page.getByTestId('case-status')).toHaveText('退款成功');
    await screenshot(page, 'scan-finished-flag-zh-CN');
    await page.getByTestId('language-switch').getByText('English').click();
    await expect(page.getByTestId('flag-case_finished')).toContainText('already finished');
    await screenshot(page, 'scan-finished-flag-en-US');
  } finally {
    await served.stop();
  }
});
