import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../support/backend';
import { samplesDir, storeFingerprint, upload } from './import-helpers';

interface Expected {
  order_rows: number;
  distinct_orders: number;
  units_sold_by_sku: Record<string, number>;
  cancelled_orders: number;
  aftersales_rows: number;
  aftersales_by_type: Record<string, number>;
}
const expected = JSON.parse(readFileSync(join(samplesDir, 'expected.json'), 'utf8')) as Expected;
const typeCode: Record<string, string> = { 换货: 'exchange', 退货退款: 'return_refund', 仅退款: 'refund_only', 补寄: 'resend' };

let t: TestBackend;
beforeEach(async () => {
  t = startTestBackend();
  await t.withUsers();
});
afterEach(() => t.close());

const importFile = async (file: string, session = 'owner') => {
  const ref = await upload(t, file, join(samplesDir, file), true);
  const preview = await t.call('imports.preview', { uploadId: ref.uploadId }, session);
  return preview;
};

const q = <T>(sql: string, ...params: unknown[]) => t.backend.db.prepare(sql).all(...params) as T[];

describe.each(['pdd-orders.csv', 'pdd-orders-gbk.csv'])('the shared sample %s', (file) => {
  it('previews and commits to the expected counts, then the after-sales sample links to them', async () => {
    const preview = await importFile(file);
    expect(preview.status).toBe('ready');
    expect(preview.kind).toBe('orders');
    expect(preview.encoding).toBe(file.includes('gbk') ? 'gb18030' : 'utf-8-bom');
    expect(preview.dataRows).toBe(expected.order_rows);
    expect(preview.rejectedRows).toBe(0);
    expect(preview.counts.orders.new).toBe(expected.distinct_orders);
    expect(preview.counts.order_lines.new).toBe(expected.order_rows);
    expect(preview.counts.skus.new).toBe(Object.keys(expected.units_sold_by_sku).length);
    const before = storeFingerprint(t.backend.db);
    expect(before.orders).toMatch(/^0:/);

    await t.call('imports.commit', { importId: preview.importId });
    const units = Object.fromEntries(
      q<{ code: string; units: number }>(
        `SELECT s.code, sum(l.quantity) AS units FROM order_lines l JOIN skus s ON s.id = l.sku_id JOIN orders o ON o.id = l.order_id WHERE o.status <> 'cancelled' GROUP BY s.code`,
      ).map((r) => [r.code, r.units]),
    );
    expect(units).toEqual(expected.units_sold_by_sku);
    expect(q<{ n: number }>(`SELECT count(*) AS n FROM orders`)[0]?.n).toBe(expected.distinct_orders);
    expect(q<{ n: number }>(`SELECT count(*) AS n FROM orders WHERE status = 'cancelled'`)[0]?.n).toBe(expected.cancelled_orders);
    // order numbers stay text, amounts are exact fen, times are China time → UTC
    const first = q<{ order_number: string; goods_total_fen: number; paid_at: number }>(
      `SELECT order_number, goods_total_fen, paid_at FROM orders WHERE order_number = '260730-590830166131860'`,
    )[0];
    expect(first).toEqual({ order_number: '260730-590830166131860', goods_total_fen: 3990, paid_at: Date.UTC(2026, 6, 29, 22, 50) });

    const cases = await importFile('pdd-aftersales.csv');
    expect(cases.kind).toBe('aftersales');
    expect(cases.counts.cases.new).toBe(expected.aftersales_rows);
    expect(cases.rejectedRows).toBe(0);
    await t.call('imports.commit', { importId: cases.importId });
    const byType = Object.fromEntries(
      q<{ type: string; n: number }>(`SELECT type, count(*) AS n FROM after_sales_cases GROUP BY type`).map((r) => [r.type, r.n]),
    );
    expect(byType).toEqual(Object.fromEntries(Object.entries(expected.aftersales_by_type).map(([k, v]) => [typeCode[k], v])));
    expect(q<{ n: number }>(`SELECT count(*) AS n FROM after_sales_cases WHERE order_line_id IS NULL`)[0]?.n).toBe(0);

    const history = await t.call('imports.history', {});
    expect(history.map((r) => r.state)).toEqual(['committed', 'committed']);
  });
});

describe('idempotency and updates', () => {
  it('the same file twice changes nothing the second time', async () => {
    const first = await importFile('pdd-orders.csv');
    await t.call('imports.commit', { importId: first.importId });
    const before = storeFingerprint(t.backend.db);
    const second = await importFile('pdd-orders-gbk.csv');
    expect(second.counts.orders).toEqual({ new: 0, updated: 0, unchanged: 300, rejected: 0 });
    expect(second.counts.order_lines).toEqual({ new: 0, updated: 0, unchanged: 300, rejected: 0 });
    expect(second.counts.skus.new).toBe(0);
    await t.call('imports.commit', { importId: second.importId });
    expect(storeFingerprint(t.backend.db)).toEqual(before);
  });
});

describe('XLSX', () => {
  it('reads the first sheet through the streaming reader; numeric order numbers (Excel-mangled) are rejected; date cells are China time', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const lines = readFileSync(join(samplesDir, 'pdd-orders.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const header = lines[0]?.split(',') ?? [];
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('订单');
    sheet.addRow(header);
    // Rows without quoted fields, as cells; the first one gets a numeric order number, the second a real date cell.
    const simple = lines
      .slice(1)
      .filter((l) => !l.includes('"'))
      .slice(0, 20);
    simple.forEach((line, i) => {
      const cells: (string | number | Date)[] = line.split(',');
      if (i === 0) cells[1] = 2.6073e20;
      if (i === 1) cells[11] = new Date(Date.UTC(2026, 6, 30, 6, 50)); // Excel stores wall-clock time
      sheet.addRow(cells);
    });
    const ref = await upload(t, 'orders.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    const preview = await t.call('imports.preview', { uploadId: ref.uploadId });
    expect(preview.encoding).toBe('xlsx');
    expect(preview.dataRows).toBe(20);
    expect(preview.rejects).toEqual([{ row: 2, column: '订单号', value: '2.6073e+20', reason: 'scientific_notation' }]);
    expect(preview.counts.order_lines.new).toBe(19);
    await t.call('imports.commit', { importId: preview.importId });
    const orderNumber = simple[1]?.split(',')[1];
    expect(t.backend.db.prepare('SELECT paid_at FROM orders WHERE order_number = ?').get(orderNumber)).toEqual({
      paid_at: Date.UTC(2026, 6, 29, 22, 50),
    });
  });
});
