import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { screenshot, startServe, type Served } from './serve-fixture';

/** The owner's quality dashboard on a seeded data dir: charts, a filter change, a drill-down, exports. */
let served: Served;

test.beforeAll(() => {
  const dataDir = mkdtempSync(join(tmpdir(), 'returnlens-quality-e2e-'));
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'electron/backend/cli/seed.cli.ts', '--data-dir', dataDir, '--orders', '20000', '--until', '2026-11-20'],
    { stdio: 'ignore' },
  );
  return startServe(dataDir).then((s) => void (served = s));
});
test.afterAll(async () => served?.stop());

const cards = ['pareto', 'rates', 'mix', 'trend', 'matrix', 'cost', 'goodwill', 'deadline'];

interface ReadyCommit {
  inView: string[];
  staleInView: string[];
}
/** In the page: when data-ready turns true, which cards are in the viewport and which of them are not yet current. */
const watchReadyCommit = () => {
  const root = document.querySelector('[data-testid="quality-page"]');
  if (!root) throw new Error('no quality page');
  new MutationObserver((_records, observer) => {
    if (root.getAttribute('data-ready') !== 'true') return;
    const inView = [...document.querySelectorAll('[data-testid^="card-"]')].filter((c) => {
      const r = c.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });
    const state: ReadyCommit = {
      inView: inView.map((c) => c.getAttribute('data-testid') ?? ''),
      staleInView: inView.filter((c) => c.getAttribute('data-current') !== 'true').map((c) => c.getAttribute('data-testid') ?? ''),
    };
    (globalThis as unknown as { readyCommit?: ReadyCommit }).readyCommit = state;
    observer.disconnect();
  }).observe(root, { attributes: true, attributeFilter: ['data-ready'] });
};

const ready = (page: import('@playwright/test').Page) =>
  expect(page.getByTestId('quality-page')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });

test('owner sees the charts, filters, drills into a bar and exports', async ({ page }) => {
  await page.goto(served.url);
  await page.getByTestId('login-user-owner').click();
  await page.getByTestId('login-pin').fill('123456');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-quality').click();
  await ready(page);

  for (const id of cards) {
    await expect(page.getByTestId(`chart-${id}`).locator('svg.recharts-surface').first()).toBeVisible();
  }
  const soldBefore = await page.getByTestId('kpi-sold').locator('.ant-statistic-content').innerText();
  await expect(page.getByTestId('chart-pareto').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await screenshot(page, 'quality-zh-CN');
  for (const id of ['pareto', 'rates', 'matrix', 'deadline']) {
    await page.getByTestId(`chart-${id}`).screenshot({ path: join('test-results', 'screens', `quality-card-${id}-zh-CN.png`) });
  }

  // A filter change redraws every chart with the narrower cohort: the cards in view in the same commit that sets
  // data-ready (checked at that moment, in the page), the cards below the fold right after, in idle time.
  await page.evaluate(watchReadyCommit);
  await page.getByTestId('filter-supplier').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  await expect(page.getByTestId('quality-page')).toHaveAttribute('data-request', /supplierId/);
  await ready(page);
  const atReady = await page.evaluate(() => (globalThis as unknown as { readyCommit?: ReadyCommit }).readyCommit);
  expect(atReady?.inView).toContain('card-pareto');
  expect(atReady?.staleInView).toEqual([]);
  for (const id of cards) await expect(page.getByTestId(`card-${id}`)).toHaveAttribute('data-current', 'true');
  await expect(page.getByTestId('kpi-sold').locator('.ant-statistic-content')).not.toHaveText(soldBefore);

  // Drill into the top bar of the rate ranking: the cases behind it are listed.
  await page.getByTestId('chart-rates').locator('.recharts-bar-rectangle').first().click();
  await expect(page.getByTestId('drill-total')).toHaveText(/\d+/);
  await expect(page.getByTestId('drill-table').locator('tbody tr.ant-table-row').first()).toBeVisible();
  await screenshot(page, 'quality-drill-zh-CN');
  const drillDownload = page.waitForEvent('download');
  await page.getByTestId('drill-export-csv').click();
  const drillFile = await (await drillDownload).path();
  expect(readFileSync(drillFile, 'utf8')).toContain('售后单号');
  await page.keyboard.press('Escape');

  // The Pareto chart as PNG.
  const pngDownload = page.waitForEvent('download');
  await page.getByTestId('export-pareto').scrollIntoViewIfNeeded();
  await page.getByTestId('export-pareto').click();
  await page.getByRole('menuitem').filter({ hasText: 'PNG' }).click();
  const pngPath = await (await pngDownload).path();
  copyFileSync(pngPath, join('test-results', 'screens', 'quality-pareto-export.png'));
  const png = readFileSync(pngPath);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(5000);

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByTestId('chart-pareto')).toContainText('Defect Pareto');
  await page.getByTestId('quality-page').getByText('Reset filters').click();
  await ready(page);
  for (const id of cards) await expect(page.getByTestId(`card-${id}`)).toHaveAttribute('data-current', 'true');
  await screenshot(page, 'quality-en-US');
  // After the drawer (which hides the page scrollbar while open) and a language switch, every chart still fits its card.
  const overflow = await page.evaluate(() =>
    [...document.querySelectorAll('.quality-card')].flatMap((card) => {
      const cardBox = card.getBoundingClientRect();
      return [...card.querySelectorAll('svg.recharts-surface')]
        .map((svg) => svg.getBoundingClientRect())
        .filter((box) => box.right > cardBox.right + 1)
        .map((box) => `${card.getAttribute('data-testid')}: ${Math.round(box.right - cardBox.right)} px`);
    }),
  );
  expect(overflow).toEqual([]);
  // The stacks keep their order after the filter brought other series in: "not yet inspected" (grey) stays on top.
  const greyNotOnTop = await page.getByTestId('chart-trend').evaluate((card) => {
    const columns = new Map<number, { fill: string; top: number }[]>();
    for (const rect of card.querySelectorAll('path.recharts-rectangle')) {
      const box = rect.getBoundingClientRect();
      if (box.height < 0.5) continue;
      const x = Math.round(box.left + box.width / 2);
      columns.set(x, [...(columns.get(x) ?? []), { fill: rect.getAttribute('fill') ?? '', top: box.top }]);
    }
    return [...columns.values()].filter((stack) => {
      const grey = stack.find((r) => r.fill === '#bfbfbf');
      return grey !== undefined && stack.some((r) => r.top < grey.top - 0.5);
    }).length;
  });
  expect(greyNotOnTop).toBe(0);
});
