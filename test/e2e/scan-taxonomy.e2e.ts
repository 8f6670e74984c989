import { expect, screenshot, startServe, test } from './serve-fixture';
import { seededDataDir } from './scan-helpers';
import { loginViaUi } from './store-helpers';

/** The owner adds a defect type, renames it and deactivates it; the inspector's defect picker follows. */
test('an owner manages the defect taxonomy in Settings', async ({ page }) => {
  const { dataDir } = seededDataDir();
  const served = await startServe(dataDir);
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
    await expect(page.getByTestId('taxonomy-table')).toContainText('开缝');
    await screenshot(page, 'taxonomy-zh-CN');
    await page.getByTestId('taxonomy-toggle-SEAM_OPEN').click();
    await expect(page.getByTestId('taxonomy-table').locator('tr', { hasText: 'SEAM_OPEN' })).toContainText('已停用');
    await page.getByTestId('language-switch').getByText('English').click();
    await expect(manager).toContainText('Defect types');
    await screenshot(page, 'taxonomy-en-US');
  } finally {
    await served.stop();
  }
});
