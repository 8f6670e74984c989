import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { moneyText } from './money-text';
import { startServe, type Served } from './serve-fixture';
import { apiCall } from './store-helpers';

/**
 * Issue 15, item 5 on the demo shop: the seed's remedy stories reach the Quality page's goodwill card, whose bar
 * drills down to the cases and on to a case's remedies and ledger; Settings → Remedy costs. Both languages,
 * with screenshots of each (test-results/screens).
 */
let served: Served;

test.beforeAll(() => {
  const dataDir = mkdtempSync(join(tmpdir(), 'returnlens-remedies-seeded-e2e-'));
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'electron/backend/cli/seed.cli.ts', '--data-dir', dataDir, '--orders', '3000', '--until', '2026-11-20'],
    { stdio: 'ignore' },
  );
  return startServe(dataDir).then((s) => void (served = s));
});
test.afterAll(async () => served?.stop());

const shot = async (target: Locator, name: string) => {
  await target.page().waitForTimeout(300);
  await target.screenshot({ path: join('test-results', 'screens', `${name}.png`) });
};

const dashboard = (page: Page) =>
  apiCall<{ kpi: { goodwillFen: number }; goodwill: { totalFen: number } }>(page, 'analytics.dashboard', {});

test('the goodwill card shows the seeded compensation and drills down to a case with its remedies and ledger', async ({ page }) => {
  await page.goto(served.url);
  await page.getByTestId('login-user-owner').click();
  await page.getByTestId('login-pin').fill('123456');
  await page.getByTestId('login-submit').click();

  for (const [lang, texts] of [
    ['zh-CN', { table: '表格', kpi: '补偿', drill: '明细：', total: '合计' }],
    ['en-US', { table: 'Table', kpi: 'goodwill', drill: 'Cases: ', total: 'Total' }],
  ] as const) {
    if (lang === 'en-US') await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('nav-quality').click();
    await expect(page.getByTestId('quality-page')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    const card = page.getByTestId('chart-goodwill');
    await card.scrollIntoViewIfNeeded();
    await expect(card.locator('svg.recharts-surface').first()).toBeVisible();

    // The card's total and the KPI's goodwill part are the API's figure, formatted for the language.
    const api = await dashboard(page);
    const goodwillFen = api.goodwill.totalFen;
    expect(goodwillFen).toBeGreaterThan(0);
    expect(api.kpi.goodwillFen).toBe(goodwillFen);
    await expect(card).toContainText(moneyText(goodwillFen, lang));
    await expect(page.getByTestId('kpi-cost')).toContainText(`${texts.kpi} ${moneyText(goodwillFen, lang)}`);
    await shot(card, `quality-goodwill-${lang}`);

    // By reason, as a table; its first row opens the cases behind it.
    await page
      .getByTestId('goodwill-by')
      .getByText(lang === 'zh-CN' ? '按申请原因' : 'By reason')
      .click();
    await card.getByText(texts.table, { exact: true }).click();
    await card.locator('.ant-table-tbody tr.ant-table-row').first().click();
    const drawer = page.locator('.ant-drawer').filter({ hasText: texts.drill });
    await expect(drawer.getByTestId('drill-total')).toContainText(/\d/);
    await drawer.locator('.drill-row').first().click();

    // The case drawer: the seeded offers and the ledger with its total.
    const section = page.getByTestId('case-remedies');
    await expect(section).toBeVisible();
    await expect(section.getByTestId('remedy-item').first()).toBeVisible();
    // The seed records no route choices: the estimate shows only while the case takes offers (a finished one shows none).
    await expect(section.getByTestId('remedy-advice')).toHaveCount(await section.getByTestId('remedy-offer-form').count());
    await expect(page.getByTestId('ledger-total')).toContainText(texts.total);
    await section.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join('test-results', 'screens', `case-remedies-seeded-${lang}.png`) });
    await page.getByTestId('remedy-ledger').scrollIntoViewIfNeeded();
    await shot(page.getByTestId('remedy-ledger'), `case-ledger-seeded-${lang}`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await card.getByText(lang === 'zh-CN' ? '图表' : 'Chart', { exact: true }).click();

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-tab-remedyCosts').click();
    await shot(page.getByTestId('settings-page'), `settings-remedy-costs-${lang}`);
  }
});
