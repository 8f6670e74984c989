import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { addDefectByKeyboard, seededDataDir } from './scan-helpers';
import { expect, screenshot, startServe, test } from './serve-fixture';

/**
 * Every screen speaks the reader's language: an owner walks each area, the Cases tabs and a case drawer, every
 * Settings tab and the scan station, first in Chinese, then in English. In Chinese no Latin word may show that
 * is not data (a SKU code, a name, a tracking number) or a term Chinese users write in Latin letters (SKU, PIN,
 * CSV…); in English no Chinese character may show that is not data (a product title, a buyer's words).
 */

const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));

/** Latin words a Chinese screen may show: file formats, keys and acronyms Chinese users write this way. */
const latinTermsInChinese = new Set([
  'SKU',
  'PIN',
  'CSV',
  'XLSX',
  'Excel',
  'GBK',
  'UTF',
  'JPEG',
  'PNG',
  'WebP',
  'Alt',
  'Ctrl',
  'Enter',
  'Esc',
  'English',
  'RL',
  'MB',
  'KB',
  'GB',
  'AQL',
  'Tab',
  'UTC',
  // File kinds and checksums are written this way in Chinese too (证据材料（PDF）, SHA-256 校验值).
  'PDF',
  'SHA',
]);
/** Each language's own name on the switch is written in that language. */
const languageNames = ['简体中文', 'English'];

/** The data the screens show as entered or imported: every text value the seeded shop holds in these columns. */
const dataStrings = (dataDir: string): string[] => {
  const db = new BetterSqlite3(join(dataDir, 'returnlens.sqlite'), { readonly: true });
  const columns: Record<string, string[]> = {
    users: ['name'],
    suppliers: ['name', 'contact', 'notes'],
    products: ['name', 'product_code'],
    skus: ['code', 'spec_text', 'barcode'],
    lots: ['lot_code', 'notes', 'void_reason'],
    orders: ['order_number', 'raw_status', 'tracking_number', 'courier', 'merchant_note'],
    after_sales_cases: ['case_number', 'raw_status', 'reason_text', 'return_tracking_number', 'return_courier', 'resolution'],
    communications: ['text', 'speaker', 'correction_reason', 'void_reason'],
    attachments: ['file_name'],
    // Notes staff wrote while escalating, and on causes and corrective actions: their own words.
    case_escalation_steps: ['note'],
    case_interventions: ['note', 'decision_note'],
    case_evidence_submissions: ['note'],
    case_evidence_items: ['text'],
    case_root_causes: ['note'],
    corrective_actions: ['what', 'outcome', 'process'],
    inspections: ['notes', 'void_reason'],
    unmatched_parcels: ['code', 'courier', 'note'],
    import_runs: ['file_name'],
    // A defect type's code is the identifier the owner typed (SEAM_OPEN); its names are checked per language.
    defect_types: ['code'],
  };
  const found = new Set<string>();
  try {
    for (const [table, names] of Object.entries(columns)) {
      for (const column of names) {
        try {
          for (const value of db.prepare(`SELECT DISTINCT ${column} FROM ${table} WHERE ${column} IS NOT NULL`).pluck().all()) {
            if (typeof value === 'string' && value.trim() !== '') found.add(value.trim());
          }
        } catch {
          // A column this schema does not have holds no data to allow.
        }
      }
    }
  } finally {
    db.close();
  }
  // Longest first, so a long text is removed before a shorter one inside it.
  return [...found].sort((a, b) => b.length - a.length);
};

const defectTypeNames = (dataDir: string): string[] => {
  const db = new BetterSqlite3(join(dataDir, 'returnlens.sqlite'), { readonly: true });
  try {
    const rows = db.prepare('SELECT name_zh, name_en FROM defect_types').all() as { name_zh: string; name_en: string }[];
    return rows.flatMap((r) => [r.name_zh, r.name_en]).sort((a, b) => b.length - a.length);
  } finally {
    db.close();
  }
};

/** The reply templates' titles, texts and glosses, and the never-say phrases: the owner's data in both languages. */
const templateTexts = (dataDir: string): string[] => {
  const db = new BetterSqlite3(join(dataDir, 'returnlens.sqlite'), { readonly: true });
  try {
    const templates = db.prepare('SELECT title_zh, title_en, body_zh, gloss_en FROM reply_templates').all() as Record<string, string>[];
    const phrases = db.prepare('SELECT phrase FROM never_say_phrases').pluck().all() as string[];
    return [...templates.flatMap((r) => Object.values(r)), ...phrases].filter((v) => v !== '').sort((a, b) => b.length - a.length);
  } finally {
    db.close();
  }
};

/** The visible text of the page with the data taken out. */
const visibleText = async (page: Page, data: readonly string[]): Promise<string> => {
  // antd's selects keep a zero-size listbox for screen readers that spells the options' values (ids); nobody sees
  // it, and innerText would count it while a dropdown closes. It is left out, nothing else.
  let text = await page.evaluate(() => {
    const unseen = [...document.querySelectorAll<HTMLElement>('[role="listbox"]')].filter(
      (e) => e.offsetWidth === 0 || e.offsetHeight === 0,
    );
    for (const e of unseen) e.style.display = 'none';
    const shown = document.body.innerText;
    for (const e of unseen) e.style.display = '';
    return shown;
  });
  for (const d of [...data, ...languageNames]) if (text.includes(d)) text = text.split(d).join(' ');
  // Folder paths (Settings › Backups names where backups and logs are) are spelled as the system spells them.
  return text.replace(/(?:\/[\w.-]+){2,}/g, ' ');
};

const englishIn = (text: string): string[] =>
  [...new Set(text.match(/[A-Za-z][A-Za-z'’]+/g) ?? [])].filter((word) => !latinTermsInChinese.has(word));
const chineseIn = (text: string): string[] => [...new Set(text.match(/[\u3400-\u9fff\u3001\u3002\uff0c\uff1a\uff1b]+/g) ?? [])];

const settle = async (page: Page) => {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0, { timeout: 20_000 });
  await page.waitForTimeout(200);
};

test('every screen in Chinese, then in English, shows only the reader’s language and data', async ({ page }) => {
  test.setTimeout(300_000);
  const { dataDir, samples } = seededDataDir(1500);
  const data = dataStrings(dataDir);
  const defectNames = defectTypeNames(dataDir);
  const replyTexts = templateTexts(dataDir);
  const served = await startServe(dataDir);
  const findings: string[] = [];
  try {
    await page.goto(served.url);
    await page.getByTestId('login-user-owner').click();
    await page.getByTestId('login-pin').fill('123456');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('current-user')).toBeVisible();

    for (const language of ['zh-CN', 'en-US'] as const) {
      await page
        .getByTestId('language-switch')
        .getByText(language === 'zh-CN' ? '简体中文' : 'English')
        .click();
      const check = async (where: string, alsoData: readonly string[] = []) => {
        await settle(page);
        const text = await visibleText(page, [...alsoData, ...data]);
        const wrong = language === 'zh-CN' ? englishIn(text) : chineseIn(text);
        // Each finding with a little of the text around it, to find it on the screenshot.
        const around = (w: string) => text.slice(Math.max(0, text.indexOf(w) - 15), text.indexOf(w) + w.length + 15).replace(/\s+/g, ' ');
        if (wrong.length) findings.push(`${language} ${where}: ${wrong.map(around).join(' | ')}`);
        await screenshot(page, `walk-${where}-${language}`);
      };

      // The scan station: a parcel scanned, received, with a defect recorded.
      await page.getByTestId('nav-scan').click();
      await check('scan-idle');
      const scan = page.getByTestId('scan-input');
      await scan.fill(language === 'zh-CN' ? samples.awaitingReturnTracking[0]! : samples.awaitingReturnTracking[1]!);
      await scan.press('Enter');
      await expect(page.getByTestId('case-workspace')).toBeVisible();
      await page.keyboard.press('Alt+r');
      await expect(page.getByTestId('received-line')).toBeVisible();
      await addDefectByKeyboard(page, 'scratch');
      await expect(page.getByTestId('defect-line')).toHaveCount(1);
      await check('scan-workspace');

      // Cases: each tab, then a case drawer with its inspections, messages and audit trail.
      await page.getByTestId('nav-cases').click();
      for (const group of ['open', 'overdue', 'due_soon', 'all']) {
        await page.getByTestId(`case-group-${group}`).click();
        await check(`cases-${group}`);
      }
      await page.locator('[data-testid^="case-row-"]').first().click();
      await expect(page.getByTestId('case-detail')).toBeVisible();
      await check('case-drawer');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('case-detail')).toBeHidden();

      // The service desk: each tab (the header's counter is on every screen already).
      await page.getByTestId('nav-desk').click();
      for (const tab of ['mine', 'team', 'others']) {
        await page.getByTestId(`desk-tab-${tab}`).click();
        await check(`desk-${tab}`);
      }

      // Quality, with the month picker open (its month names come from dayjs's locale).
      await page.getByTestId('nav-quality').click();
      await check('quality');
      await page.locator('.ant-picker-range').first().click();
      await expect(page.locator('.ant-picker-dropdown')).toBeVisible();
      await check('quality-month-picker');
      await page.keyboard.press('Escape');

      // Import: the history, and a preview naming the built-in layout it recognised.
      await page.getByTestId('nav-import').click();
      await check('import');
      await page.locator('input[type=file]').setInputFiles(join(fixtures, 'pdd-samples', 'pdd-orders.csv'));
      const preview = page.getByTestId('import-preview');
      await expect(preview).toBeVisible({ timeout: 30_000 });
      await expect(preview).toContainText(language === 'zh-CN' ? '拼多多订单导出' : 'Pinduoduo orders export');
      await expect(preview).not.toContainText(language === 'zh-CN' ? 'Pinduoduo orders export' : '拼多多订单导出');
      await page.getByTestId('import-discard').click();

      // Settings: every tab, the audit log last (it holds this walk's receipts and inspections).
      await page.getByTestId('nav-settings').click();
      for (const tab of ['users', 'policy', 'deskAlerts', 'skus', 'taxonomy', 'templates', 'backups', 'audit']) {
        await page.getByTestId(`settings-tab-${tab}`).click();
        // The taxonomy and template editors are where both languages are entered: there both are data.
        await check(`settings-${tab}`, tab === 'taxonomy' ? defectNames : tab === 'templates' ? replyTexts : []);
      }
    }
    expect(findings, findings.join('\n')).toEqual([]);
  } finally {
    await served.stop();
  }
});

test('the first-run form re-words its errors when the language changes', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByTestId('language-switch').getByText('简体中文').click();
  await page.getByTestId('setup-submit').click();
  const errors = page.locator('.ant-form-item-explain-error');
  await expect(errors.first()).toHaveText('必填');
  await page.getByTestId('setup-pin').fill('12');
  await expect(page.getByText('PIN 码必须是 6 到 12 位数字')).toBeVisible();
  await screenshot(page, 'setup-errors-zh-CN');

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(errors.first()).toHaveText('Required');
  await expect(page.getByText('The PIN must be 6 to 12 digits')).toBeVisible();
  await expect(page.locator('.auth-card .auth-card-body')).not.toContainText(/[\u4e00-\u9fff]/);
  await screenshot(page, 'setup-errors-en-US');
});
