import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { insertCatalogFixture } from '../../../../test/support/catalog-fixture';

const day = 86_400_000;
let clock = Date.UTC(2026, 5, 1, 2, 0, 0);
let t: TestBackend;

beforeEach(async () => {
  clock = Date.UTC(2026, 5, 1, 2, 0, 0);
  t = startTestBackend({ now: () => clock });
  await t.withUsers();
  insertCatalogFixture(t.backend.db, clock);
});
afterEach(() => t.close());

/** A ¥39.90 T-shirt (unit cost ¥15 in the catalog fixture) claimed faulty. */
const newCase = async (suffix: string, reasonCategory: 'quality' | 'no_reason_7day' = 'quality') => {
  await t.call(
    'orders.create',
    { orderNumber: `260601-${suffix}`, status: 'signed', lines: [{ skuCode: 'TS-RED-M', quantity: 1, unitPriceFen: 3990 }] },
    'service',
  );
  const detail = await t.call(
    'cases.create',
    { caseNumber: `CASE-${suffix}`, orderNumber: `260601-${suffix}`, type: 'return_refund', reasonCategory, refundFen: 3990 },
    'service',
  );
  return detail.id;
};

/** Everything a refused call must leave untouched. */
const snapshot = () => {
  const db = t.backend.db;
  const rows = (table: string) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
  return {
    remedies: rows('case_remedies'),
    ledger: rows('case_compensation'),
    advice: rows('case_remedy_advice'),
    audit: rows('audit_log'),
  };
};

const reasonOf = async (method: string, input: unknown, session = 'service') => {
  const result = await t.raw(method, input, session);
  if (result.ok) throw new Error(`${method} should have been refused`);
  return result.error.reason;
};

describe('remedies', () => {
  it('records offers, the buyer’s answers and the one agreed remedy; the ledger holds its money with the total', async () => {
    const caseId = await newCase('001');
    let view = await t.call('remedies.offer', { caseId, kind: 'partial_refund', amountFen: 1200, note: '亲，保留商品补偿12元' }, 'service');
    const partial = view.remedies[0];
    clock += 60_000;
    view = await t.call(
      'remedies.offer',
      { caseId, kind: 'coupon', amountFen: 500, couponThresholdFen: 3000, couponExpiresAt: clock + 30 * day },
      'service',
    );
    const coupon = view.remedies[1];
    if (!partial || !coupon) throw new Error('two offers expected');
    expect(view.remedies.map((r) => [r.kind, r.offeredByName])).toEqual([
      ['partial_refund', 'Service'],
      ['coupon', 'Service'],
    ]);

    await t.call('remedies.answer', { remedyId: partial.id, answer: 'declined' }, 'service');
    view = await t.call('remedies.answer', { remedyId: coupon.id, answer: 'accepted' }, 'service');
    expect(view.remedies.map((r) => r.answer)).toEqual(['declined', 'accepted']);
    expect(view.ledger).toEqual([]);

    view = await t.call('remedies.agree', { remedyId: coupon.id }, 'service');
    expect(view.remedies[1]?.agreedAt).toBe(clock);
    expect(view.ledger.map((e) => [e.kind, e.amountFen, e.remedyId])).toEqual([['coupon', 500, coupon.id]]);

    view = await t.call('remedies.addPayment', { caseId, kind: 'return_freight', amountFen: 800, note: '到付运费' }, 'service');
    expect(view.ledgerTotalFen).toBe(1300);

    // Offering a solution is the merchant's first answer: the case is marked responded.
    const detail = await t.call('cases.get', { id: caseId }, 'service');
    expect(detail.respondedAt).not.toBeNull();
    const actions = t.backend.db
      .prepare(`SELECT entity, action FROM audit_log WHERE entity IN ('remedy', 'compensation') ORDER BY seq`)
      .all();
    expect(actions).toEqual([
      { entity: 'remedy', action: 'offer' },
      { entity: 'remedy', action: 'offer' },
      { entity: 'remedy', action: 'answer' },
      { entity: 'remedy', action: 'answer' },
      { entity: 'remedy', action: 'agree' },
      { entity: 'compensation', action: 'post' },
      { entity: 'compensation', action: 'add' },
    ]);
  });

  it('withdraws an agreed remedy with its ledger entry, keeping both on record; then another can be agreed', async () => {
    const caseId = await newCase('002');
    let view = await t.call('remedies.offer', { caseId, kind: 'small_payment', amountFen: 1000 }, 'service');
    const first = view.remedies[0];
    if (!first) throw new Error('offer expected');
    await t.call('remedies.agree', { remedyId: first.id }, 'service');
    view = await t.call('remedies.void', { remedyId: first.id, voidReason: '金额填错了' }, 'service');
    expect(view.remedies[0]?.voidReason).toBe('金额填错了');
    expect(view.ledger[0]?.voidedAt).not.toBeNull();
    expect(view.ledgerTotalFen).toBe(0);
    view = await t.call('remedies.offer', { caseId, kind: 'full_refund' }, 'service');
    view = await t.call('remedies.agree', { remedyId: view.remedies[1]?.id ?? '' }, 'service');
    // A full refund offered without an amount refunds what the buyer asked.
    expect(view.ledgerTotalFen).toBe(3990);
    expect(t.backend.db.prepare('SELECT count(*) AS n FROM case_remedies').get()).toEqual({ n: 2 });
    expect(() => t.backend.db.prepare('DELETE FROM case_remedies').run()).toThrow(/never deleted/);
  });

  it('refuses bad input with a reason of its own, and changes nothing', async () => {
    const caseId = await newCase('003');
    const view = await t.call('remedies.offer', { caseId, kind: 'exchange' }, 'service');
    const offered = view.remedies[0];
    if (!offered) throw new Error('offer expected');
    await t.call('remedies.answer', { remedyId: offered.id, answer: 'declined' }, 'service');
    const before = snapshot();

    expect(await reasonOf('remedies.offer', { caseId, kind: 'partial_refund', amountFen: -500 })).toBe('offer_amount_negative');
    expect(await reasonOf('remedies.offer', { caseId, kind: 'coupon' })).toBe('offer_coupon_value_required');
    expect(await reasonOf('remedies.offer', { caseId, kind: 'coupon', amountFen: 500, couponExpiresAt: clock - 1 })).toBe(
      'offer_coupon_expired',
    );
    expect(await reasonOf('remedies.offer', { caseId, kind: 'small_payment' })).toBe('offer_amount_required');
    expect(await reasonOf('remedies.addPayment', { caseId, kind: 'return_freight', amountFen: -1 })).toBe('offer_amount_negative');
    expect(await reasonOf('remedies.answer', { remedyId: offered.id, answer: 'accepted' })).toBe('remedy_already_answered');
    expect(await reasonOf('remedies.agree', { remedyId: offered.id })).toBe('remedy_declined_not_agreeable');
    expect(await reasonOf('remedies.chooseRoute', { caseId, route: 'resend' })).toBe('advice_override_reason_required');
    expect(await reasonOf('remedies.offer', { caseId, kind: 'coupon', amountFen: 500 }, 'inspector')).toBe('role_forbidden');
    expect(snapshot()).toEqual(before);
  });

  it('refuses offers on a voided or finished case', async () => {
    const voided = await newCase('004');
    await t.call('cases.void', { id: voided, reason: '重复录入' }, 'owner');
    const finished = await newCase('005');
    t.backend.db.prepare(`UPDATE after_sales_cases SET status = 'succeeded', resolved_at = ? WHERE id = ?`).run(clock, finished);
    const before = snapshot();
    expect(await reasonOf('remedies.offer', { caseId: voided, kind: 'full_refund' })).toBe('case_voided');
    expect(await reasonOf('remedies.addPayment', { caseId: voided, kind: 'other', amountFen: 100 })).toBe('case_voided');
    expect(await reasonOf('remedies.offer', { caseId: finished, kind: 'full_refund' })).toBe('case_resolved_no_offers');
    expect(snapshot()).toEqual(before);
    expect((await t.call('remedies.list', { caseId: finished }, 'service')).canOffer).toBe(false);
  });

  it('compares the routes with the owner’s rates and records the agent’s choice against the advice', async () => {
    const caseId = await newCase('006');
    await t.call('settings.updatePolicy', { remedyCosts: { partialRefundPercentByReason: { quality: 10 } } }, 'owner');
    const { advice } = await t.call('remedies.list', { caseId }, 'service');
    const totals = Object.fromEntries(advice.routes.map((r) => [r.route, r.totalFen]));
    // No inspection history: resale assumes grade A (the whole ¥15 back). Quality: the merchant pays ¥10 freight.
    expect(totals).toEqual({
      refund_only: 3990 + 1500,
      return_refund: 3990 + 1500 + 1000 + 900 - 1500,
      partial_refund: 399 + 1500,
      resend: 1500 + 1500 + 800,
    });
    expect(advice.recommended).toBe('partial_refund');
    let view = await t.call('remedies.chooseRoute', { caseId, route: 'partial_refund' }, 'service');
    expect(view.decision).toMatchObject({ chosenRoute: 'partial_refund', recommendedRoute: 'partial_refund', overrideReason: null });
    view = await t.call('remedies.chooseRoute', { caseId, route: 'return_refund', overrideReason: '买家坚持退货' }, 'service');
    expect(view.decision).toMatchObject({
      chosenRoute: 'return_refund',
      recommendedRoute: 'partial_refund',
      overrideReason: '买家坚持退货',
    });
  });

  it('the owner edits the rates one key at a time; a bad stored rate falls back to its default alone', async () => {
    const policy = await t.call(
      'settings.updatePolicy',
      { remedyCosts: { labourFenPerHour: 4500, resaleValuePercentByGrade: { B: 70 } } },
      'owner',
    );
    expect(policy.remedyCosts).toMatchObject({
      labourFenPerHour: 4500,
      handlingMinutes: 10,
      resaleValuePercentByGrade: { A: 100, B: 70, C: 30, D: 0 },
    });
    expect(await reasonOf('settings.updatePolicy', { remedyCosts: { labourFenPerHour: -1 } }, 'owner')).toBe('invalid_input');
    expect(await reasonOf('settings.updatePolicy', { remedyCosts: { labourFenPerHour: 1 } }, 'service')).toBe('role_forbidden');
    const stored = JSON.parse((t.backend.db.prepare(`SELECT value FROM settings WHERE key = 'policy'`).get() as { value: string }).value);
    stored.remedyCosts.handlingMinutes = 'ten';
    stored.remedyCosts.partialRefundPercentByReason.quality = 400;
    t.backend.db.prepare(`UPDATE settings SET value = ? WHERE key = 'policy'`).run(JSON.stringify(stored));
    const read = await t.call('settings.getPolicy', {}, 'service');
    expect(read.remedyCosts).toMatchObject({
      labourFenPerHour: 4500,
      handlingMinutes: 10,
      partialRefundPercentByReason: { quality: 30, wrong_item: 40 },
    });
  });
});
