import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/contract/imports.contract';
import { startTestBackend, type TestBackend } from '../support/backend';
import { samplesDir, storeFingerprint, upload } from './import-helpers';

/**
 * The malformed corpus (test/fixtures/malformed): every file is refused with a message naming the file (and
 * row/column where there is one) or previewed with the exact rejects; the store never changes.
 */
const dir = 'test/fixtures/malformed';
let t: TestBackend;
let baseline: Record<string, string>;

beforeAll(async () => {
  t = startTestBackend();
  await t.withUsers();
  // A store that already holds the order sample, so "unchanged" is checked against real data.
  const ref = await upload(t, 'pdd-orders.csv', join(samplesDir, 'pdd-orders.csv'), true);
  const preview = await t.call('imports.preview', { uploadId: ref.uploadId });
  await t.call('imports.commit', { importId: preview.importId });
  baseline = storeFingerprint(t.backend.db);
});
afterAll(() => t.close());

const previewBytes = async (name: string, bytes: Buffer) => {
  const ref = await upload(t, name, bytes);
  return t.raw('imports.preview', { uploadId: ref.uploadId });
};
const previewFixture = (file: string) => previewBytes(file, readFileSync(join(dir, file)));

const expectRefused = async (result: Awaited<ReturnType<typeof previewFixture>>, file: string, message: RegExp) => {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('VALIDATION');
  expect(result.error.message).toContain(file);
  expect(result.error.message).toMatch(message);
  expect(storeFingerprint(t.backend.db)).toEqual(baseline);
};
const expectPreview = (result: Awaited<ReturnType<typeof previewFixture>>): ImportPreview => {
  if (!result.ok) throw new Error(result.error.message);
  expect(storeFingerprint(t.backend.db)).toEqual(baseline);
  return result.value as ImportPreview;
};
const rejectsOf = (p: ImportPreview) => p.rejects.map((r) => ({ row: r.row, column: r.column, value: r.value, reason: r.reason }));

describe('files the import refuses', () => {
  it.each([
    ['empty.csv', /the file is empty/],
    ['header-only.csv', /row 1 is a header but no data rows/],
    ['binary-garbage.bin', /not a CSV or XLSX table/],
    ['missing-required-column.csv', /row 1 \(header\) lacks the required column\(s\) 订单号/],
    ['duplicate-header.csv', /row 1 \(header\) has the column “订单号” twice \(columns 1 and 4\)/],
    ['excel97.xls', /old Excel 97 \(\.xls\) file/],
    ['no-table.csv', /no table found/],
    ['broken.xlsx', /XLSX file cannot be read/],
  ])('%s', async (file, message) => {
    await expectRefused(await previewFixture(file), file, message);
  });

  it('UTF-8 that turns invalid after the detection sample (a wrongly re-encoded file)', async () => {
    const good = readFileSync(join(samplesDir, 'pdd-orders.csv'));
    const broken = Buffer.concat([good, Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x0d, 0x0a])]);
    await expectRefused(await previewBytes('reencoded.csv', broken), 'reencoded.csv', /not valid utf-8/);
  });

  it('the same in a file big enough for the read worker (5 MB): its error reaches the screen the same way', async () => {
    const [header, ...lines] = readFileSync(join(samplesDir, 'pdd-orders.csv'), 'utf8').trimEnd().split(/\r?\n/);
    const body = `${lines.join('\r\n')}\r\n`;
    const text = `${header}\r\n${body.repeat(Math.ceil((5 << 20) / Buffer.byteLength(body)))}`;
    const broken = Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0x0d, 0x0a])]);
    expect(broken.length).toBeGreaterThan(4 << 20);
    await expectRefused(await previewBytes('big-reencoded.csv', broken), 'big-reencoded.csv', /not valid utf-8/);
    const run = t.backend.db.prepare(`SELECT state FROM import_runs WHERE file_name = 'big-reencoded.csv'`).get() as { state: string };
    expect(run.state).toBe('failed');
  });

  it('a file of half a million blank lines: one read chunk holds them all; the file is refused, not crashed on', async () => {
    const text = `${readFileSync(join(samplesDir, 'pdd-orders.csv'), 'utf8').split(/\r?\n/)[0]}\r\n${'\r\n'.repeat(500_000)}`;
    await expectRefused(
      await previewBytes('blank-lines.csv', Buffer.from(text, 'utf8')),
      'blank-lines.csv',
      /header but no data rows follow it/,
    );
  });
});

describe('rows the import rejects (row, column, value, reason)', () => {
  it('scientific notation in the order number or the tracking number', async () => {
    const p = expectPreview(await previewFixture('scientific-notation.csv'));
    expect(rejectsOf(p)).toEqual([
      { row: 2, column: '订单号', value: '2.6073E+20', reason: 'scientific_notation' },
      { row: 3, column: '快递单号', value: '7.59099E+13', reason: 'scientific_notation' },
    ]);
    expect(p.rejectedRows).toBe(2);
    expect(p.counts.order_lines.new).toBe(0);
  });

  it('impossible and unreadable dates', async () => {
    const p = expectPreview(await previewFixture('bad-dates.csv'));
    expect(rejectsOf(p)).toEqual([
      { row: 2, column: '支付时间', value: '2026-02-30 06:50:00', reason: 'bad_time' },
      { row: 3, column: '支付时间', value: '昨天下午', reason: 'bad_time' },
      { row: 4, column: '支付时间', value: '2026-07-30 25:00:00', reason: 'bad_time' },
    ]);
  });

  it('amounts that are not yuan with at most two decimals; ¥39.90 is fine', async () => {
    const p = expectPreview(await previewFixture('bad-amounts.csv'));
    expect(rejectsOf(p)).toEqual([
      { row: 2, column: '商品总价(元)', value: '39.9O', reason: 'bad_amount' },
      { row: 3, column: '商品总价(元)', value: '39.999', reason: 'bad_amount' },
      { row: 4, column: '商品总价(元)', value: '-5.00', reason: 'bad_amount' },
    ]);
    expect(p.counts.order_lines.new).toBe(1);
  });

  it('quantities that are not positive whole numbers', async () => {
    const p = expectPreview(await previewFixture('bad-quantity.csv'));
    expect(rejectsOf(p)).toEqual([
      { row: 2, column: '商品数量(件)', value: '0', reason: 'bad_quantity' },
      { row: 3, column: '商品数量(件)', value: '1.5', reason: 'bad_quantity' },
    ]);
  });

  it('a line without SKU code or style id', async () => {
    const p = expectPreview(await previewFixture('no-sku-code.csv'));
    expect(rejectsOf(p)).toEqual([{ row: 2, column: '商家编码-规格维度', value: '', reason: 'no_sku_code' }]);
  });

  it('a truncated file: the unclosed quote of the last row', async () => {
    const p = expectPreview(await previewFixture('truncated.csv'));
    expect(p.rejects).toHaveLength(1);
    expect(p.rejects[0]).toMatchObject({ row: 3, column: null, reason: 'unterminated_quote' });
    // Its good row is an order line of the sample with another title: one update.
    expect(p.counts.order_lines).toEqual({ new: 0, updated: 1, unchanged: 0, rejected: 1 });
  });

  it('a 10 MB line is rejected on its own; the rows around it are read', async () => {
    const head = readFileSync(join(dir, 'bad-quantity.csv'), 'utf8').split('\r\n')[0];
    const row = (n: number, title: string) =>
      `${title},260730-59083016613${n},已签收,39.90,0.00,1,2026-07-30 06:50:00,517733020,白色,5507139,CUP-WH,CUP,,`;
    const text = [head, row(1001, 'a'), row(1002, 'x'.repeat(10 * 1024 * 1024)), row(1003, 'c'), ''].join('\r\n');
    const p = expectPreview(await previewBytes('ten-mb-line.csv', Buffer.from(text)));
    expect(rejectsOf(p)).toEqual([{ row: 3, column: null, value: null, reason: 'row_too_long' }]);
    expect(p.counts.order_lines.new).toBe(2);
  });

  it('after-sales rows whose order is unknown or whose type is not a known one', async () => {
    const p = expectPreview(await previewFixture('aftersales-unknown-order-and-type.csv'));
    expect(rejectsOf(p)).toEqual([
      { row: 2, column: '订单号', value: '260101-000000000000001', reason: 'unknown_order' },
      { row: 3, column: '售后类型', value: '以旧换新', reason: 'unknown_case_type' },
    ]);
    expect(p.counts.cases.new).toBe(0);
  });
});

describe('what is read correctly', () => {
  it('quoted commas, quotes and newlines; blank and 合计 rows skipped; an exact duplicate counts once', async () => {
    const p = expectPreview(await previewFixture('quoted-blank-total-duplicate.csv'));
    expect(p.dataRows).toBe(4);
    expect(p.skippedRows).toBe(3);
    expect(p.duplicateRows).toBe(1);
    expect(p.rejectedRows).toBe(0);
    // The same order line twice with different content: the later row wins and is reported.
    expect(rejectsOf(p)).toEqual([{ row: 7, column: null, value: '260730-590830166131861 / CUP-WH', reason: 'conflicting_duplicate' }]);
    // ...860 / CUP-WH is in the store already (from the sample) with another title; ...861 is new.
    expect(p.counts.order_lines).toMatchObject({ new: 1, updated: 1 });
    await t.call('imports.commit', { importId: p.importId });
    const line = t.backend.db.prepare(
      `SELECT title, unit_price_fen FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.order_number = ?`,
    );
    expect(line.get('260730-590830166131860')).toEqual({ title: '保温杯, "防摔"款\n第二行', unit_price_fen: 3990 });
    expect(line.get('260730-590830166131861')).toEqual({ title: '保温杯', unit_price_fen: 2990 });
    const order = t.backend.db.prepare(`SELECT paid_at FROM orders WHERE order_number = '260730-590830166131861'`).get();
    expect(order).toEqual({ paid_at: Date.UTC(2026, 6, 29, 22, 50) });
    baseline = storeFingerprint(t.backend.db);
  });
});
