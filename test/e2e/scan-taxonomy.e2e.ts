import type { Page } from '@playwright/test';
import { expect, screenshot, startServe, test } from './serve-fixture';
import { seededDataDir } from './scan-helpers';
import { loginViaUi } from './store-helpers';

/** The defect picker's options for a query, on the inspector's open case (the picker reads the taxonomy when it opens). */
const pickerOptions = async (page: Page, code: string, query: string) => {
  await page.goto(page.url());
  // Clicked, not just focused: the owner's window beside it may hold the keyboard focus.
  await page.getByTestId('scan-input').click();
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-workspace')).toBeVisible();
  await page.getByTestId('defect-search').click();
  await page.keyboard.type(query);
  return page.locator('.ant-select-dropdown:visible .ant-select-item-option');
};

/** The owner adds a defect type, renames it and deactivates it; the inspector's defect picker follows each step. */
test('an owner manages the defect taxonomy in Settings', async ({ page, browser }) => {
  const { dataDir, samples } = seededDataDir();
  const code = samples.awaitingReturnTracking[3]!;
  const served = await startServe(dataDir);
  const inspectorContext = await browser.newContext();
  const inspector = await inspectorContext.newPage();
  try {
    await page.goto(served.url);
    await loginViaUi(page, 'owner', '123456');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-tab-taxonomy').click();
    const manager = page.getByTestId('taxonomy-manager');
    await expect(manager).toContainText('跳线/线头');

    await page.getByTestId('taxonomy-add').click();
    await page.getByTestId('taxonomy-code').fill('SEAM_OPEN');
    await page.getByTestId('taxonomy-name-zh').fill('开缝');
    await page.getByTestId('taxonomy-name-en').fill('Open seam');
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    const row = page.getByTestId('taxonomy-table').locator('tr', { hasText: 'SEAM_OPEN' });
    await expect(row).toContainText('开缝');

    await inspector.goto(served.url);
    await loginViaUi(inspector, 'inspector', '234567');
    await expect(await pickerOptions(inspector, code, 'SEAM_OPEN')).toHaveText([/开缝/]);

    await page.getByTestId('taxonomy-edit-SEAM_OPEN').click();
    await page.getByTestId('taxonomy-name-zh').fill('袖口开缝');
    await page.getByTestId('taxonomy-name-en').fill('Open cuff seam');
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect(row).toContainText('袖口开缝');
    await expect(row).toContainText('Open cuff seam');
    await screenshot(page, 'taxonomy-zh-CN');
    await expect(await pickerOptions(inspector, code, 'SEAM_OPEN')).toHaveText([/袖口开缝/]);

    await page.getByTestId('taxonomy-toggle-SEAM_OPEN').click();
    await expect(row).toContainText('已停用');
    const afterDeactivation = await pickerOptions(inspector, code, 'SEAM_OPEN');
    await expect(inspector.locator('.ant-select-dropdown:visible')).toBeVisible();
    await expect(afterDeactivation).toHaveCount(0);

    await page.getByTestId('language-switch').getByText('English').click();
    await expect(manager).toContainText('Defect types');
    await screenshot(page, 'taxonomy-en-US');
  } finally {
    await inspectorContext.close();
    await served.stop();
  }
});
