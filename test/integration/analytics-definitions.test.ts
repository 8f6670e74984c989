import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../electron/backend/db/connection';
import { startTestBackend, type TestBackend } from '../support/backend';

/**
 * Each definition of docs/METRICS.md on a hand-made dataset whose answers are worked out by hand
 * (not by another query), written through plain inserts and updates so the triggers keep the rollups.
 */
let t: TestBackend;
let db: Sqlite;
let inspector: string;
let defectA: string;
let defectB: string;
const now = Date.UTC(2026, 10, 1);
// 2026-03-31 20:00 UTC is already 2026-04-01 04:00 in China: an April order.
const lateMarch = Date.UTC(2026, 2, 31, 20);
const midMarch = Date.UTC(2026, 2, 15, 4);

let seq = 0;
const order = (paidAt: number | null, qty: number, status = 'signed', sku = 'sku-1') => {
  const id = `o${++seq}`;
  const store = (db.prepare('SELECT id FROM stores LIMIT 1').get() as { id: string }).id;
  db.prepare(
    `INSERT INTO orders (id, store_id, order_number, raw_status, status, paid_at, source, created_at, updated_at) VALUES (?, ?, ?, '', ?, ?, 'seed', 0, 0)`,
  ).run(id, store, `N${id}`, status, paidAt);
  db.prepare('INSERT INTO order_lines (id, order_id, sku_id, quantity, unit_price_fen) VALUES (?, ?, ?, ?, 1000)').run(
    `${id}-l`,
    id,
    sku,
    qty,
  );
  return id;
};
const kase = (
  orderId: string,
  type: string,
  qty: number,
  extra: { refund?: number; freight?: number; reason?: string; deadline?: number; responded?: number } = {},
) => {
  const id = `c${++seq}`;
  const store = (db.prepare('SELECT store_id FROM orders WHERE id = ?').get(orderId) as { store_id: string }).store_id;
  db.prepare(
    `INSERT INTO after_sales_cases (id, store_id, case_number, order_id, order_line_id, type, reason_category, raw_status, status, requested_at,
      merchant_deadline_at, responded_at, requested_quantity, refund_fen, return_freight_fen, source, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, '', 'succeeded', ?, ?, ?, ?, ?, ?, 'seed', 0, 0)`,
  ).run(
    id,
    store,
    `CN${id}`,
    orderId,
    `${orderId}-l`,
    type,
    extra.reason ?? 'quality',
    now - 86_400_000,
    extra.deadline ?? null,
    extra.responded ?? null,
    qty,
    extra.refund ?? 0,
    extra.freight ?? 0,
  );
  return id;
};
const inspect = (caseId: string, defects: string[], state = 'completed', disposition = 'restock', completedAt = now) => {
  const id = `i${++seq}`;
  db.prepare(
    `INSERT INTO inspections (id, kind, case_id, inspector_id, state, started_at, completed_at, disposition, quantity, updated_at) VALUES (?, 'return', ?, ?, ?, 0, ?, ?, 1, 0)`,
  ).run(id, caseId, inspector, state, state === 'draft' ? null : completedAt, disposition);
  defects.forEach((d, i) =>
    db
      .prepare(`INSERT INTO inspection_defects (id, inspection_id, defect_type_id, class) VALUES (?, ?, ?, 'major')`)
      .run(`${id}-${i}`, id, d),
  );
  return id;
};
const dashboard = (filter = {}) => t.call('analytics.dashboard', { filter, minVolume: 0 });

beforeEach(async () => {
  t = startTestBackend({ now: () => now });
  inspector = (await t.withUsers()).inspectorId;
  db = t.backend.db;
  const types = db.prepare('SELECT id FROM defect_types ORDER BY sort_order LIMIT 2').all() as { id: string }[];
  defectA = types[0]!.id;
  defectB = types[1]!.id;
  db.prepare(`INSERT INTO products (id, name, created_at) VALUES ('p1', '商品', 0)`).run();
  db.prepare(`INSERT INTO skus (id, product_id, code, unit_cost_fen, created_at) VALUES ('sku-1', 'p1', 'S1', 700, 0)`).run();
});
afterEach(() => t.close());

describe('quality dashboard definitions', () => {
  it('units sold count lines of orders not cancelled, in the paid month in China time', async () => {
    order(midMarch, 3);
    order(lateMarch, 5);
    order(midMarch, 7, 'cancelled');
    order(null, 11, 'awaiting_shipment');
    expect((await dashboard()).kpi.unitsSold).toBe(8);
    expect((await dashboard({ from: '2026-03', to: '2026-03' })).kpi.unitsSold).toBe(3);
    expect((await dashboard({ from: '2026-04', to: '2026-04' })).kpi.unitsSold).toBe(5);
  });

  it('returns are return_refund + exchange; refund_only is "refunded without return"; the rate uses the order cohort', async () => {
    const march = order(midMarch, 10);
    const april = order(lateMarch, 10);
    kase(march, 'return_refund', 2);
    kase(march, 'exchange', 1);
    kase(march, 'refund_only', 4, { refund: 1234 });
    kase(march, 'resend', 5);
    kase(april, 'return_refund', 1);
    const all = await dashboard();
    expect(all.kpi).toMatchObject({
      unitsSold: 20,
      unitsReturned: 4,
      returnRate: 4 / 20,
      refundedWithoutReturnUnits: 4,
      refundedWithoutReturnFen: 1234,
    });
    const marchOnly = await dashboard({ to: '2026-03' });
    expect(marchOnly.kpi.returnRate).toBe(3 / 10);
    expect(marchOnly.trend.rows).toEqual([expect.objectContaining({ month: '2026-03', unitsSold: 10, unitsReturned: 3, returnRate: 0.3 })]);
  });

  it('two defect types count once under each in defect charts and once in the rate; categories of their own', async () => {
    const o = order(midMarch, 100);
    inspect(kase(o, 'return_refund', 1), [defectA, defectB, defectB]);
    inspect(kase(o, 'return_refund', 2), []);
    kase(o, 'return_refund', 3);
    const d = await dashboard();
    expect(d.kpi.unitsReturned).toBe(6);
    expect(d.pareto.items.map((i) => [i.key, i.units]).sort()).toEqual(
      [
        [defectA, 1],
        [defectB, 1],
      ].sort(),
    );
    expect(d.pareto.items.at(-1)?.cumulativeShare).toBe(1);
    expect(d.pareto.noDefectUnits).toBe(2);
    expect(d.pareto.notInspectedUnits).toBe(3);
    expect(d.mix.rows[0]?.perThousand).toEqual({ [defectA]: 10, [defectB]: 10, no_defect: 20, not_inspected: 30 });
    expect(d.matrix.reasonTotals).toEqual([{ reason: 'quality', units: 6 }]);
  });

  it('voided cases are ignored; a voided or draft inspection falls back to the previous completed one or to "not yet inspected"', async () => {
    const o = order(midMarch, 50);
    const voidedCase = kase(o, 'return_refund', 4);
    db.prepare('UPDATE after_sales_cases SET voided_at = 1 WHERE id = ?').run(voidedCase);
    const c1 = kase(o, 'return_refund', 1);
    inspect(c1, [defectA], 'completed', 'restock', now - 1000);
    const later = inspect(c1, [defectB], 'completed', 'restock', now);
    db.prepare(`UPDATE inspections SET state = 'voided' WHERE id = ?`).run(later);
    const c2 = kase(o, 'return_refund', 1);
    inspect(c2, [defectA], 'draft');
    const d = await dashboard();
    expect(d.kpi.unitsReturned).toBe(2);
    expect(d.pareto.items).toEqual([{ key: defectA, units: 1, cumulativeShare: 1 }]);
    expect(d.pareto.notInspectedUnits).toBe(1);
  });

  it('cost of returns = refunds + merchant-paid freight + scrap/return-to-supplier goods at unit cost', async () => {
    const o = order(midMarch, 10);
    inspect(kase(o, 'return_refund', 1, { refund: 5000, freight: 800 }), [defectA], 'completed', 'scrap');
    inspect(kase(o, 'exchange', 1, { refund: 0, freight: 600 }), [], 'completed', 'restock');
    kase(o, 'refund_only', 1, { refund: 9999 });
    const d = await dashboard();
    expect(d.kpi.costOfReturnsFen).toBe(5000 + 800 + 700 + 600);
    expect(d.cost.items).toEqual([
      { key: defectA, refundFen: 5000, freightFen: 800, writeOffFen: 700, totalFen: 6500 },
      { key: 'no_defect', refundFen: 0, freightFen: 600, writeOffFen: 0, totalFen: 600 },
    ]);
  });

  it('deadline performance: answered at or before the deadline, by deadline week; open cases before their deadline are left out', async () => {
    const o = order(midMarch, 10);
    const monday = Date.UTC(2026, 9, 26, 2); // Monday 2026-10-26 10:00 China time
    kase(o, 'return_refund', 1, { deadline: monday, responded: monday });
    kase(o, 'refund_only', 1, { deadline: monday + 86_400_000, responded: monday + 2 * 86_400_000 });
    kase(o, 'resend', 1, { deadline: monday + 2 * 86_400_000 });
    kase(o, 'return_refund', 1, { deadline: now + 86_400_000 });
    const d = await dashboard();
    expect(d.deadline.weeks).toEqual([{ week: '2026-10-26', due: 3, answeredInTime: 1, share: 1 / 3 }]);
  });

  it('the minimum volume keeps small groups out of the ranking', async () => {
    db.prepare(`INSERT INTO skus (id, product_id, code, created_at) VALUES ('sku-2', 'p1', 'S2', 0)`).run();
    kase(order(midMarch, 2, 'signed', 'sku-2'), 'return_refund', 1);
    kase(order(midMarch, 40), 'return_refund', 1);
    const ranked = await t.call('analytics.dashboard', { filter: {} });
    expect(ranked.rates.map((r) => r.label.en)).toEqual(['S1']);
    const all = await dashboard();
    expect(all.rates.map((r) => [r.label.en, r.returnRate])).toEqual([
      ['S2', 0.5],
      ['S1', 1 / 40],
    ]);
  });

  it('drill-down lists exactly the cases behind a bar, and exports them', async () => {
    const o = order(midMarch, 10);
    const c = kase(o, 'return_refund', 2);
    inspect(c, [defectA, defectB]);
    kase(o, 'return_refund', 1);
    const drill = await t.call('analytics.drill', { target: { chart: 'pareto', finding: defectB } });
    expect(drill.total).toBe(1);
    expect(drill.cases[0]).toMatchObject({ id: c, units: 2, paidMonth: '2026-03' });
    expect(drill.cases[0]?.finding.split(',').sort()).toEqual([defectA, defectB].sort());
    const file = await t.call('analytics.exportDrill', {
      target: { chart: 'pareto', finding: 'not_inspected' },
      format: 'csv',
      locale: 'en-US',
    });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(file.rowCount).toBe(1);
    expect(text).toContain('Case number');
    expect(text).toContain('Not yet inspected');
  });
});
