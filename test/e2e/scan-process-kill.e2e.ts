import { expect, startServe, test } from './serve-fixture';
import { seededDataDir } from './scan-helpers';
import { loginViaUi } from './store-helpers';

/**
 * The server process killed in the middle of an inspection: once the screen says "saved", the draft is committed.
 * The server is killed (SIGKILL, no clean shutdown), started again on the same data dir, and the draft reopens as it
 * was. A SIGKILL leaves the OS page cache intact, so this says nothing about a power cut (that rests on
 * synchronous=FULL, test/integration/sync-full.test.ts).
 */
test('process killed: a draft saved before the server process is killed reopens after restart', async ({ page }) => {
  const { dataDir, samples } = seededDataDir();
  const code = samples.awaitingReturnTracking[2]!;
  let served = await startServe(dataDir);
  try {
    await page.goto(served.url);
    await loginViaUi(page, 'inspector', '234567');
    await expect(page.getByTestId('scan-input')).toBeFocused();
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('case-workspace')).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.getByTestId('grade-C')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Alt+p');
    await page.getByTestId('inspection-notes').fill('左袖口开线约2厘米');
    await expect(page.getByTestId('save-state')).toContainText('已保存');
    // The notes were typed last; wait until their save is acknowledged too.
    await expect(page.getByTestId('save-state')).not.toContainText('保存中', { timeout: 5000 });
    await page.waitForTimeout(1000);
    await expect(page.getByTestId('save-state')).toContainText('已保存');

    await served.stop('SIGKILL');
    served = await startServe(dataDir);
    await page.goto(served.url);
    await loginViaUi(page, 'inspector', '234567');
    await expect(page.getByTestId('scan-input')).toBeFocused();
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('grade-C')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('claim-partly').locator('xpath=ancestor::label')).toHaveClass(/ant-radio-button-wrapper-checked/);
    await expect(page.getByTestId('inspection-notes')).toHaveValue('左袖口开线约2厘米');
    await expect(page.getByTestId('save-state')).toContainText('已保存');
  } finally {
    await served.stop();
  }
});
