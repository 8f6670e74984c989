import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { insertScanFixture, type ScanFixture } from '../../../../test/support/scan-fixtures';
import { ordersByNumberSql } from './scan.repository';

let t: TestBackend;
let fx: ScanFixture;

beforeEach(async () => {
  t = startTestBackend();
  await t.withUsers();
  fx = insertScanFixture(t.backend.db, [
    { caseNumber: 'AS2611200001', orderNumber: '261120-100000000000001', returnTracking: 'ZT7000000001', orderTracking: 'YT9000000001' },
    { caseNumber: 'AS2611200002', orderNumber: '261120-100000000000002', returnTracking: 'ZT7000000002' },
    { caseNumber: 'AS2611200003', orderNumber: '261120-100000000000002', returnTracking: 'ZT7000000003', skuCode: 'TS-100-BK-L' },
    { caseNumber: 'AS2611200004', orderNumber: '261120-100000000000004', returnTracking: 'ZT7000000004', status: 'succeeded' },
  ]);
  t.backend.db
    .prepare(
      `INSERT INTO orders (id, store_id, order_number, raw_status, status, source, created_at, updated_at) VALUES ('o-nocase', ?, '261120-100000000000009', '已签收', 'signed', 'seed', 0, 0)`,
    )
    .run(fx.storeId);
});
afterEach(() => t.close());

describe('scan.lookup: an inspector scans a code at the returns desk', () => {
  it('finds a case by its return tracking number and shows the claim', async () => {
    const result = await t.call('scan.lookup', { code: 'ZT7000000001' }, 'inspector');
    expect(result.kinds).toEqual(['return_tracking']);
    expect(result.cases).toHaveLength(1);
    expect(result.cases[0]).toMatchObject({
      caseNumber: 'AS2611200001',
      orderNumber: '261120-100000000000001',
      matchedBy: 'return_tracking',
      reasonCategory: 'quality',
      skuCode: 'TS-100-WH-M',
      skuSpec: '白色 M',
      status: 'awaiting_return',
      finished: false,
    });
  });

  it('finds a case by its case number, even with a scanner’s Enter and control characters around it', async () => {
    const result = await t.call('scan.lookup', { code: '\u0002AS2611200002\r\n' }, 'inspector');
    expect(result.code).toBe('AS2611200002');
    expect(result.cases.map((c) => [c.caseNumber, c.matchedBy])).toEqual([['AS2611200002', 'case']]);
  });

  it('lists every case of an order scanned by its number (a pick list)', async () => {
    const result = await t.call('scan.lookup', { code: '261120-100000000000002' }, 'inspector');
    expect(result.kinds).toEqual(['order']);
    expect(result.cases.map((c) => c.caseNumber).sort()).toEqual(['AS2611200002', 'AS2611200003']);
  });

  it('shows an order without any case as an order, with nothing to open', async () => {
    const result = await t.call('scan.lookup', { code: '261120-100000000000009' }, 'inspector');
    expect(result.cases).toEqual([]);
    expect(result.orders).toEqual([expect.objectContaining({ orderNumber: '261120-100000000000009', caseCount: 0 })]);
  });

  it('finds an order number in every store, seeking the (store, order number) index rather than scanning orders', async () => {
    t.backend.db.prepare(`INSERT INTO stores (id, name, created_at) VALUES ('store-2', '第二店', 0)`).run();
    t.backend.db
      .prepare(
        `INSERT INTO orders (id, store_id, order_number, raw_status, status, source, created_at, updated_at) VALUES ('o-store-2', 'store-2', '261120-100000000000009', '已发货', 'shipped', 'seed', 0, 0)`,
      )
      .run();
    const result = await t.call('scan.lookup', { code: '261120-100000000000009' }, 'inspector');
    expect(result.orders.map((o) => o.id).sort()).toEqual(['o-nocase', 'o-store-2']);
    const plan = t.backend.db.prepare(`EXPLAIN QUERY PLAN ${ordersByNumberSql}`).all('261120-100000000000009') as { detail: string }[];
    // The index is named by its columns, not by the name SQLite gives a UNIQUE constraint (that depends on the order
    // of the table's constraints, which a migration may change).
    expect(plan.map((step) => step.detail).join('\n')).toMatch(
      /SEARCH orders USING (COVERING )?INDEX \S+ \(store_id=\? AND order_number=\?\)/,
    );
  });

  it('finds the open cases of a SKU by its code or its barcode, leaving finished ones out', async () => {
    const byCode = await t.call('scan.lookup', { code: 'TS-100-WH-M' }, 'inspector');
    expect(byCode.kinds).toEqual(['sku']);
    expect(byCode.skus[0]).toMatchObject({ code: 'TS-100-WH-M', barcode: '6901234567892', openCaseCount: 2 });
    expect(byCode.cases.map((c) => c.caseNumber).sort()).toEqual(['AS2611200001', 'AS2611200002']);
    const byBarcode = await t.call('scan.lookup', { code: '6901234567908' }, 'inspector');
    expect(byBarcode.kinds).toEqual(['barcode']);
    expect(byBarcode.cases.map((c) => c.caseNumber)).toEqual(['AS2611200003']);
  });

  it('keeps the SKU pick list current as cases open and close (derived table kept by triggers)', async () => {
    const listed = async () => (await t.call('scan.lookup', { code: '6901234567892' }, 'inspector')).cases.map((c) => c.caseNumber).sort();
    expect(await listed()).toEqual(['AS2611200001', 'AS2611200002']);
    t.backend.db.prepare(`UPDATE after_sales_cases SET status = 'succeeded' WHERE case_number = 'AS2611200001'`).run();
    expect(await listed()).toEqual(['AS2611200002']);
    t.backend.db.prepare(`UPDATE after_sales_cases SET status = 'awaiting_return' WHERE case_number = 'AS2611200004'`).run();
    expect(await listed()).toEqual(['AS2611200002', 'AS2611200004']);
  });

  it('marks a case that is already finished', async () => {
    const result = await t.call('scan.lookup', { code: 'ZT7000000004' }, 'inspector');
    expect(result.cases[0]).toMatchObject({ status: 'succeeded', finished: true });
  });

  it('answers an unknown code with no matches and no error', async () => {
    const result = await t.call('scan.lookup', { code: 'NOPE-123' }, 'inspector');
    expect(result).toMatchObject({ code: 'NOPE-123', kinds: [], cases: [], orders: [], skus: [], unmatchedParcelIds: [] });
  });

  it('refuses a 500-character scan and an empty one with clear messages', async () => {
    const long = await t.raw('scan.lookup', { code: '8'.repeat(500) }, 'inspector');
    expect(long).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!long.ok && long.error.message).toContain('longer than 64 characters');
    const empty = await t.raw('scan.lookup', { code: '\r\n\t' }, 'inspector');
    expect(!empty.ok && empty.error.message).toContain('empty');
  });

  it('needs a logged-in user', async () => {
    const result = await t.raw('scan.lookup', { code: 'ZT7000000001' }, 'stranger');
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
