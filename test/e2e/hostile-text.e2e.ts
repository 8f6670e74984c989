import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, setupOwnerViaUi, test } from './serve-fixture';
import { addDefectByKeyboard } from './scan-helpers';
import { apiCall, loginViaUi } from './store-helpers';

/**
 * Hostile text from the merchant backend's exports (and from staff) is shown as text on every screen and runs
 * nothing. The exports are imported through the import screen (the browser's file box, the serve's upload
 * route, preview, commit), an inspector scans a hostile return tracking number and inspects the parcel with a
 * hostile defect type, and the owner then walks every area: quality dashboard (filters, table view, a drill-down),
 * cases (list, search, the case drawer, a hostile message), import history, the scan station (a matched hostile
 * code, an unknown one recorded as an unmatched parcel), every settings tab, the login picker and both languages.
 *
 * After each screen: nothing set `window.__pwned`, no dialog opened, no element the payloads would create exists
 * (an `on*` attribute, `<img src=x>`, a `<script>` holding the payload, a `javascript:` link), nothing asked for
 * `/x`, and no CSP violation was reported (the CSP blocks inline handlers, so a payload turned into HTML would
 * show up here even when it could not run). And the payload is on the screen as literal text: rendered, not dropped.
 */

const img = '<img src=x onerror="window.__pwned=1">';
const script = '<script>window.__pwned=1</script>';
const jsUrl = 'javascript:window.__pwned=1';
const svg = '"><svg onload=window.__pwned=1>';
const template = "{{constructor.constructor('window.__pwned=1')()}}";
const formula = '=HYPERLINK("http://x")';
const rtl = 'RTL\u202Egnp.exe';
const alertImg = '<img src=x onerror=alert(document.domain)>';
const long = `<b>${'长'.repeat(4_990)}</b>XX`.slice(0, 5_000);
const unknownCode = '<svg/onload=alert(1)>';

const hour = 3_600_000;
const now = Date.now();
/** A time as the exports write it: China time, `YYYY-MM-DD HH:mm:ss`. */
const chinaTime = (ms: number) => new Date(ms + 8 * hour).toISOString().slice(0, 19).replace('T', ' ');

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csv = (header: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;

/** The header of test/fixtures/pdd-samples/pdd-orders.csv. */
const orderHeader = [
  '商品',
  '订单号',
  '订单状态',
  '商品总价(元)',
  '邮费(元)',
  '店铺优惠折扣(元)',
  '平台优惠折扣(元)',
  '多多支付立减金额(元)',
  '用户实付金额(元)',
  '商家实收金额(元)',
  '商品数量(件)',
  '支付时间',
  '发货时间',
  '确认收货时间',
  '商品id',
  '商品规格',
  '样式ID',
  '商家编码-规格维度',
  '商家编码-商品维度',
  '商家备注',
  '售后状态',
  '快递单号',
  '快递公司',
  '订单成交时间',
  '是否分期',
  '分期期数',
  '手续费承担方',
  '分期方式',
] as const;
/** The header of test/fixtures/pdd-samples/pdd-aftersales.csv. */
const caseHeader = [
  '售后单号',
  '订单号',
  '售后类型',
  '售后状态',
  '申请时间',
  '退款金额(元)',
  '订单金额(元)',
  '售后原因',
  '商品id',
  '商品名称',
  '商品规格',
  '商家编码-规格维度',
  '申请数量',
  '退货快递单号',
  '退货快递公司',
  '商家处理截止时间',
] as const;

interface Line {
  sku: string;
  product: string;
  title: string;
  spec: string;
  qty: number;
  tracking: string;
  courier: string;
  note: string;
}
/**
 * One order per SKU: every free-text field of the order export carries a payload (order numbers must look like one).
 * Each sells at least the dashboard's minimum volume (30); the first sells the fewest, so with one return each it
 * tops the return-rate ranking.
 */
const lines: readonly Line[] = [
  { sku: img, product: 'HX-P1', title: script, spec: svg, qty: 30, tracking: jsUrl, courier: template, note: long },
  { sku: svg, product: formula, title: template, spec: rtl, qty: 35, tracking: script, courier: img, note: formula },
  { sku: formula, product: 'HX-P3', title: long, spec: jsUrl, qty: 31, tracking: rtl, courier: svg, note: alertImg },
  { sku: template, product: img, title: img, spec: script, qty: 32, tracking: alertImg, courier: rtl, note: jsUrl },
  { sku: jsUrl, product: 'HX-P5', title: rtl, spec: formula, qty: 33, tracking: svg, courier: jsUrl, note: script },
  { sku: rtl, product: 'HX-P6', title: formula, spec: template, qty: 34, tracking: template, courier: formula, note: svg },
  { sku: script, product: 'HX-P7', title: alertImg, spec: img, qty: 36, tracking: img, courier: script, note: template },
];
const orderNumber = (i: number) => `261201-${String(100000000000000 + i)}`;
const paid = now - 20 * 24 * hour;
const orderRows = lines.map((l, i) => [
  l.title,
  orderNumber(i + 1),
  '已签收',
  `${l.qty * 10}.00`,
  '0.00',
  '0.00',
  '0.00',
  '0.00',
  `${l.qty * 10}.00`,
  `${l.qty * 10}.00`,
  l.qty,
  chinaTime(paid),
  chinaTime(paid + 12 * hour),
  chinaTime(paid + 72 * hour),
  `9000${i}`,
  l.spec,
  `8000${i}`,
  l.sku,
  l.product,
  l.note,
  '无售后或售后取消',
  l.tracking,
  l.courier,
  chinaTime(paid),
  '否',
  '',
  '',
  '',
]);
/** A row refused for its order number: the rejects table must show the payload as the refused value. */
const refusedRow = [
  img,
  img,
  '已签收',
  '10.00',
  '0.00',
  '0.00',
  '0.00',
  '0.00',
  '10.00',
  '10.00',
  1,
  chinaTime(paid),
  '',
  '',
  '',
  '',
  '',
  'HX-REFUSED',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
];

interface Claim {
  reason: string;
  tracking: string;
  courier: string;
  status: string;
}
const claims: readonly Claim[] = [
  { reason: `质量问题 ${img}`, tracking: img, courier: script, status: '已同意退货退款，待用户发货' }, // scanned by the inspector
  { reason: template, tracking: svg, courier: jsUrl, status: '已同意退货退款，待用户发货' }, // scanned by the owner
  { reason: long, tracking: script, courier: formula, status: '退货退款，待商家处理' },
  { reason: formula, tracking: template, courier: rtl, status: '退货退款，待商家处理' },
  { reason: svg, tracking: jsUrl, courier: long, status: '平台处理中' },
  { reason: rtl, tracking: alertImg, courier: img, status: '退货退款，待商家处理' },
  { reason: alertImg, tracking: rtl, courier: template, status: script }, // an unknown status text is kept as the raw status
];
const caseNumber = (i: number) => `HX-${i}`;
const caseRows = claims.map((c, i) => {
  const requested = now - (10 - i) * 24 * hour;
  const l = lines[i]!;
  return [
    caseNumber(i + 1),
    orderNumber(i + 1),
    '退货退款',
    c.status,
    chinaTime(requested),
    '10.00',
    `${l.qty * 10}.00`,
    c.reason,
    `9000${i}`,
    l.title,
    l.spec,
    l.sku,
    1,
    c.tracking,
    c.courier,
    chinaTime(now + 40 * hour),
  ];
});

/** Everything a payload turned into markup would leave behind, checked in the page. */
const injectionTraces = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __cspViolations?: string[] };
    const handlerAttributes: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames())
        if (/^on/i.test(attribute)) handlerAttributes.push(`${element.tagName}[${attribute}]`);
    }
    return {
      pwned: w.__pwned,
      handlerAttributes,
      imgX: document.querySelectorAll('img[src="x"]').length,
      svgOnload: document.querySelectorAll('svg[onload]').length,
      payloadScripts: [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('__pwned')).length,
      javascriptUrls: [...document.querySelectorAll('[href],[src],[action],[formaction]')].filter((e) =>
        ['href', 'src', 'action', 'formaction'].some((a) => /^\s*javascript:/i.test(e.getAttribute(a) ?? '')),
      ).length,
      cspViolations: w.__cspViolations ?? [],
    };
  });

const clean = { pwned: undefined, handlerAttributes: [], imgX: 0, svgOnload: 0, payloadScripts: 0, javascriptUrls: 0, cspViolations: [] };

const short = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 40)}… (${text.length} characters)` : text);
/** The payload is on screen as its literal text (in a chart, Recharts wraps a long axis label at its spaces). */
const shows = async (where: Locator, text: string, ignoreSpaces = false) => {
  const squeeze = (t: string) => (ignoreSpaces ? t.replace(/\s/g, '') : t);
  await expect
    .poll(async () => squeeze((await where.textContent()) ?? '').includes(squeeze(text)), { message: `shows ${short(text)} as text` })
    .toBe(true);
};
const showsText = (where: Locator, text: string) => shows(where, text);
const chartShows = (where: Locator, text: string) => shows(where, text, true);

test('hostile text from imports and staff is shown as text and runs nothing, on every screen', async ({ page, served }) => {
  test.setTimeout(240_000);
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const strayRequests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // The CSP's own report of zod's eval probe (the securitypolicyviolation listener below checks every eval).
    if (message.type() === 'error' && !message.text().startsWith("Refused to evaluate a string as JavaScript because 'unsafe-eval'"))
      consoleErrors.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== served.origin || url.pathname === '/x' || url.pathname.includes('__pwned')) strayRequests.push(request.url());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      // Zod probes `new Function("")` once to pick its fast path; the CSP refuses it. Any other eval has a sample.
      if (event.blockedURI === 'eval' && event.sample === '') return;
      w.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} "${event.sample}" at ${event.sourceFile}:${event.lineNumber}`);
    });
  });

  const screensSeen: string[] = [];
  const assertClean = async (screen: string) => {
    await page.waitForLoadState('networkidle');
    expect(await injectionTraces(page), `traces of markup on ${screen}`).toEqual(clean);
    expect(dialogs, `dialogs on ${screen}`).toEqual([]);
    expect(pageErrors, `page errors on ${screen}`).toEqual([]);
    expect(consoleErrors, `console errors on ${screen}`).toEqual([]);
    expect(strayRequests, `requests from ${screen}`).toEqual([]);
    screensSeen.push(screen);
  };

  // Owner setup; a hostile defect type and two staff whose names are payloads (names hold at most 40 characters).
  await page.goto(served.url);
  await setupOwnerViaUi(page, '王店长', '246810');
  await apiCall(page, 'taxonomy.create', { code: 'HOSTILE_IMG', nameZh: img, nameEn: svg, category: 'appearance', defaultClass: 'major' });
  await apiCall(page, 'users.create', { name: img, role: 'inspector', pin: '234567' });
  await apiCall(page, 'users.create', { name: svg, role: 'service', pin: '345678' });

  // Import both exports through the import screen; the order file's own name is a payload too.
  await page.getByTestId('nav-import').click();
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: `${img}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv(orderHeader, [...orderRows, refusedRow])) });
  await expect(page.getByTestId('import-counts')).toBeVisible({ timeout: 30_000 });
  await showsText(page.getByTestId('import-rejects'), img);
  await assertClean('import preview with a refused hostile order number');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('import-another').click();
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'aftersales.csv', mimeType: 'text/csv', buffer: Buffer.from(csv(caseHeader, caseRows)) });
  await expect(page.getByTestId('import-counts')).toContainText(String(claims.length), { timeout: 30_000 });
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 30_000 });
  const history = await apiCall<{ state: string; counts: Record<string, { new: number }> | null }[]>(page, 'imports.history', {});
  expect(history.map((r) => r.state)).toEqual(['committed', 'committed']);
  expect(history[0]?.counts?.cases?.new).toBe(claims.length);
  expect(history[1]?.counts?.orders?.new).toBe(lines.length);
  await showsText(page.getByTestId('import-history'), `${img}.csv`);
  await assertClean('import history');

  // The login picker lists the hostile names as names.
  await page.getByTestId('logout').click();
  await showsText(page.locator('body'), img);
  await showsText(page.locator('body'), svg);
  await assertClean('login picker');

  // The inspector scans the hostile return tracking number, receives and inspects with the hostile defect type.
  await loginViaUi(page, img, '234567');
  const scan = page.getByTestId('scan-input');
  await expect(scan).toBeFocused();
  await page.keyboard.type(img);
  await page.keyboard.press('Enter');
  const workspace = page.getByTestId('case-workspace');
  await expect(workspace).toBeVisible();
  await expect(page.getByTestId('case-number')).toHaveText(caseNumber(1));
  await showsText(page.getByTestId('case-claim'), `质量问题 ${img}`);
  await showsText(page.getByTestId('case-claim'), script);
  await page.keyboard.press('Alt+r');
  await expect(page.getByTestId('received-line')).toContainText(img);
  await page.keyboard.press('4');
  await expect(page.getByTestId('grade-D')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Alt+y');
  await addDefectByKeyboard(page, 'HOSTILE');
  await showsText(page.getByTestId('defect-lines'), img);
  await page.getByTestId('inspection-notes').fill(`${svg} ${template}`);
  await expect(page.getByTestId('save-state')).toContainText('已保存');
  await page.getByTestId('complete-inspection').click();
  await expect(page.getByTestId('completed-inspection')).toBeVisible();
  await showsText(workspace, img);
  await assertClean('scan station (inspector)');
  await page.getByTestId('logout').click();

  // The owner walks every area.
  await loginViaUi(page, '王店长', '246810');
  const areas = ['quality', 'cases', 'import', 'scan', 'settings'] as const;

  // Quality: charts, the SKU filter's options, the ranking as a table, and the drill-down behind its top bar.
  await page.getByTestId('nav-quality').click();
  const quality = page.getByTestId('quality-page');
  await expect(quality).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(page.getByTestId('chart-rates').locator('.recharts-bar-rectangle').first()).toBeVisible();
  for (const sku of [img, svg, formula, template, jsUrl, script, rtl]) await chartShows(page.getByTestId('chart-rates'), sku);
  await page.getByTestId('chart-pareto').scrollIntoViewIfNeeded();
  await chartShows(page.getByTestId('chart-pareto'), img);
  await assertClean('quality dashboard');
  await page.getByTestId('filter-sku').click();
  const openOptions = page.locator('.ant-select-dropdown:visible');
  await showsText(openOptions, img);
  await page.keyboard.press('Escape');
  await expect(openOptions).toHaveCount(0);
  await page.getByTestId('filter-product').click();
  await showsText(openOptions, script);
  await page.keyboard.press('Escape');
  await expect(openOptions).toHaveCount(0);
  await assertClean('quality filters');
  await page.getByTestId('chart-rates').getByText('表格').click();
  for (const sku of [img, svg, formula, template, jsUrl, script]) await showsText(page.getByTestId('chart-rates'), sku);
  await page.getByTestId('chart-rates').getByText('图表').click();
  await page.getByTestId('chart-rates').locator('.recharts-bar-rectangle').first().click();
  const drill = page.getByTestId('drill-table');
  await expect(drill.locator('tbody tr.ant-table-row').first()).toBeVisible();
  const drawer = page.locator('.ant-drawer-content-wrapper:visible');
  await showsText(drawer, caseNumber(1));
  await showsText(drawer, img); // the SKU code in the title and the table, the defect type in the finding tag
  await assertClean('quality drill-down');
  await page.keyboard.press('Escape');

  // Cases: the list, a search for the payload, the case drawer (order, claim, inspection, audit) and a hostile message.
  await page.getByTestId('nav-cases').click();
  const list = page.getByTestId('cases-page');
  await expect(page.locator('[data-testid^="case-row-"]')).toHaveCount(claims.length);
  await assertClean('cases list');
  for (const text of [img, script, svg, template, formula, alertImg, rtl, long]) await showsText(list, text);
  await screenshot(page, 'hostile-text-cases');
  await page.getByTestId('case-search').fill('<img src=x');
  await expect(page.getByTestId(`case-row-${caseNumber(1)}`)).toBeVisible();
  await page.getByTestId('case-search').fill('');
  await page.getByTestId(`case-row-${caseNumber(1)}`).click();
  const detail = page.getByTestId('case-detail');
  await expect(detail).toBeVisible();
  for (const text of [`质量问题 ${img}`, script, svg, jsUrl, template, `${svg} ${template}`]) await showsText(detail, text);
  await page.getByTestId('case-messages').getByText('内部备注').click();
  await page.getByTestId('case-message-input').fill(`${alertImg} ${jsUrl} ${formula}`);
  await page.getByTestId('case-message-send').click();
  await showsText(page.getByTestId('case-message'), `${alertImg} ${jsUrl} ${formula}`);
  await showsText(page.getByTestId('case-audit'), img);
  await screenshot(page, 'hostile-text-case-drawer');
  await assertClean('case drawer');
  await page.keyboard.press('Escape');
  await page.getByTestId(`case-row-${caseNumber(3)}`).click();
  await showsText(page.getByTestId('case-detail'), long);
  await showsText(page.getByTestId('case-detail'), formula);
  await assertClean('case drawer with 5,000-character texts');
  await page.keyboard.press('Escape');
  await page.getByTestId(`case-row-${caseNumber(7)}`).click();
  await showsText(page.getByTestId('case-detail'), alertImg);
  await assertClean('case drawer with a hostile raw status');
  await page.keyboard.press('Escape');

  // Import history.
  await page.getByTestId('nav-import').click();
  await showsText(page.getByTestId('import-history'), `${img}.csv`);
  await assertClean('import area');

  // The scan station as the owner: a hostile code that matches, then an unknown one recorded as an unmatched parcel.
  await page.getByTestId('nav-scan').click();
  await expect(page.getByTestId('scan-input')).toBeFocused();
  await page.keyboard.type(svg);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-number')).toHaveText(caseNumber(2));
  await showsText(page.getByTestId('case-claim'), template);
  await showsText(page.getByTestId('case-claim'), jsUrl);
  await assertClean('scan station, matched hostile code');
  await page.getByTestId('scan-input').focus();
  await page.keyboard.type(unknownCode);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('no-match')).toBeVisible();
  await showsText(page.getByTestId('no-match'), unknownCode);
  await page.getByTestId('unmatched-courier').locator('input').fill(svg); // a courier holds at most 40 characters
  await page.getByTestId('unmatched-note').fill(script);
  await page.getByTestId('record-unmatched-button').click();
  await expect(page.getByTestId('unmatched-recorded')).toBeVisible();
  await page.getByTestId('open-unmatched').click();
  await showsText(page.getByTestId('unmatched-table'), unknownCode);
  await showsText(page.getByTestId('unmatched-table'), script);
  await showsText(page.getByTestId('unmatched-table'), svg);
  await assertClean('unmatched parcels');
  await page.keyboard.press('Escape');

  // Every settings tab.
  await page.getByTestId('nav-settings').click();
  const settings = page.getByTestId('settings-page');
  const tabs: Record<string, readonly string[]> = {
    users: [img, svg],
    policy: [],
    taxonomy: [img, svg],
    skus: [img, svg, formula, template, jsUrl, script, rtl],
    backups: [],
    audit: [img],
  };
  for (const [tab, texts] of Object.entries(tabs)) {
    await page.getByTestId(`settings-tab-${tab}`).click();
    for (const text of texts) await showsText(settings, text);
    await assertClean(`settings: ${tab}`);
  }
  await page.getByTestId('settings-tab-backups').click();
  await page.getByTestId('backup-now').click();
  await expect(page.getByTestId('backup-row').first()).toBeVisible();
  await assertClean('settings: backups after a backup');

  // The same areas in English.
  await page.getByTestId('language-switch').getByText('English').click();
  for (const area of areas) {
    await page.getByTestId(`nav-${area}`).click();
    if (area === 'quality') await expect(quality).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
    if (area === 'cases') await showsText(list, img);
    await assertClean(`${area} in English`);
  }
  await page.getByTestId('language-switch').getByText('简体中文').click();

  // The service user (a hostile name) sees the cases too.
  await page.getByTestId('logout').click();
  await loginViaUi(page, svg, '345678');
  await page.getByTestId('nav-cases').click();
  await showsText(page.getByTestId('cases-page'), img);
  await assertClean('cases as the service user');

  expect(screensSeen.length).toBeGreaterThan(25);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await page.screenshot({ path: join('test-results', 'screens', 'hostile-text-end.png') });
});
