import { expect, startServe, test } from './serve-fixture';
import { seededDataDir } from './scan-helpers';
import { loginViaUi } from './store-helpers';

/**
 * The case card shows the moment a parcel is scanned; its inspection draft arrives a moment later. A grade key
 * pressed in between must count, not vanish (on a busy PC the draft can take longer than the key's 45 ms wait).
 * The draft's answer is held back on purpose here, so the key always lands before it.
 */
test('a grade key pressed before the inspection draft has loaded is applied when it arrives, and saved', async ({ page }) => {
  const { dataDir, samples } = seededDataDir();
  const code = samples.awaitingReturnTracking[1]!;
  const served = await startServe(dataDir);
  try {
    await page.goto(served.url);
    await loginViaUi(page, 'inspector', '234567');
    let releaseDraft: () => void = () => undefined;
    const draftHeld = new Promise<void>((resolve) => (releaseDraft = resolve));
    await page.route('**/api/inspections.forCase', async (route) => {
      await draftHeld;
      await route.continue();
    });

    await expect(page.getByTestId('scan-input')).toBeFocused();
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('case-workspace')).toBeVisible();
    await expect(page.getByTestId('grade-C')).toHaveCount(0); // the form is not there yet
    await page.keyboard.press('3');
    await page.waitForTimeout(200); // past the key's burst wait: the shortcut has fired into the loading form
    await expect(page.getByTestId('scan-input')).toHaveValue('');
    releaseDraft();

    await expect(page.getByTestId('grade-C')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('save-state')).toContainText('已保存');

    // Scanned again (the draft now comes from the store), grade C is still chosen.
    await page.unroute('**/api/inspections.forCase');
    // Keys typed within handTypingMs (900 ms, scan-keys.ts) of a shortcut read as hand typing that began with it.
    await page.waitForTimeout(1000);
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('grade-C')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('save-state')).toContainText('已保存');
  } finally {
    await served.stop();
  }
});
