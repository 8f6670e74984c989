import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../app';
import { consoleLogger } from '../../core/logger';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { insertScanFixture, type ScanFixture } from '../../../../test/support/scan-fixtures';
import { rawQuery } from '../../db/raw-sql';

let t: TestBackend;
let fx: ScanFixture;
let caseId: string;
const defectId = (code: string) => rawQuery<{ id: string }>(t.backend.db, 'SELECT id FROM defect_types WHERE code = ?').one(code).id;

beforeEach(async () => {
  t = startTestBackend();
  await t.withUsers();
  fx = insertScanFixture(t.backend.db, [
    { caseNumber: 'AS1', orderNumber: '261120-1', returnTracking: 'ZT1', refundFen: 7990 },
    { caseNumber: 'AS2', orderNumber: '261120-2', returnTracking: 'ZT2', reason: 'no_reason_7day' },
  ]);
  caseId = fx.caseIds.AS1!;
});
afterEach(() => t.close());

const receive = () => t.call('receiving.receive', { caseId, packageCondition: 'intact' }, 'inspector');

describe('an inspector inspects a returned item', () => {
  it('autosaves a draft field by field and keeps one open draft per case', async () => {
    const first = await t.call('inspections.saveDraft', { caseId, grade: 'C' }, 'inspector');
    expect(first).toMatchObject({ state: 'draft', grade: 'C', inspectorName: 'Inspector', quantity: 1, defects: [] });
    const second = await t.call(
      'inspections.saveDraft',
      { caseId, defects: [{ defectTypeId: defectId('LOOSE_THREAD'), quantity: 2, note: '袖口开线' }], missingParts: ['tag', 'tag'] },
      'inspector',
    );
    expect(second.id).toBe(first.id);
    expect(second.grade).toBe('C');
    expect(second.missingParts).toEqual(['tag']);
    expect(second.defects).toEqual([expect.objectContaining({ code: 'LOOSE_THREAD', class: 'minor', quantity: 2, note: '袖口开线' })]);
    const count = rawQuery<{ n: number }>(t.backend.db, `SELECT count(*) AS n FROM inspections WHERE case_id = ?`).one(caseId);
    expect(count.n).toBe(1);
  });

  it('finds the draft again after the backend restarts on the same data dir', async () => {
    const draft = await t.call('inspections.saveDraft', { caseId, grade: 'B', notes: '外包装有压痕' }, 'inspector');
    t.backend.close();
    const reopened = createBackend({ dataDir: t.dataDir, logger: consoleLogger(true) });
    try {
      await reopened.dispatch('auth.login', { userId: draft.inspectorId, pin: '234567' }, 's2');
      const result = await reopened.dispatch('inspections.forCase', { caseId }, 's2');
      expect(result).toMatchObject({ ok: true, value: { draft: { id: draft.id, grade: 'B', notes: '外包装有压痕', state: 'draft' } } });
    } finally {
      reopened.close();
    }
  });

  it('completes: case → inspected with the policy’s suggestion, and the audit says who did it', async () => {
    await receive();
    await t.call('inspections.saveDraft', { caseId, grade: 'D' }, 'inspector');
    const done = await t.call(
      'inspections.complete',
      {
        caseId,
        claimMatch: 'yes',
        fault: 'supplier',
        disposition: 'return_to_supplier',
        defects: [
          { defectTypeId: defectId('LOOSE_THREAD'), quantity: 1 },
          { defectTypeId: defectId('BROKEN'), class: 'critical', quantity: 1 },
        ],
      },
      'inspector',
    );
    expect(done.suggestion).toEqual({ outcome: 'full_refund', refundFen: null, basis: 'claim_confirmed' });
    expect(done.case).toMatchObject({ status: 'inspected', suggestedOutcome: 'full_refund' });
    expect(done.inspection).toMatchObject({ state: 'completed', grade: 'D', disposition: 'return_to_supplier' });
    expect(done.inspection.defects.map((d) => d.class)).toEqual(['minor', 'critical']);
    const audit = rawQuery<{ user_name: string; action: string }>(
      t.backend.db,
      `SELECT user_name, action FROM audit_log WHERE entity = 'case' AND entity_id = ? ORDER BY seq`,
    ).all(caseId);
    expect(audit).toEqual([
      { user_name: 'Inspector', action: 'receive' },
      { user_name: 'Inspector', action: 'inspected' },
    ]);
    const forCase = await t.call('inspections.forCase', { caseId }, 'service');
    expect(forCase.draft).toBeNull();
    expect(forCase.history.map((i) => i.id)).toEqual([done.inspection.id]);
  });

  it('records a partial refund amount when the claim is only partly confirmed', async () => {
    await receive();
    const done = await t.call(
      'inspections.complete',
      {
        caseId,
        grade: 'B',
        claimMatch: 'partly',
        fault: 'supplier',
        disposition: 'restock_b',
        defects: [{ defectTypeId: defectId('COLOUR_DIFFERENCE'), quantity: 1 }],
      },
      'inspector',
    );
    expect(done.suggestion).toMatchObject({ outcome: 'partial_refund', refundFen: 3995 });
    expect(done.case.suggestedRefundFen).toBe(3995);
  });

  it('suggests a refund, not a rejection, for two severe defects the supplier caused (claim-match left on "no")', async () => {
    await receive();
    const done = await t.call(
      'inspections.complete',
      {
        caseId,
        grade: 'D',
        claimMatch: 'no',
        fault: 'supplier',
        disposition: 'return_to_supplier',
        defects: [
          { defectTypeId: defectId('BROKEN'), class: 'critical', quantity: 1 },
          { defectTypeId: defectId('LOOSE_THREAD'), class: 'major', quantity: 1 },
        ],
      },
      'inspector',
    );
    expect(done.suggestion).toEqual({ outcome: 'full_refund', refundFen: null, basis: 'supplier_defect' });
    const stored = t.backend.db.prepare('SELECT suggested_outcome FROM after_sales_cases WHERE id = ?').get(caseId) as {
      suggested_outcome: string;
    };
    expect(stored.suggested_outcome).toBe('full_refund');
  });

  it('refuses to complete without the decisions, naming the missing ones, and keeps the draft', async () => {
    await receive();
    const result = await t.raw('inspections.complete', { caseId, grade: 'A' }, 'inspector');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { missing: ['claimMatch', 'fault', 'disposition'] } },
    });
    const forCase = await t.call('inspections.forCase', { caseId }, 'inspector');
    expect(forCase.case.status).toBe('received');
    // The refused completion rolled back entirely: no draft was left behind by it.
    expect(forCase.draft).toBeNull();
  });

  it('asks for evidence when a quality claim is confirmed without any defect', async () => {
    await receive();
    const result = await t.raw(
      'inspections.complete',
      { caseId, grade: 'C', claimMatch: 'yes', fault: 'supplier', disposition: 'scrap' },
      'inspector',
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { missing: ['defects'] } } });
  });

  it('refuses to complete before the parcel is received', async () => {
    const result = await t.raw(
      'inspections.complete',
      { caseId, grade: 'A', claimMatch: 'no', fault: 'none', disposition: 'restock' },
      'inspector',
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!result.ok && result.error.message).toContain('Receive the parcel');
  });

  it('refuses unknown and deactivated defect types, but keeps one already on the draft', async () => {
    const unknown = await t.raw('inspections.saveDraft', { caseId, defects: [{ defectTypeId: 'nope', quantity: 1 }] }, 'inspector');
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { field: 'defects.0.defectTypeId' } } });
    await t.call('inspections.saveDraft', { caseId, defects: [{ defectTypeId: defectId('ODOUR'), quantity: 1 }] }, 'inspector');
    await t.call('taxonomy.setActive', { id: defectId('ODOUR'), active: false }, 'owner');
    const kept = await t.call(
      'inspections.saveDraft',
      { caseId, defects: [{ defectTypeId: defectId('ODOUR'), quantity: 2 }] },
      'inspector',
    );
    expect(kept.defects[0]?.quantity).toBe(2);
    const other = fx.caseIds.AS2!;
    const refused = await t.raw(
      'inspections.saveDraft',
      { caseId: other, defects: [{ defectTypeId: defectId('ODOUR'), quantity: 1 }] },
      'inspector',
    );
    expect(!refused.ok && refused.error.message).toContain('deactivated');
  });

  it('lets only an owner void, with a reason; the case goes back to received', async () => {
    await receive();
    const done = await t.call(
      'inspections.complete',
      { caseId, grade: 'A', claimMatch: 'no', fault: 'none', disposition: 'restock' },
      'inspector',
    );
    expect(done.suggestion.outcome).toBe('reject_with_evidence');
    expect(await t.raw('inspections.void', { id: done.inspection.id, reason: '误判' }, 'inspector')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const voided = await t.call('inspections.void', { id: done.inspection.id, reason: '检验员选错了案例' }, 'owner');
    expect(voided).toMatchObject({ state: 'voided', voidReason: '检验员选错了案例' });
    const card = await t.call('scan.case', { caseId }, 'inspector');
    expect(card).toMatchObject({ status: 'received', suggestedOutcome: null });
  });

  it('does not let service staff write inspections', async () => {
    expect(await t.raw('inspections.saveDraft', { caseId, grade: 'A' }, 'service')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('the scan station lists inspections in progress', () => {
  it('lists open drafts after a restart, newest first, and drops completed ones and voided cases', async () => {
    const as2 = fx.caseIds.AS2!;
    await t.call('inspections.saveDraft', { caseId, grade: 'C' }, 'inspector');
    const later = await t.call('inspections.saveDraft', { caseId: as2, notes: '吊牌缺失' }, 'owner');
    t.backend.db.prepare('UPDATE inspections SET updated_at = updated_at + 1000 WHERE id = ?').run(later.id);
    t.backend.close();

    const reopened = startTestBackend({ dataDir: t.dataDir });
    try {
      const pins = { owner: '123456', inspector: '234567', service: '345678' } as const;
      for (const [role, pin] of Object.entries(pins)) {
        const userId = reopened.backend.db.prepare('SELECT id FROM users WHERE role = ?').pluck().get(role) as string;
        expect(await reopened.raw('auth.login', { userId, pin }, role)).toMatchObject({ ok: true });
      }
      const listed = await reopened.call('inspections.inProgress', {}, 'service');
      expect(listed.map((d) => [d.caseNumber, d.orderNumber, d.inspectorName])).toEqual([
        ['AS2', '261120-2', 'Owner'],
        ['AS1', '261120-1', 'Inspector'],
      ]);
      expect(listed[1]).toMatchObject({ caseId, skuCode: expect.any(String) });

      await reopened.call('receiving.receive', { caseId, packageCondition: 'intact' }, 'inspector');
      await reopened.call('inspections.complete', { caseId, claimMatch: 'no', fault: 'customer', disposition: 'restock' }, 'inspector');
      await reopened.call('cases.void', { id: as2, reason: '重复导入' }, 'owner');
      expect(await reopened.call('inspections.inProgress', {}, 'inspector')).toEqual([]);
    } finally {
      reopened.close();
    }
  });
});
