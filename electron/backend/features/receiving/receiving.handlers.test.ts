import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { insertScanFixture, type ScanFixture } from '../../../../test/support/scan-fixtures';
import { rawQuery } from '../../db/raw-sql';

let t: TestBackend;
let fx: ScanFixture;

beforeEach(async () => {
  t = startTestBackend();
  await t.withUsers();
  fx = insertScanFixture(t.backend.db, [
    { caseNumber: 'AS1', orderNumber: '261120-1', returnTracking: 'ZT1', orderTracking: 'YT1' },
    { caseNumber: 'AS2', orderNumber: '261120-2', returnTracking: 'ZT2' },
    { caseNumber: 'AS3', orderNumber: '261120-3', returnTracking: 'ZT3', status: 'closed' },
    { caseNumber: 'AS4', orderNumber: '261120-4', returnTracking: null, type: 'refund_only' },
  ]);
});
afterEach(() => t.close());

describe('receiving a returned parcel', () => {
  it('records time, person and package condition; the case moves to received', async () => {
    const result = await t.call(
      'receiving.receive',
      { caseId: fx.caseIds.AS1!, packageCondition: 'damaged', note: '外箱破', scannedCode: 'ZT1' },
      'inspector',
    );
    expect(result.flags).toEqual([]);
    expect(result.case).toMatchObject({ status: 'received', packageCondition: 'damaged', receivedByName: 'Inspector' });
    expect(result.case.receivedAt).toBeTypeOf('number');
    const audit = rawQuery<{ after: string }>(t.backend.db, `SELECT after FROM audit_log WHERE action = 'receive'`).one();
    expect(JSON.parse(audit.after)).toMatchObject({ note: '外箱破', packageCondition: 'damaged', status: 'received' });
  });

  it('flags a parcel for a closed case loudly and does not reopen the case', async () => {
    const result = await t.call('receiving.receive', { caseId: fx.caseIds.AS3!, packageCondition: 'intact' }, 'inspector');
    expect(result.flags).toContain('case_finished');
    expect(result.case.status).toBe('closed');
    expect(result.case.receivedAt).not.toBeNull();
  });

  it('flags a parcel whose scanned order differs from the case’s order', async () => {
    const byOrder = await t.call(
      'receiving.receive',
      { caseId: fx.caseIds.AS2!, packageCondition: 'intact', scannedCode: '261120-1' },
      'inspector',
    );
    expect(byOrder.flags).toEqual(['order_mismatch']);
  });

  it('flags a parcel for a refund-only case (nothing was meant to come back)', async () => {
    const result = await t.call('receiving.receive', { caseId: fx.caseIds.AS4!, packageCondition: 'opened' }, 'inspector');
    expect(result.flags).toEqual(['not_a_return']);
  });

  it('refuses a second receipt, keeping the first one', async () => {
    await t.call('receiving.receive', { caseId: fx.caseIds.AS1!, packageCondition: 'intact' }, 'inspector');
    const again = await t.raw('receiving.receive', { caseId: fx.caseIds.AS1!, packageCondition: 'damaged' }, 'owner');
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!again.ok && again.error.message).toContain('already received (by Inspector)');
    const card = await t.call('scan.case', { caseId: fx.caseIds.AS1! }, 'owner');
    expect(card.packageCondition).toBe('intact');
  });

  it('answers NOT_FOUND for an unknown case and refuses service staff', async () => {
    expect(await t.raw('receiving.receive', { caseId: 'nope', packageCondition: 'intact' }, 'inspector')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await t.raw('receiving.receive', { caseId: fx.caseIds.AS1!, packageCondition: 'intact' }, 'service')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('a parcel that matches nothing', () => {
  it('is recorded, listed, found again by a later scan, and linked to its case (which counts as received)', async () => {
    const parcel = await t.call('parcels.recordUnmatched', { code: ' SF0001112223\r', courier: '顺丰', note: '无面单' }, 'inspector');
    expect(parcel).toMatchObject({
      code: 'SF0001112223',
      courier: '顺丰',
      note: '无面单',
      receivedByName: 'Inspector',
      linkedCaseId: null,
    });
    expect((await t.call('parcels.list', { state: 'open' }, 'service')).map((p) => p.id)).toEqual([parcel.id]);
    const rescan = await t.call('scan.lookup', { code: 'SF0001112223' }, 'inspector');
    expect(rescan.unmatchedParcelIds).toEqual([parcel.id]);

    const linked = await t.call('parcels.link', { parcelId: parcel.id, caseId: fx.caseIds.AS2! }, 'service');
    expect(linked.parcel).toMatchObject({ linkedCaseId: fx.caseIds.AS2, linkedCaseNumber: 'AS2' });
    expect(linked.case).toMatchObject({ status: 'received', receivedAt: parcel.receivedAt, receivedByName: 'Inspector' });
    expect(await t.call('parcels.list', { state: 'open' }, 'inspector')).toEqual([]);
    expect(await t.raw('parcels.link', { parcelId: parcel.id, caseId: fx.caseIds.AS1! }, 'inspector')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('refuses an over-long or empty code and saves nothing', async () => {
    const long = await t.raw('parcels.recordUnmatched', { code: 'A'.repeat(500) }, 'inspector');
    expect(long).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const empty = await t.raw('parcels.recordUnmatched', { code: '\u0000 ' }, 'inspector');
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await t.call('parcels.list', { state: 'all' }, 'owner')).toEqual([]);
  });
});
