import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../support/backend';
import { samplesDir, upload } from './import-helpers';

/**
 * Defects the contract fuzz suite (test/fuzz/) found, each pinned by the smallest input that showed it.
 */
let t: TestBackend;
beforeEach(async () => {
  t = startTestBackend();
  await t.withUsers();
});
afterEach(() => t.close());

const importSamples = async () => {
  for (const file of ['pdd-orders.csv', 'pdd-aftersales.csv']) {
    const ref = await upload(t, file, join(samplesDir, file), true);
    const preview = await t.call('imports.preview', { uploadId: ref.uploadId });
    await t.call('imports.commit', { importId: preview.importId });
  }
};

it('export.list treats an empty filter value as no filter (it once pushed a parameter without its condition: INTERNAL)', async () => {
  await importSamples();
  for (const list of ['orders', 'cases', 'import_rejects'] as const) {
    for (const filter of [{ skuCode: '' }, { importId: '' }, { skuCode: '', importId: '' }]) {
      const result = await t.raw('export.list', { list, format: 'csv', locale: 'zh-CN', filter }, 'owner');
      expect(result, `${list} ${JSON.stringify(filter)}`).toMatchObject({ ok: true });
    }
  }
  const all = await t.call('export.list', { list: 'orders', format: 'csv', locale: 'zh-CN', filter: {} });
  const emptySku = await t.call('export.list', { list: 'orders', format: 'csv', locale: 'zh-CN', filter: { skuCode: '' } });
  expect(emptySku.rowCount).toBe(all.rowCount);
});

it("analytics.exportTable reads only a row's own values: column keys like toString or __proto__ give empty cells, in CSV and XLSX", async () => {
  const columns = ['toString', 'constructor', 'hasOwnProperty', '__proto__', 'sku'].map((key) => ({ key, header: key }));
  const rows = [{ sku: 'A-1' }];
  const csv = await t.call('analytics.exportTable', { name: 't', columns, rows, format: 'csv' });
  const text = Buffer.from(csv.base64, 'base64').toString('utf8');
  expect(text).not.toMatch(/native code|\[object Object\]/);
  expect(text.trim().split('\r\n')[1]).toBe(',,,,A-1');
  const xlsx = await t.call('analytics.exportTable', { name: 't', columns, rows, format: 'xlsx' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).values).toEqual([undefined, ...columns.map((c) => c.header)]);
  expect(sheet.getRow(2).getCell(5).value).toBe('A-1');
  expect(sheet.getRow(2).getCell(1).value).toBe('');
});

it('restoring the oldest of several backups of a day works: the undo copy no longer prunes the backup being restored', async () => {
  const first = await t.call('backups.create', {});
  await t.call('backups.create', {});
  await t.call('backups.create', {});
  const result = await t.call('backups.restore', { id: first.id });
  expect(result.restored.id).toBe(first.id);
  expect(t.backend.services.backups?.list().some((b) => b.id === result.undo.id)).toBe(true);
});

it('a case requested at an instant near 2^53 is refused at the door (its deadline once broke the case list for everyone)', async () => {
  await importSamples();
  const orderNumber = (t.backend.db.prepare('SELECT order_number FROM orders LIMIT 1').get() as { order_number: string }).order_number;
  const input = { caseNumber: 'FZ-1', orderNumber, type: 'exchange', reasonCategory: 'missing_parts' } as const;
  const refused = await t.raw('cases.create', { ...input, requestedAt: 9007199254740991 }, 'service');
  expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [expect.objectContaining({ path: 'requestedAt' })] } });
  expect(t.backend.db.prepare(`SELECT count(*) AS n FROM after_sales_cases WHERE case_number = 'FZ-1'`).get()).toEqual({ n: 0 });
  expect(await t.raw('cases.list', { group: 'all' }, 'service')).toMatchObject({ ok: true });
});
