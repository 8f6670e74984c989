import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/contract';
import { startTestBackend, type TestBackend } from '../support/backend';
import { upload } from './import-helpers';

/**
 * Every export path neutralises cells a spreadsheet would run as a formula (SECURITY.md: a cell starting with
 * = + - @ tab or CR gets a leading apostrophe; real numbers stay numbers): export.list for each list (orders,
 * cases, inspections, import rejects), imports.rejects, analytics.exportTable and analytics.exportDrill, each as
 * CSV and XLSX (imports.rejects is CSV only) and in both languages. The hostile text comes in the way it would
 * in the shop: imported order and after-sales exports, a user's name, defect type names, inspection notes, a
 * chart's table view.
 *
 * For each file: no text cell (headers included) starts with a formula character, an XLSX holds no formula cell,
 * and the payloads sent are there, escaped (so they were exported, not dropped).
 */

const payloads = {
  eq: '=HYPERLINK("http://evil.example","x")',
  plus: "+1+cmd|' /C calc'!A0",
  minus: "-2+3+cmd|' /C calc'!A0",
  at: "@SUM(1+1)*cmd|'/C calc'!A0",
  tab: '\t=1+1',
  cr: '\r=1+1',
} as const;
const leading = ['eq', 'plus', 'minus', 'at'] as const;

/** A text cell that a spreadsheet app would run; numbers (a CSV has no types) are numbers. */
const risky = (text: string) => /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text);
const escaped = (text: string) => `'${text}`;

/** RFC 4180 with the BOM: fields may be quoted and hold commas, quotes, CR and LF. */
const parseCsv = (bytes: Buffer): string[][] => {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  expect(quoted, 'the file ends inside a quoted field').toBe(false);
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
};

interface Cells {
  texts: string[];
  numbers: number[];
  formulas: string[];
}

const csvCells = (base64: string): Cells => {
  const texts = parseCsv(Buffer.from(base64, 'base64')).flat();
  return { texts, numbers: texts.filter((t) => /^[+-]?\d+(\.\d+)?$/.test(t)).map(Number), formulas: [] };
};

const xlsxCells = async (base64: string): Promise<Cells> => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const cells: Cells = { texts: [], numbers: [], formulas: [] };
  for (const sheet of book.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || Boolean(cell.formulaType)) cells.formulas.push(cell.address);
        else if (typeof cell.value === 'number') cells.numbers.push(cell.value);
        else if (typeof cell.value === 'string') cells.texts.push(cell.value);
        else cells.texts.push(cell.text);
      });
    });
  }
  return cells;
};

interface ExportFile {
  base64: string;
  rowCount: number;
}
/** Checks one file: nothing a spreadsheet would run, and each expected payload there, escaped. */
const check = async (what: string, format: 'csv' | 'xlsx', file: ExportFile, expected: readonly string[]) => {
  const cells = format === 'csv' ? csvCells(file.base64) : await xlsxCells(file.base64);
  expect(cells.formulas, `${what}: formula cells`).toEqual([]);
  expect(cells.texts.filter(risky), `${what}: cells a spreadsheet would run`).toEqual([]);
  // XML turns a bare CR in a text node into LF on reading (the cell still starts with the apostrophe).
  const asRead = (text: string) => (format === 'xlsx' ? text.replace(/\r\n?/g, '\n') : text);
  for (const payload of expected)
    expect(cells.texts.map(asRead), `${what}: ${JSON.stringify(payload)} exported, escaped`).toContain(asRead(escaped(payload)));
  expect(file.rowCount, what).toBeGreaterThan(0);
  return cells;
};

const orderHeader =
  '订单号,订单状态,商品,商品规格,商品数量(件),商家编码-规格维度,商家编码-商品维度,商品总价(元),用户实付金额(元),商家实收金额(元),支付时间,确认收货时间,快递单号,快递公司,商家备注';
const caseHeader =
  '售后单号,订单号,售后类型,售后状态,申请时间,退款金额(元),订单金额(元),售后原因,商家编码-规格维度,申请数量,退货快递单号,退货快递公司,商家处理截止时间';
const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csvLine = (cells: readonly string[]) => cells.map(csvCell).join(',');
const orderNumber = (i: number) => `261005-${String(200000000000000 + i)}`;
/** The SKU code of order i: its payload with a suffix, so that every order has its own SKU. */
const skuOf = (key: (typeof leading)[number]) => `${payloads[key]}#SKU`;

let t: TestBackend;
let rejectsImportId: string;
let defectEq: string;
let defectAt: string;
const inspectorName = "=cmd|' /C calc'!A0";

beforeAll(async () => {
  t = startTestBackend();
  await t.withUsers();

  // Orders: every free-text field of order i starts with payload i. Order numbers must look like order numbers,
  // so formula-like ones are refused, and the rejects keep them as the refused value.
  const orders = leading.map((key, i) => {
    const p = payloads[key];
    return csvLine([
      orderNumber(i + 1),
      p,
      p,
      p,
      '40',
      skuOf(key),
      p,
      '400.00',
      '400.00',
      '400.00',
      '2026-10-05 10:00:00',
      '2026-10-08 10:00:00',
      p,
      p,
      p,
    ]);
  });
  const refused = leading.map((key) =>
    csvLine([payloads[key], '已签收', 'T', '', '1', 'OK-SKU', '', '10.00', '10.00', '10.00', '2026-10-05 10:00:00', '', '', '', '']),
  );
  const ordersFile = await upload(t, 'orders.csv', `\uFEFF${[orderHeader, ...orders, ...refused].join('\r\n')}\r\n`);
  const ordersPreview = await t.call('imports.preview', { uploadId: ordersFile.uploadId });
  rejectsImportId = ordersPreview.importId;
  await t.call('imports.commit', { importId: ordersPreview.importId });

  // Cases: reason, return tracking and courier start with the payload; the first two stay open for inspection.
  const cases = leading.map((key, i) => {
    const p = payloads[key];
    const status = i < 2 ? '退货退款，待商家处理' : p;
    return csvLine([
      `FX-${i + 1}`,
      orderNumber(i + 1),
      '退货退款',
      status,
      '2026-10-10 10:00:00',
      '10.00',
      '400.00',
      p,
      skuOf(key),
      '1',
      p,
      p,
      '2026-10-12 10:00:00',
    ]);
  });
  const casesFile = await upload(t, 'cases.csv', `\uFEFF${[caseHeader, ...cases].join('\r\n')}\r\n`);
  await t.call('imports.commit', { importId: (await t.call('imports.preview', { uploadId: casesFile.uploadId })).importId });

  // Defect types named like formulas (Chinese and English names), an inspector named like one, notes that start
  // with a tab and a carriage return (notes are kept as typed).
  defectEq = (
    await t.call('taxonomy.create', {
      code: 'FORMULA_EQ',
      nameZh: '=HYPERLINK("http://x","缺陷")',
      nameEn: '+SUM(1;2)',
      category: 'appearance',
      defaultClass: 'major',
    })
  ).id;
  defectAt = (
    await t.call('taxonomy.create', {
      code: 'FORMULA_AT',
      nameZh: '@SUM(1+1)',
      nameEn: '-1+1',
      category: 'appearance',
      defaultClass: 'minor',
    })
  ).id;
  const inspector = await t.call('users.create', { name: inspectorName, role: 'inspector', pin: '246813' });
  await t.call('auth.login', { userId: inspector.id, pin: '246813' }, 'formula-inspector');
  const list = await t.call('cases.list', { group: 'all' });
  const caseId = (n: string) => list.rows.find((r) => r.caseNumber === n)?.id ?? '';
  const inspections: [string, string, string][] = [
    ['FX-1', defectEq, payloads.tab],
    ['FX-2', defectAt, payloads.cr],
  ];
  for (const [number, defect, notes] of inspections) {
    await t.call('receiving.receive', { caseId: caseId(number), packageCondition: 'intact' }, 'formula-inspector');
    await t.call(
      'inspections.complete',
      {
        caseId: caseId(number),
        grade: 'C',
        claimMatch: 'yes',
        fault: 'supplier',
        disposition: 'scrap',
        notes,
        defects: [{ defectTypeId: defect, quantity: 1 }],
      },
      'formula-inspector',
    );
  }
}, 120_000);
afterAll(() => t.close());

const formats = ['csv', 'xlsx'] as const;
const locales = ['zh-CN', 'en-US'] as const;
const fromImports = leading.map((key) => payloads[key]);

describe('export.list neutralises formula cells in every list, as CSV and XLSX', () => {
  const lists: [Input<'export.list'>['list'], () => Input<'export.list'>['filter'], readonly string[]][] = [
    ['orders', () => ({}), [...fromImports, ...leading.map(skuOf)]],
    ['cases', () => ({}), [...fromImports, ...leading.map(skuOf)]],
    ['inspections', () => ({}), [inspectorName]],
    ['import_rejects', () => ({ importId: rejectsImportId }), fromImports],
  ];
  for (const [list, filter, expected] of lists) {
    for (const format of formats) {
      it(`${list} as ${format}`, async () => {
        for (const locale of locales) {
          const file = await t.call('export.list', { list, filter: filter(), format, locale });
          // Notes that began with a tab or a carriage return keep them, behind the apostrophe.
          await check(
            `export.list ${list} ${format} ${locale}`,
            format,
            file,
            list === 'inspections' ? [...expected, payloads.tab, payloads.cr] : expected,
          );
        }
      });
    }
  }
});

describe('imports.rejects (CSV) neutralises formula cells', () => {
  it('the refused values, in both languages', async () => {
    for (const locale of locales) {
      await check(`imports.rejects ${locale}`, 'csv', await t.call('imports.rejects', { importId: rejectsImportId, locale }), fromImports);
    }
  });
});

describe('analytics.exportTable neutralises formula cells, headers included, and keeps numbers', () => {
  for (const format of formats) {
    it(format, async () => {
      const all = Object.values(payloads);
      const file = await t.call('analytics.exportTable', {
        name: payloads.eq.slice(0, 60),
        columns: [
          { key: 'text', header: payloads.at },
          { key: 'n', header: payloads.minus },
          { key: 'empty', header: payloads.plus },
        ],
        rows: [...all.map((text, i) => ({ text, n: -(i + 0.5), empty: null })), { text: '-12.50', n: 0, empty: null }],
        format,
      });
      const cells = await check(`analytics.exportTable ${format}`, format, file, [
        ...all,
        payloads.at,
        payloads.minus,
        payloads.plus,
        '-12.50',
      ]);
      // Real numbers, negative ones included, are numbers, not escaped text.
      expect(cells.numbers).toEqual(expect.arrayContaining([-0.5, -1.5, -5.5, 0]));
    });
  }
});

describe('analytics.exportDrill neutralises formula cells', () => {
  for (const format of formats) {
    it(format, async () => {
      const targets: [Input<'analytics.exportDrill'>['target'], string[], string[]][] = [
        // Not yet inspected: the cases with formula-like SKU codes.
        [{ chart: 'pareto', finding: 'not_inspected' }, [skuOf('minus'), skuOf('at')], [skuOf('minus'), skuOf('at')]],
        // A defect type named like a formula, in each language.
        [{ chart: 'pareto', finding: defectEq }, [skuOf('eq'), '=HYPERLINK("http://x","缺陷")'], [skuOf('eq'), '+SUM(1;2)']],
        [{ chart: 'pareto', finding: defectAt }, [skuOf('plus'), '@SUM(1+1)'], [skuOf('plus'), '-1+1']],
      ];
      for (const [target, zh, en] of targets) {
        for (const locale of locales) {
          const file = await t.call('analytics.exportDrill', { target, format, locale });
          await check(`analytics.exportDrill ${JSON.stringify(target)} ${format} ${locale}`, format, file, locale === 'zh-CN' ? zh : en);
        }
      }
    });
  }
});
