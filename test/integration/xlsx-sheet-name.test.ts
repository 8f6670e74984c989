import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { excelSheetName, safeFileBaseName } from '../../electron/backend/core/table-file';
import { startTestBackend, type TestBackend } from '../support/backend';

let t: TestBackend;
beforeAll(async () => {
  t = startTestBackend();
  await t.withUsers();
});
afterAll(() => t.close());

const readBack = async (base64: string) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
};

describe('analytics.exportTable as XLSX with a name Excel forbids in sheet names', () => {
  it('writes the sheet under a cleaned name, with the data, and a safe file name', async () => {
    const name = "'Defects: A/B [top*10]? \\ by SKU over the whole year'";
    const file = await t.call('analytics.exportTable', {
      name,
      columns: [
        { key: 'sku', header: 'SKU' },
        { key: 'n', header: 'Cases' },
      ],
      rows: [
        { sku: 'A-1', n: 3 },
        { sku: '=HYPERLINK("x")', n: 5 },
      ],
      format: 'xlsx',
    });
    const workbook = await readBack(file.base64);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).not.toMatch(/[*?:\\/[\]]/);
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    expect(sheet.name).not.toMatch(/^'|'$/);
    expect(sheet.name.startsWith('Defects')).toBe(true);
    expect(sheet.getRow(1).values).toEqual([undefined, 'SKU', 'Cases']);
    expect(sheet.getRow(2).values).toEqual([undefined, 'A-1', 3]);
    expect(sheet.getRow(3).values).toEqual([undefined, `'=HYPERLINK("x")`, 5]);
    expect(file.fileName).toMatch(/\.xlsx$/);
    expect(file.fileName).not.toMatch(/[\\/:*?"<>|\s]/);
  });

  it('cleans every forbidden form', () => {
    expect(excelSheetName('a*b?c:d\\e/f[g]h')).toBe('a_b_c_d_e_f_g_h');
    expect(excelSheetName("''quoted''")).toBe('quoted');
    expect(excelSheetName('x'.repeat(40))).toHaveLength(31);
    expect(excelSheetName(`${'y'.repeat(30)}'z`)).toBe('y'.repeat(30));
    expect(excelSheetName('History')).not.toBe('History');
    expect(excelSheetName("'''")).toBe('Sheet1');
    expect(excelSheetName('   ')).toBe('Sheet1');
    expect(excelSheetName('tab\tand\u0000nul')).toBe('tab_and_nul');
    // A surrogate pair is never cut in half at the 31-character limit.
    expect(excelSheetName(`${'a'.repeat(30)}😀`)).toBe('a'.repeat(30));
    expect(excelSheetName('质检结论 / 按SKU')).toBe('质检结论 _ 按SKU');
  });

  it('keeps file names safe', () => {
    expect(safeFileBaseName('../../etc/passwd')).toBe('etc_passwd');
    expect(safeFileBaseName('a:b*c?"d"<e>|f')).toBe('a_b_c_d_e_f');
    expect(safeFileBaseName('CON')).toBe('_CON');
    expect(safeFileBaseName('...')).toBe('export');
    expect(safeFileBaseName('name. ')).toBe('name');
    expect(safeFileBaseName('x'.repeat(100))).toHaveLength(60);
  });
});
