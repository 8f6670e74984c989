import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../core/ids';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';

let t: TestBackend;
let stores: { north: string; south: string };
const day = 86_400_000;
const paid = (d: number) => Date.UTC(2026, 10, 1) + d * day;

/** Orders written as an import would leave them: two stores, lines with SKU codes, tracking numbers, one case. */
const insertOrders = (orders: { number: string; store: string; paidDay: number | null; tracking?: string; skus: string[] }[]) => {
  const db = t.backend.db;
  const now = Date.UTC(2026, 11, 1);
  const skuId = (code: string) => {
    const found = db.prepare('SELECT id FROM skus WHERE code = ?').pluck().get(code) as string | undefined;
    if (found) return found;
    const productId = newId();
    db.prepare('INSERT INTO products (id, name, created_at) VALUES (?, ?, ?)').run(productId, `商品 ${code}`, now);
    const id = newId();
    db.prepare('INSERT INTO skus (id, product_id, code, created_at) VALUES (?, ?, ?, ?)').run(id, productId, code, now);
    return id;
  };
  const order = db.prepare(
    `INSERT INTO orders (id, store_id, order_number, raw_status, status, paid_at, tracking_number, buyer_paid_fen, merchant_received_fen, source, created_at, updated_at)
     VALUES (?, ?, ?, '已签收', 'signed', ?, ?, 3990, 3800, 'import', ?, ?)`,
  );
  const line = db.prepare('INSERT INTO order_lines (id, order_id, sku_id, quantity, unit_price_fen) VALUES (?, ?, ?, 2, 1995)');
  db.transaction(() => {
    for (const o of orders) {
      const id = newId();
      order.run(id, o.store, o.number, o.paidDay === null ? null : paid(o.paidDay), o.tracking ?? null, now, now);
      for (const code of o.skus) line.run(newId(), id, skuId(code));
    }
  })();
};

beforeEach(async () => {
  t = startTestBackend();
  await t.withUsers();
  const db = t.backend.db;
  const store = (name: string) => {
    const id = newId();
    db.prepare('INSERT INTO stores (id, name, created_at) VALUES (?, ?, 0)').run(id, name);
    return id;
  };
  stores = { north: store('北店'), south: store('南店') };
  insertOrders([
    { number: '261101-000000000001', store: stores.north, paidDay: 0, tracking: 'YT1000000001', skus: ['CUP-WH'] },
    { number: '261102-000000000002', store: stores.south, paidDay: 1, tracking: 'ZT2000000002', skus: ['CUP-WH', 'TS-BK-L'] },
    { number: '261103-000000000003', store: stores.north, paidDay: 2, tracking: 'YT1000000003', skus: ['TS-BK-L'] },
    { number: '261104-000000000004', store: stores.north, paidDay: null, skus: ['MUG-RD'] },
  ]);
});
afterEach(() => t.close());

const numbers = (rows: { orderNumber: string }[]) => rows.map((r) => r.orderNumber.slice(0, 6));

describe('orders.list: the orders an import filled, searched and paged', () => {
  it('lists newest paid first (unpaid last) with store, units, SKU codes and the store choices', async () => {
    const listed = await t.call('orders.list', {}, 'service');
    expect(numbers(listed.rows)).toEqual(['261103', '261102', '261101', '261104']);
    expect(listed.rows[1]).toMatchObject({
      storeName: '南店',
      units: 4,
      skuCodes: expect.stringMatching(/^(CUP-WH TS-BK-L|TS-BK-L CUP-WH)$/),
      buyerPaidFen: 3990,
      caseCount: 0,
    });
    expect(listed).toMatchObject({ total: 4, totalCapped: false });
    expect(listed.stores.map((s) => s.name)).toEqual(expect.arrayContaining(['北店', '南店']));
  });

  it('searches by the start of an order number, a tracking number or a SKU code, in any letter case', async () => {
    const search = async (q: string) => numbers((await t.call('orders.list', { q }, 'owner')).rows);
    expect(await search('261102-0000')).toEqual(['261102']);
    expect(await search('yt10000')).toEqual(['261103', '261101']);
    expect(await search('ts-bk')).toEqual(['261103', '261102']);
    expect(await search('MUG-RD')).toEqual(['261104']);
    expect(await search('100%')).toEqual([]);
  });

  it('filters by store and paid date, and pages', async () => {
    const north = await t.call('orders.list', { storeId: stores.north }, 'owner');
    expect(numbers(north.rows)).toEqual(['261103', '261101', '261104']);
    const window = await t.call('orders.list', { from: paid(1), to: paid(2) }, 'owner');
    expect(numbers(window.rows)).toEqual(['261102']);
    const second = await t.call('orders.list', { limit: 2, offset: 2 }, 'owner');
    expect({ rows: numbers(second.rows), total: second.total }).toEqual({ rows: ['261101', '261104'], total: 4 });
  });

  it('answers a search matching more orders than it pages the same way (walked, not sought) and caps the total', async () => {
    insertOrders(
      Array.from({ length: 10_050 }, (_, i) => ({
        number: `250101-${String(i).padStart(12, '0')}`,
        store: stores.south,
        paidDay: -30 - (i % 20),
        skus: ['CUP-BL'],
      })),
    );
    const broad = await t.call('orders.list', { q: 'CUP', limit: 3 }, 'owner');
    expect(numbers(broad.rows)).toEqual(['261102', '261101', '250101']);
    expect(broad).toMatchObject({ total: 10_000, totalCapped: true });
    const narrowed = await t.call('orders.list', { q: 'cup', storeId: stores.north }, 'owner');
    expect(numbers(narrowed.rows)).toEqual(['261101']);
    expect(narrowed.total).toBe(1);
  });

  it('exports what the list shows, and only to the roles that see orders', async () => {
    const file = await t.call(
      'export.list',
      { list: 'orders', filter: { q: 'ts-bk', storeId: stores.north }, format: 'csv', locale: 'zh-CN' },
      'service',
    );
    const lines = Buffer.from(file.base64, 'base64').toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^261103-000000000003,/);
    expect(await t.raw('orders.list', {}, 'inspector')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await t.raw('export.list', { list: 'orders', format: 'csv' }, 'inspector')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'role_forbidden' },
    });
  });

  it('refuses paging past the first 10,000 matches with a message', async () => {
    expect(await t.raw('orders.list', { offset: 10_001 }, 'owner')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
