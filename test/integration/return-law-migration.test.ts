import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../electron/backend/db/migrations';

/**
 * Migration 0012: before it, the built-in order preset read 确认收货时间 (the buyer's confirm-receipt click) into
 * `signed_at`. An imported order's time moves to `confirmed_at`, a seeded one (a real signing time) stays, and a
 * saved preset that mapped 确认收货时间 to the signing time now maps it to the confirm time.
 */
describe('migration 0012 (return law)', () => {
  it('moves imported confirm-receipt times out of signed_at and fixes saved presets', () => {
    const db = new BetterSqlite3(':memory:');
    const upTo = (version: number) =>
      migrations
        .filter((m) => m.version <= version && (db.pragma('user_version', { simple: true }) as number) < m.version)
        .forEach((m) => {
          db.exec(m.sql);
          m.after?.(db);
          db.pragma(`user_version = ${m.version}`);
        });
    upTo(11);
    db.exec(`INSERT INTO stores (id, name, platform, created_at) VALUES ('s', '店', 'pdd', 1)`);
    const order = db.prepare(
      `INSERT INTO orders (id, store_id, order_number, raw_status, status, signed_at, source, created_at, updated_at)
       VALUES (?, 's', ?, '已签收', 'signed', 1000, ?, 1, 1)`,
    );
    order.run('imported', '260101-1', 'import');
    order.run('seeded', '260101-2', 'seed');
    const preset = db.prepare(`INSERT INTO import_presets (id, name, kind, mapping, created_at) VALUES (?, ?, 'orders', ?, 1)`);
    preset.run('p1', 'mine', JSON.stringify({ orderNumber: '订单号', signedAt: '确认收货时间' }));
    preset.run('p2', 'real signing', JSON.stringify({ orderNumber: '订单号', signedAt: '签收时间' }));
    upTo(12);
    expect(db.prepare(`SELECT id, signed_at, confirmed_at FROM orders ORDER BY id`).all()).toEqual([
      { id: 'imported', signed_at: null, confirmed_at: 1000 },
      { id: 'seeded', signed_at: 1000, confirmed_at: null },
    ]);
    const mappings = db.prepare(`SELECT mapping FROM import_presets ORDER BY id`).all() as { mapping: string }[];
    expect(mappings.map((m) => JSON.parse(m.mapping) as unknown)).toEqual([
      { orderNumber: '订单号', confirmedAt: '确认收货时间' },
      { orderNumber: '订单号', signedAt: '签收时间' },
    ]);
    db.close();
  });
});
