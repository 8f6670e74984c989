import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { screenshot, startServe, type Served } from './serve-fixture';

/** The owner's supplier scorecards on a seeded data dir, in both languages: table, Pareto, exports, QC vs returns. */
let served: Served;

test.beforeAll(() => {
  const dataDir = mkdtempSync(join(tmpdir(), 'returnlens-scorecard-e2e-'));
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'electron/backend/cli/seed.cli.ts', '--data-dir', dataDir, '--orders', '4000', '--until', '2026-11-20'],
    { stdio: 'ignore' },
  );
  return startServe(dataDir).then((s) => void (served = s));
});
test.afterAll(async () => served?.stop());

const words = {
  'zh-CN': { sheet: '供应商评分卡', pdf: '供应商质量评分卡', english: /Supplier|not judged|not recorded|Return rate/ },
  'en-US': { sheet: 'Supplier scorecard', pdf: 'Supplier quality scorecard', english: null },
} as const;

const savedDownload = async (page: Page, click: () => Promise<void>) => {
  const download = page.waitForEvent('download');
  await click();
  const file = await download;
  const path = join(tmpdir(), `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
};

test('owner opens the supplier scorecards from the supplier ranking, exports XLSX and PDF, sees QC vs returns', async ({ page }) => {
  test.setTimeout(180_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(served.url);
  await page.getByTestId('login-user-owner').click();
  await page.getByTestId('login-pin').fill('123456');
  await page.getByTestId('login-submit').click();

  // The quality page's supplier ranking leads to the scorecards.
  await page.getByTestId('nav-quality').click();
  await expect(page.getByTestId('quality-page')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await page.getByTestId('rates-dimension').getByText('供应商').click();
  await page.getByTestId('rates-open-scorecard').click();
  await expect(page).toHaveURL(/\/scorecard$/);

  for (const language of ['zh-CN', 'en-US'] as const) {
    await page
      .getByTestId('language-switch')
      .getByText(language === 'zh-CN' ? '简体中文' : 'English')
      .click();
    const root = page.locator('[data-testid="scorecard-page"][data-ready="true"]');
    await expect(root).toBeVisible({ timeout: 30_000 });
    const rows = page.getByTestId('scorecard-table').locator('.ant-table-tbody tr.ant-table-row');
    expect(await rows.count()).toBeGreaterThan(1);

    // The QC-vs-returns scatter draws the SKU's lots.
    await expect(page.locator('[data-testid="scorecard-qc"][data-ready="true"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('scorecard-qc').locator('.recharts-scatter-symbol').first()).toBeVisible();
    await expect(page.getByTestId('scorecard-qc-escaped')).toBeVisible();

    // The supplier with the highest return rate (first row) shows its supplier-fault Pareto.
    await rows.first().click();
    const name = (await rows.first().locator('td').first().innerText()).trim();
    await expect(page.getByTestId('scorecard-detail')).toContainText(name);
    await page.getByTestId('scorecard-detail').scrollIntoViewIfNeeded();
    await screenshot(page, `scorecard-${language}`);
    await page.getByTestId('scorecard-qc').scrollIntoViewIfNeeded();
    await page.getByTestId('scorecard-qc').screenshot({ path: join('test-results', 'screens', `scorecard-qc-${language}.png`) });
    await page.getByTestId('scorecard-trend').screenshot({ path: join('test-results', 'screens', `scorecard-trend-${language}.png`) });
    const english = words[language].english;
    if (english) expect(await page.getByTestId('scorecard-page').innerText()).not.toMatch(english);

    const xlsx = await savedDownload(page, () => page.getByTestId('scorecard-export-xlsx').click());
    expect(xlsx.name).toMatch(/^returnlens-supplier-scorecard-\d{4}-\d{2}_\d{4}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(xlsx.path) as unknown as ArrayBuffer);
    expect(book.worksheets[0]?.name).toBe(words[language].sheet);
    expect(book.worksheets[0]?.rowCount).toBe((await rows.count()) + 1);

    const pdfButton = language === 'zh-CN' ? 'scorecard-export-pdf' : 'scorecard-export-pdf-en';
    const pdf = await savedDownload(page, () => page.getByTestId(pdfButton).click());
    expect(execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    const text = execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' });
    expect(text).toContain(words[language].pdf);
    expect(text).toContain(name.replace(/\s*(已停用|inactive)$/, ''));
  }
  expect(pageErrors).toEqual([]);
});
