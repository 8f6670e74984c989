import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { insertCatalogFixture } from '../../../../test/support/catalog-fixture';
import { rawQuery } from '../../db/raw-sql';

const hour = 3_600_000;
let clock = Date.UTC(2026, 5, 1, 2, 0, 0);
let t: TestBackend;

beforeEach(async () => {
  clock = Date.UTC(2026, 5, 1, 2, 0, 0);
  t = startTestBackend({ now: () => clock });
  await t.withUsers();
  insertCatalogFixture(t.backend.db, clock);
});
afterEach(() => t.close());

const newOrderAndCase = async (suffix: string, deadlineInHours?: number) => {
  await t.call(
    'orders.create',
    { orderNumber: `260601-${suffix}`, status: 'signed', lines: [{ skuCode: 'TS-RED-M', quantity: 2, unitPriceFen: 3990 }] },
    'service',
  );
  return t.call(
    'cases.create',
    {
      caseNumber: `CASE-${suffix}`,
      orderNumber: `260601-${suffix}`,
      type: 'return_refund',
      reasonCategory: 'quality',
      refundFen: 3990,
      ...(deadlineInHours !== undefined && { deadlineAt: clock + deadlineInHours * hour }),
      // An overdue case was asked for two days ago (a deadline before its request is refused).
      ...(deadlineInHours !== undefined && deadlineInHours < 0 && { requestedAt: clock - 48 * hour }),
    },
    'service',
  );
};

describe('cases', () => {
  it('creates a manual case with the policy deadline, its order line, SKU and supplier', async () => {
    await t.call('settings.updatePolicy', { responseHours: 24 }, 'owner');
    const detail = await newOrderAndCase('001');
    expect(detail.deadlineAt).toBe(clock + 24 * hour);
    expect(detail.skuCode).toBe('TS-RED-M');
    expect(detail.supplierName).toBe('义乌织造');
    expect(detail.order.lines).toHaveLength(1);
    expect(detail.order.buyerPaidFen).toBe(7980);
    expect(detail.audit.map((a) => a.action)).toEqual(['create']);
    expect(detail.audit[0]?.userName).toBe('Service');
  });

  it('refuses a deadline before the request time, and saves nothing', async () => {
    await t.call(
      'orders.create',
      { orderNumber: '260601-EARLY', status: 'signed', lines: [{ skuCode: 'TS-RED-M', quantity: 1, unitPriceFen: 3990 }] },
      'service',
    );
    const base = { caseNumber: 'CASE-EARLY', orderNumber: '260601-EARLY', type: 'return_refund', reasonCategory: 'quality' } as const;
    const early = await t.raw('cases.create', { ...base, requestedAt: clock - hour, deadlineAt: clock - 2 * hour }, 'service');
    expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'deadline_before_request' } });
    // Without a request time the request is now: "today 00:00" picked in the morning is before it.
    const beforeNow = await t.raw('cases.create', { ...base, deadlineAt: clock - 1 }, 'service');
    expect(beforeNow).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'deadline_before_request' } });
    expect(t.backend.db.prepare(`SELECT count(*) AS n FROM after_sales_cases WHERE case_number = 'CASE-EARLY'`).get()).toEqual({ n: 0 });
    const onTime = await t.call('cases.create', { ...base, deadlineAt: clock }, 'service');
    expect(onTime.deadlineAt).toBe(clock);
  });

  it('sorts by urgency, counts queues, and filters by text over case, order and tracking numbers', async () => {
    await newOrderAndCase('A', 30);
    await newOrderAndCase('B', -2);
    await newOrderAndCase('C', 5);
    const list = await t.call('cases.list', { group: 'open' }, 'inspector');
    expect(list.rows.map((r) => r.caseNumber)).toEqual(['CASE-B', 'CASE-C', 'CASE-A']);
    expect(list.counts).toEqual({ open: 3, overdue: 1, due_soon: 1, needs_review: 0, all: 3 });
    const overdue = await t.call('cases.list', { group: 'overdue' }, 'service');
    expect(overdue.rows.map((r) => r.caseNumber)).toEqual(['CASE-B']);
    const byOrder = await t.call('cases.list', { group: 'all', q: '260601-C' }, 'service');
    expect(byOrder.rows.map((r) => r.caseNumber)).toEqual(['CASE-C']);
    const paged = await t.call('cases.list', { group: 'all', limit: 2, offset: 2 }, 'service');
    expect(paged.total).toBe(3);
    expect(paged.rows).toHaveLength(1);
  });

  it('a first outbound message records the first response; the case leaves the overdue queue only when it leaves the merchant', async () => {
    const created = await newOrderAndCase('M', -1);
    await t.call('communications.add', { caseId: created.id, direction: 'inbound', text: '衣服开线了' }, 'service');
    let detail = await t.call('cases.get', { id: created.id }, 'service');
    expect(detail.respondedAt).toBeNull();
    clock += 60_000;
    await t.call('communications.add', { caseId: created.id, direction: 'outbound', text: '您好，请寄回，我们检查后退款' }, 'service');
    detail = await t.call('cases.get', { id: created.id }, 'inspector');
    expect(detail.respondedAt).toBe(clock);
    expect(detail.communications.map((c) => c.direction)).toEqual(['inbound', 'outbound']);
    expect(detail.communications[1]?.authorName).toBe('Service');
    expect(detail.audit.some((a) => a.action === 'mark_responded' && (a.before as { respondedAt: null }).respondedAt === null)).toBe(true);
    // A reply is not the platform's answer: while the request still waits on the merchant, its clock runs.
    expect((await t.call('cases.list', { group: 'overdue' }, 'service')).counts.overdue).toBe(1);
    // Agreeing to the return hands the case to the buyer: no longer the merchant's to be late on.
    await t.call('cases.update', { id: created.id, status: 'awaiting_return' }, 'service');
    expect((await t.call('cases.list', { group: 'overdue' }, 'service')).counts.overdue).toBe(0);
  });

  it('updates status and resolution with before/after audit; voiding keeps the record but refuses changes', async () => {
    const created = await newOrderAndCase('U');
    const updated = await t.call('cases.update', { id: created.id, status: 'succeeded', resolution: '全额退款', dispute: true }, 'service');
    expect(updated.status).toBe('succeeded');
    expect(updated.resolvedAt).toBe(clock);
    const audit = updated.audit.find((a) => a.action === 'update');
    expect(audit?.before).toMatchObject({ status: 'pending_merchant', dispute: false });
    expect(audit?.after).toMatchObject({ status: 'succeeded', dispute: true, resolution: '全额退款' });

    const refused = await t.raw('cases.void', { id: created.id, reason: 'entered twice' }, 'service');
    expect(refused.ok || refused.error.code).toBe('FORBIDDEN');
    const voided = await t.call('cases.void', { id: created.id, reason: 'entered twice' }, 'owner');
    expect(voided.voided).toBe(true);
    const again = await t.raw('cases.update', { id: created.id, status: 'closed' }, 'service');
    expect(again.ok || again.error.code).toBe('CONFLICT');
    const count = rawQuery<{ n: number }>(t.backend.db, 'SELECT count(*) AS n FROM after_sales_cases').one();
    expect(count.n).toBe(1);
    const open = await t.call('cases.list', { group: 'open' }, 'service');
    expect(open.counts.open).toBe(0);
  });

  it('refuses case writes to inspectors but lets them read', async () => {
    const created = await newOrderAndCase('R');
    const write = await t.raw('cases.update', { id: created.id, markResponded: true }, 'inspector');
    expect(write.ok || write.error.code).toBe('FORBIDDEN');
    const message = await t.raw('communications.add', { caseId: created.id, direction: 'outbound', text: 'hi' }, 'inspector');
    expect(message.ok || message.error.code).toBe('FORBIDDEN');
    const read = await t.raw('cases.get', { id: created.id }, 'inspector');
    expect(read.ok).toBe(true);
  });

  it('answers NOT_FOUND for an unknown case', async () => {
    const result = await t.raw('cases.get', { id: 'nope' }, 'service');
    expect(result.ok || result.error.code).toBe('NOT_FOUND');
  });
});
