import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateOrderExport } from '../support/pdd-order-export';
import { expect, screenshot, setupOwnerViaUi, test } from './serve-fixture';
import { apiCall } from './store-helpers';

/**
 * A big file's commit shows its progress (rows/s, percent, time left) and can be cancelled from the progress
 * bar: the transaction rolls back, the screen says nothing was written, the history says discarded.
 */
test('a merchant cancels a 200,000-row commit from the progress bar; nothing is written', async ({ page, served }) => {
  test.setTimeout(180_000);
  const file = join(mkdtempSync(join(tmpdir(), 'rl-e2e-import-')), 'pdd-orders-200k.csv');
  await generateOrderExport(file, 200_000);
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');

  for (const language of ['zh-CN', 'en-US'] as const) {
    if (language === 'en-US') await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('nav-import').click();
    await page.locator('input[type=file]').setInputFiles(file);
    await expect(page.getByTestId('import-counts')).toBeVisible({ timeout: 90_000 });
    await page.getByTestId('import-commit').click();
    const progress = page.getByTestId('import-progress');
    const cancel = page.getByTestId('import-progress-cancel');
    await expect(cancel).toBeVisible({ timeout: 30_000 });
    await expect(progress).toContainText(language === 'zh-CN' ? '写入' : 'Writing');
    await screenshot(page, `import-committing-${language}`);
    await cancel.click();
    await expect(page.getByTestId('import-done')).toContainText(language === 'zh-CN' ? '没有写入任何数据' : 'nothing was written', {
      timeout: 30_000,
    });
    await expect(page.getByTestId('import-history')).toContainText(language === 'zh-CN' ? '已放弃' : 'Discarded');
    await screenshot(page, `import-commit-cancelled-${language}`);
    await page.getByTestId('import-another').click();
  }
  // Both runs are recorded as discarded; none wrote anything.
  const history = await apiCall<{ state: string; fileName: string }[]>(page, 'imports.history', { limit: 10 });
  expect(history.filter((run) => run.fileName === 'pdd-orders-200k.csv').map((run) => run.state)).toEqual(['cancelled', 'cancelled']);
});
