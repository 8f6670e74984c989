import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseChinaTime } from '../../../../shared/domain/time';
import { samplesDir, storeFingerprint, upload } from '../../../../test/integration/import-helpers';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';

let t: TestBackend;
beforeEach(async () => {
  t = startTestBackend();
  await t.withUsers();
});
afterEach(() => t.close());

const at = (text: string) => parseChinaTime(text) ?? Number.NaN;
const importText = async (name: string, text: string) => {
  const ref = await upload(t, name, `\uFEFF${text}`);
  const preview = await t.call('imports.preview', { uploadId: ref.uploadId });
  await t.call('imports.commit', { importId: preview.importId });
};
const one = <T>(sql: string, ...params: unknown[]) => t.backend.db.prepare(sql).get(...params) as T;
const caseId = (caseNumber: string) => one<{ id: string }>(`SELECT id FROM after_sales_cases WHERE case_number = ?`, caseNumber).id;

/** An order export that carries the logistics signing time (签收时间) beside the buyer's confirm-receipt time. */
const ordersWithSigning = [
  '商品,订单号,订单状态,商品总价(元),用户实付金额(元),商品数量(件),支付时间,发货时间,签收时间,确认收货时间,商品id,商品规格,商家编码-规格维度,商家编码-商品维度',
  '鲜切水果盒 500g,260730-100000000000001,已签收,39.90,39.90,1,2026-07-30 06:50:00,2026-07-31 08:00:00,2026-08-01 22:50:00,2026-08-05 10:00:00,700001,500g,FRUIT-500,FRUIT',
  '蓝牙耳机 降噪款,260730-100000000000002,已签收,199.00,199.00,1,2026-07-30 07:00:00,2026-07-31 08:00:00,2026-08-01 12:00:00,2026-08-02 09:00:00,700002,黑色,EAR-BK,EAR',
].join('\n');

const cases = [
  '售后单号,订单号,售后类型,售后状态,申请时间,退款金额(元),订单金额(元),售后原因,商品id,商品名称,商品规格,商家编码-规格维度,申请数量,退货快递单号,退货快递公司,商家处理截止时间',
  '900000000001,260730-100000000000001,退货退款,退货退款，待商家处理,2026-08-04 10:00:00,39.90,39.90,七天无理由退货,700001,鲜切水果盒 500g,500g,FRUIT-500,1,,,2026-08-06 10:00:00',
  '900000000002,260730-100000000000002,退货退款,退货退款，待商家处理,2026-08-05 10:00:00,199.00,199.00,质量问题,700002,蓝牙耳机 降噪款,黑色,EAR-BK,1,,,2026-08-07 10:00:00',
].join('\n');

describe('the law on a case, from an import with the signing time', () => {
  it('counts the window from 签收时间, keeps 确认收货时间 apart, and follows the product rule and the policy', async () => {
    await importText('orders.csv', ordersWithSigning);
    await importText('cases.csv', cases);
    expect(one(`SELECT signed_at, confirmed_at FROM orders WHERE order_number = '260730-100000000000001'`)).toEqual({
      signed_at: at('2026-08-01 22:50'),
      confirmed_at: at('2026-08-05 10:00'),
    });

    const fruit = caseId('900000000001');
    const before = await t.call('law.caseVerdict', { caseId: fruit }, 'service');
    expect(before.verdict.window).toMatchObject({ from: 'signed', dayAfterStart: 3, within: true, endAt: at('2026-08-08 22:50') });
    expect(before.verdict.noReason.conclusion).toBe('allowed');
    expect(before.verdict.freight.expected).toBe('buyer');

    // The owner marks the product as fresh: the same case is now outside the no-reason return.
    const products = await t.call('law.products', { q: 'FRUIT' });
    expect(products.rows.map((p) => p.name)).toEqual(['鲜切水果盒 500g']);
    const productId = products.rows[0]?.productId ?? '';
    await t.call('law.setProductRule', { productId, returnException: 'perishable', durable: false });
    const after = await t.call('law.caseVerdict', { caseId: fruit }, 'inspector');
    expect(after.verdict.exception).toMatchObject({ kind: 'perishable', status: 'applies' });
    expect(after.verdict.noReason.conclusion).toBe('excluded');
    expect((await t.call('law.products', {})).exceptionsInUse).toEqual(['perishable']);
    const audit = await t.call('audit.list', { entity: 'product', entityId: productId }, 'owner');
    expect(audit.rows[0]).toMatchObject({ before: { returnException: null, durable: false }, after: { returnException: 'perishable' } });

    // Durable goods with a quality problem: the seller bears the burden of proof for 6 months from signing.
    const ear = (await t.call('law.products', { q: 'EAR' })).rows[0]?.productId ?? '';
    await t.call('law.setProductRule', { productId: ear, returnException: null, durable: true });
    const earCase = await t.call('law.caseVerdict', { caseId: caseId('900000000002') });
    expect(earCase.verdict.burdenOfProof).toEqual({ sellerBears: true, endsAt: at('2027-02-01 12:00'), rule: 'cpl_23' });
    expect(earCase.verdict.freight.expected).toBe('merchant');

    // refundHours from the policy drives the refund deadline once the goods are back, capped at the law's 7 days.
    t.backend.db.prepare(`UPDATE after_sales_cases SET received_at = ? WHERE id = ?`).run(at('2026-08-10 14:00'), fruit);
    await t.call('settings.updatePolicy', { refundHours: 24 });
    expect((await t.call('law.caseVerdict', { caseId: fruit })).verdict.refund).toMatchObject({ hours: 24, dueAt: at('2026-08-11 14:00') });
    await t.call('settings.updatePolicy', { refundHours: 300, noReasonWindowDays: 2, law: { freeReturnShipping: true } });
    const capped = await t.call('law.caseVerdict', { caseId: fruit });
    expect(capped.verdict.refund).toMatchObject({ hours: 168, cappedByLaw: true, dueAt: at('2026-08-17 14:00') });
    expect(capped.verdict.window.days).toBe(7);
    expect(capped.verdict.freight.expected).toBe('insurance');
  });

  it('falls back to the confirm-receipt time for the shared sample, which has no signing time', async () => {
    await importText('orders.csv', readFileSync(join(samplesDir, 'pdd-orders.csv'), 'utf8').replace(/^\uFEFF/, ''));
    await importText('cases.csv', readFileSync(join(samplesDir, 'pdd-aftersales.csv'), 'utf8').replace(/^\uFEFF/, ''));
    expect(one(`SELECT signed_at, confirmed_at FROM orders WHERE order_number = '260730-590830166131860'`)).toEqual({
      signed_at: null,
      confirmed_at: at('2026-08-01 22:50'),
    });
    const v = await t.call('law.caseVerdict', { caseId: caseId('862240019582') });
    // Asked 6 Aug 03:50, five China days after the confirm-receipt on 1 Aug.
    expect(v.verdict.window).toMatchObject({ from: 'confirmed', dayAfterStart: 5, within: true, rule: 'measures_2017' });
  });
});

describe('recording the return freight', () => {
  it('records who paid; only the merchant’s part is a cost of the return (the dashboard sums it)', async () => {
    await importText('orders.csv', ordersWithSigning);
    await importText('cases.csv', cases);
    const ear = caseId('900000000002');
    const merchant = await t.call('law.recordFreight', { caseId: ear, freightPayer: 'merchant', freightAmountFen: 1200 }, 'service');
    expect(merchant).toMatchObject({
      freightAmountFen: 1200,
      merchantFreightFen: 1200,
      verdict: { freight: { recorded: 'merchant', mismatch: false } },
    });
    expect(one(`SELECT freight_fen FROM rl_case_facts WHERE case_id = ?`, ear)).toEqual({ freight_fen: 1200 });

    const buyer = await t.call('law.recordFreight', { caseId: ear, freightPayer: 'buyer', freightAmountFen: 1000 }, 'service');
    expect(buyer).toMatchObject({
      freightAmountFen: 1000,
      merchantFreightFen: 0,
      verdict: { freight: { recorded: 'buyer', mismatch: true } },
    });
    expect(one(`SELECT freight_fen FROM rl_case_facts WHERE case_id = ?`, ear)).toEqual({ freight_fen: 0 });
  });

  it('refuses bad input with a reason naming the field, and changes nothing', async () => {
    await importText('orders.csv', ordersWithSigning);
    await importText('cases.csv', cases);
    const ear = caseId('900000000002');
    const productId = (await t.call('law.products', { q: 'EAR' })).rows[0]?.productId ?? '';
    const before = storeFingerprint(t.backend.db);

    const negative = await t.raw('law.recordFreight', { caseId: ear, freightPayer: 'merchant', freightAmountFen: -500 }, 'service');
    expect(negative.ok || negative.error).toMatchObject({
      code: 'VALIDATION',
      reason: 'invalid_input',
      params: { field: 'freightAmountFen' },
    });
    const unknownPayer = await t.raw('law.recordFreight', { caseId: ear, freightPayer: 'platform', freightAmountFen: 500 }, 'service');
    expect(unknownPayer.ok || unknownPayer.error).toMatchObject({ code: 'VALIDATION', params: { field: 'freightPayer' } });
    const unknownException = await t.raw('law.setProductRule', { productId, returnException: 'second_hand', durable: false }, 'owner');
    expect(unknownException.ok || unknownException.error).toMatchObject({ code: 'VALIDATION', params: { field: 'returnException' } });
    const missing = await t.raw('law.setProductRule', { productId: 'nope', returnException: null, durable: true }, 'owner');
    expect(missing.ok || missing.error).toMatchObject({ code: 'NOT_FOUND', reason: 'product_not_found' });
    const asService = await t.raw('law.setProductRule', { productId, returnException: 'perishable', durable: false }, 'service');
    expect(asService.ok || asService.error.code).toBe('FORBIDDEN');
    const asInspector = await t.raw('law.recordFreight', { caseId: ear, freightPayer: 'merchant', freightAmountFen: 500 }, 'inspector');
    expect(asInspector.ok || asInspector.error.code).toBe('FORBIDDEN');

    t.backend.db.prepare(`UPDATE after_sales_cases SET voided_at = 1 WHERE id = ?`).run(ear);
    const voidedBefore = storeFingerprint(t.backend.db);
    const voided = await t.raw('law.recordFreight', { caseId: ear, freightPayer: 'merchant', freightAmountFen: 500 }, 'service');
    expect(voided.ok || voided.error).toMatchObject({ code: 'CONFLICT', reason: 'case_voided' });
    expect(storeFingerprint(t.backend.db)).toEqual(voidedBefore);
    t.backend.db.prepare(`UPDATE after_sales_cases SET voided_at = NULL WHERE id = ?`).run(ear);
    expect(storeFingerprint(t.backend.db)).toEqual(before);
    expect(one(`SELECT return_exception, durable FROM products WHERE id = ?`, productId)).toEqual({ return_exception: null, durable: 0 });
  });
});
