import type { Page } from '@playwright/test';
import { expect, startServe, test } from './serve-fixture';
import { seededDataDir } from './scan-helpers';
import { loginViaUi } from './store-helpers';

/**
 * A fast inspector at the scan station: keys pressed before the screen has caught up, and the next parcel
 * scanned the moment the last one is graded, must never lose a grade or a note, nor mangle the next code.
 */
const scan = async (page: Page, code: string) => {
  await page.keyboard.type(code); // Playwright types in a burst, as a USB scanner does
  await page.keyboard.press('Enter');
};

/** Opens a case again later (past the 1 s repeat-scan window) and checks it is the one expected. */
const reopen = async (page: Page, code: string, caseNumber: string) => {
  await page.waitForTimeout(1100);
  await page.keyboard.press('Escape');
  await scan(page, code);
  await expect(page.getByTestId('case-workspace')).toBeVisible();
  await expect(page.getByTestId('case-number')).toHaveText(caseNumber);
};

/** A case other than `caseNumber` is open. */
const expectOtherCase = async (page: Page, caseNumber: string) => {
  await expect(page.getByTestId('case-number')).toBeVisible();
  await expect(page.getByTestId('case-number')).not.toHaveText(caseNumber);
};

test('a grade key pressed before the draft has loaded counts; a parcel scanned right after it opens cleanly', async ({ page }) => {
  const { dataDir, samples } = seededDataDir();
  const [first, second] = [samples.awaitingReturnTracking[1]!, samples.awaitingReturnTracking[3]!];
  const served = await startServe(dataDir);
  try {
    await page.goto(served.url);
    await loginViaUi(page, 'inspector', '234567');
    // The case card shows at once (from the scan's answer); the inspection draft comes a moment later. Its
    // answer is held back here, so the key always lands before it.
    let releaseDraft: () => void = () => undefined;
    const draftHeld = new Promise<void>((resolve) => (releaseDraft = resolve));
    await page.route('**/api/inspections.forCase', async (route) => {
      await draftHeld;
      await route.continue();
    });
    await expect(page.getByTestId('scan-input')).toBeFocused();
    await scan(page, first);
    await expect(page.getByTestId('case-workspace')).toBeVisible();
    await expect(page.getByTestId('grade-C')).toHaveCount(0); // the form is not there yet
    const firstCase = (await page.getByTestId('case-number').innerText()).trim();
    await page.keyboard.press('3');
    await page.waitForTimeout(200); // past the key's 45 ms burst wait: the shortcut has fired into the loading form
    await expect(page.getByTestId('scan-input')).toHaveValue('');
    releaseDraft();
    await expect(page.getByTestId('grade-C')).toHaveAttribute('aria-pressed', 'true');
    await page.unroute('**/api/inspections.forCase');

    // The next parcel, scanned straight away (well within the 900 ms in which typing would take a grade key
    // back): a scanner's burst is not hand typing, so its code arrives whole and the grade stays.
    await scan(page, second);
    await expect(page.getByTestId('no-match')).toHaveCount(0);
    await expectOtherCase(page, firstCase);

    await reopen(page, first, firstCase);
    await expect(page.getByTestId('grade-C')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('save-state')).toContainText('已保存');
  } finally {
    await served.stop();
  }
});

test('a note typed just before the next parcel is scanned is saved, not dropped', async ({ page }) => {
  const { dataDir, samples } = seededDataDir();
  const [first, second] = [samples.awaitingReturnTracking[4]!, samples.awaitingReturnTracking[5]!];
  const served = await startServe(dataDir);
  try {
    await page.goto(served.url);
    await loginViaUi(page, 'inspector', '234567');
    await expect(page.getByTestId('scan-input')).toBeFocused();
    await scan(page, first);
    await expect(page.getByTestId('grade-B')).toBeVisible();
    const firstCase = (await page.getByTestId('case-number').innerText()).trim();
    await page.keyboard.press('2');
    await expect(page.getByTestId('grade-B')).toHaveAttribute('aria-pressed', 'true');
    // A note (saved 600 ms after the last keystroke), Esc back to the scan box, the next parcel: all at once.
    await page.getByTestId('inspection-notes').fill('外箱压痕，吊牌缺失');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('scan-input')).toBeFocused();
    await scan(page, second);
    await expectOtherCase(page, firstCase);

    await reopen(page, first, firstCase);
    await expect(page.getByTestId('grade-B')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('inspection-notes')).toHaveValue('外箱压痕，吊牌缺失');
  } finally {
    await served.stop();
  }
});

test('Alt+A right after Esc: the defect search keeps the focus, and what is typed there adds a defect', async ({ page }) => {
  const { dataDir, samples } = seededDataDir();
  const served = await startServe(dataDir);
  try {
    await page.goto(served.url);
    await loginViaUi(page, 'inspector', '234567');
    await expect(page.getByTestId('scan-input')).toBeFocused();
    await scan(page, samples.awaitingReturnTracking[6]!);
    await expect(page.getByTestId('grade-B')).toBeVisible();
    const caseNumber = (await page.getByTestId('case-number').innerText()).trim();
    // Esc, then Alt+A while Esc is still held, within one task: the move to the scan box that Esc schedules has not
    // run when Alt+A arrives (with real keys this is a race, lost now and then). Where is the focus once all settle?
    const focused = await page.evaluate(async () => {
      const at = document.activeElement ?? document.body;
      at.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      at.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', altKey: true, bubbles: true, cancelable: true }));
      document.activeElement?.dispatchEvent(new KeyboardEvent('keyup', { key: 'Escape', bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      return document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid');
    });
    expect(focused).toBe('defect-search');
    await page.keyboard.type('scratch');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('defect-line')).toHaveCount(1);
    await expect(page.getByTestId('case-number')).toHaveText(caseNumber);
  } finally {
    await served.stop();
  }
});
