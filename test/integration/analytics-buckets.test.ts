import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/contract';
import type { Sqlite } from '../../electron/backend/db/connection';
import { refreshDerivedData } from '../../electron/backend/db/derived';
import { startTestBackend, type TestBackend } from '../support/backend';

/**
 * The dashboard's month and week buckets, at the edges of China time (UTC+8), through the SQL the charts run: the
 * rollup triggers (migrations 2, 5, 7) and the bulk rebuild (refreshDerivedData), the chart queries over the
 * rollups, the drill-down's own week expression and the filter options. Each check runs twice: on rollups kept by
 * the triggers, then on rollups rebuilt from scratch.
 */
let t: TestBackend;
let db: Sqlite;
const day = 86_400_000;
const ms = 1;
// Tuesday 2026-03-31 23:59:59.999 and Wednesday 2026-04-01 00:00 in China.
const lastMomentOfMarch = Date.UTC(2026, 2, 31, 15, 59, 59, 999);
const firstMomentOfApril = Date.UTC(2026, 2, 31, 16);
// Sunday 2026-10-25 23:59:59.999 and Monday 2026-10-26 00:00 in China.
const mondayOct26 = Date.UTC(2026, 9, 25, 16);
// "Now" is Monday 2026-11-02 01:00 in China (still Sunday in UTC): its week began an hour ago.
const mondayNov2 = Date.UTC(2026, 10, 1, 16);
const now = mondayNov2 + 3600_000;

let seq = 0;
const order = (paidAt: number, quantity: number) => {
  const id = `o${++seq}`;
  db.prepare(
    `INSERT INTO orders (id, store_id, order_number, raw_status, status, paid_at, source, created_at, updated_at) VALUES (?, 'st', ?, '', 'signed', ?, 'seed', 0, 0)`,
  ).run(id, `N${id}`, paidAt);
  db.prepare(`INSERT INTO order_lines (id, order_id, sku_id, quantity, unit_price_fen) VALUES (?, ?, 'sku-1', ?, 1000)`).run(
    `${id}-l`,
    id,
    quantity,
  );
  return id;
};
const kase = (orderId: string, quantity: number, deadline: number | null = null, responded: number | null = null) => {
  const id = `c${++seq}`;
  db.prepare(
    `INSERT INTO after_sales_cases (id, store_id, case_number, order_id, order_line_id, type, reason_category, raw_status, status, requested_at,
      merchant_deadline_at, responded_at, requested_quantity, refund_fen, return_freight_fen, source, created_at, updated_at)
    VALUES (?, 'st', ?, ?, ?, 'return_refund', 'quality', '', 'succeeded', ?, ?, ?, ?, 0, 0, 'seed', 0, 0)`,
  ).run(id, `CN${id}`, orderId, `${orderId}-l`, mondayOct26 - 30 * day, deadline, responded, quantity);
  return id;
};
const dashboard = () => t.call('analytics.dashboard', { filter: {}, minVolume: 0 });
const drillIds = async (target: Input<'analytics.drill'>['target']) =>
  (await t.call('analytics.drill', { target })).cases.map((c) => c.id).sort();

/** Runs the checks on the trigger-kept rollups, then again after the bulk loaders' full rebuild. */
const onTriggersThenRebuild = async (checks: () => Promise<void>) => {
  await checks();
  db.transaction(() => refreshDerivedData(db))();
  await checks();
};

beforeEach(async () => {
  t = startTestBackend({ now: () => now });
  await t.withUsers();
  db = t.backend.db;
  db.prepare(`INSERT INTO stores (id, name, created_at) VALUES ('st', '店', 0)`).run();
  db.prepare(`INSERT INTO products (id, name, created_at) VALUES ('p1', '商品', 0)`).run();
  db.prepare(`INSERT INTO skus (id, product_id, code, created_at) VALUES ('sku-1', 'p1', 'S1', 0)`).run();
});
afterEach(() => t.close());

describe('month buckets (cohort = paid month in China time)', () => {
  it('an order paid at 23:59:59.999 on 31 March China time is March; one paid a millisecond later is April', async () => {
    const march = kase(order(lastMomentOfMarch, 4), 1);
    const april = kase(order(firstMomentOfApril, 6), 2);
    expect(firstMomentOfApril - lastMomentOfMarch).toBe(ms);
    await onTriggersThenRebuild(async () => {
      expect((await dashboard()).trend.rows.map((r) => [r.month, r.unitsSold, r.unitsReturned])).toEqual([
        ['2026-03', 4, 1],
        ['2026-04', 6, 2],
      ]);
      expect((await t.call('analytics.dashboard', { filter: { from: '2026-04', to: '2026-04' }, minVolume: 0 })).kpi).toMatchObject({
        unitsSold: 6,
        unitsReturned: 2,
      });
      expect(await drillIds({ chart: 'trend', month: '2026-03' })).toEqual([march]);
      expect(await drillIds({ chart: 'trend', month: '2026-04' })).toEqual([april]);
      expect((await t.call('analytics.options', {})).months).toEqual(['2026-03', '2026-04']);
    });
  });
});

describe('week buckets (deadline week, Monday 00:00 China time)', () => {
  it('a deadline at 23:59:59.999 on Sunday belongs to the week before; one a millisecond later starts the next week', async () => {
    const o = order(lastMomentOfMarch, 10);
    const sunday = kase(o, 1, mondayOct26 - ms, mondayOct26 - ms);
    const monday = kase(o, 1, mondayOct26, mondayOct26 + day);
    await onTriggersThenRebuild(async () => {
      expect((await dashboard()).deadline.weeks).toEqual([
        { week: '2026-10-19', due: 1, answeredInTime: 1, share: 1 },
        { week: '2026-10-26', due: 1, answeredInTime: 0, share: 0 },
      ]);
      expect(await drillIds({ chart: 'deadline', week: '2026-10-19' })).toEqual([sunday]);
      expect(await drillIds({ chart: 'deadline', week: '2026-10-26' })).toEqual([monday]);
    });
  });

  it('open cases: the last moment of last week counts there in full; this week counts those due by now from Monday 00:00', async () => {
    const o = order(lastMomentOfMarch, 10);
    const lastWeek = kase(o, 1, mondayNov2 - ms);
    const thisWeek = kase(o, 1, mondayNov2);
    kase(o, 1, now + ms); // due later today: not due yet
    await onTriggersThenRebuild(async () => {
      expect((await dashboard()).deadline.weeks).toEqual([
        { week: '2026-10-26', due: 1, answeredInTime: 0, share: 0 },
        { week: '2026-11-02', due: 1, answeredInTime: 0, share: 0 },
      ]);
      expect(await drillIds({ chart: 'deadline', week: '2026-10-26' })).toEqual([lastWeek]);
      expect(await drillIds({ chart: 'deadline', week: '2026-11-02' })).toEqual([thisWeek]);
    });
  });
});
