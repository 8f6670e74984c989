import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { insertCatalogFixture } from '../../../../test/support/catalog-fixture';

const hour = 3_600_000;
const day = 24 * hour;
let clock = Date.UTC(2026, 5, 1, 2, 0, 0);
let t: TestBackend;

beforeEach(async () => {
  clock = Date.UTC(2026, 5, 1, 2, 0, 0);
  t = startTestBackend({ now: () => clock });
  await t.withUsers();
  insertCatalogFixture(t.backend.db, clock);
});
afterEach(() => t.close());

/** A real 1×1 PNG. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const newCase = async (suffix: string) => {
  await t.call(
    'orders.create',
    { orderNumber: `260601-${suffix}`, status: 'signed', lines: [{ skuCode: 'TS-RED-M', quantity: 1, unitPriceFen: 3990 }] },
    'service',
  );
  const detail = await t.call(
    'cases.create',
    { caseNumber: `CASE-${suffix}`, orderNumber: `260601-${suffix}`, type: 'refund_only', reasonCategory: 'quality', refundFen: 3990 },
    'service',
  );
  return detail.id;
};

const refusal = async (method: string, input: unknown, session = 'service') => {
  const result = await t.raw(method, input, session);
  if (result.ok) throw new Error(`${method} should have been refused`);
  return result.error;
};

/** Everything a refused call must leave untouched. */
const snapshot = () => {
  const rows = (table: string) => t.backend.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
  return {
    steps: rows('case_escalation_steps'),
    levels: t.backend.db.prepare(`SELECT * FROM case_escalation_levels ORDER BY case_id`).all(),
    interventions: rows('case_interventions'),
    submissions: rows('case_evidence_submissions'),
    clocks: rows('case_clocks'),
    audit: rows('audit_log'),
  };
};

const evidenceTasks = async () => (await t.call('clocks.tasks', { scope: 'team' }, 'service')).rows.filter((r) => r.kind === 'evidence');

describe('escalation path', () => {
  it('service escalates to the owner with a reason; the owner sees it in the queue and hands it back with a note', async () => {
    const caseId = await newCase('001');
    let view = await t.call('escalation.toOwner', { caseId, reason: 'amount_over_limit', note: '买家要求全额退款加赔偿' }, 'service');
    expect(view.level).toBe('owner');
    expect(view.steps).toMatchObject([{ action: 'to_owner', reason: 'amount_over_limit', recordedByName: expect.any(String) }]);

    const queue = await t.call('escalation.queue', { level: 'owner' }, 'owner');
    expect(queue.total).toBe(1);
    expect(queue.rows[0]).toMatchObject({ caseNumber: 'CASE-001', reason: 'amount_over_limit', note: '买家要求全额退款加赔偿' });

    clock += hour;
    view = await t.call('escalation.handBack', { caseId, note: '可以部分退款 15 元，不退货' }, 'owner');
    expect(view.level).toBe('agent');
    expect((await t.call('escalation.queue', { level: 'owner' }, 'owner')).total).toBe(0);
    // The history keeps every move; it can go up again.
    view = await t.call('escalation.toOwner', { caseId, reason: 'no_agreement' }, 'service');
    expect(view.steps.map((s) => [s.action, s.levelAfter])).toEqual([
      ['to_owner', 'owner'],
      ['hand_back', 'agent'],
      ['to_owner', 'owner'],
    ]);
    const audit = t.backend.db
      .prepare(`SELECT action FROM audit_log WHERE entity = 'case' AND entity_id = ? AND action LIKE 'escalat%' ORDER BY seq`)
      .all(caseId) as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['escalate_to_owner', 'escalation_hand_back', 'escalate_to_owner']);
  });

  it('a platform intervention arms the evidence clock (a desk task), takes evidence, and its decision stops the clock', async () => {
    const caseId = await newCase('002');
    const photo = await t.call(
      'attachments.add',
      { ownerKind: 'case', ownerId: caseId, dataBase64: png.toString('base64'), mime: 'image/png', takenAt: clock - day },
      'service',
    );
    const message = await t.call('communications.add', { caseId, direction: 'inbound', text: '东西坏了，我要平台介入' }, 'service');
    await t.call('escalation.toOwner', { caseId, reason: 'buyer_demands_platform' }, 'service');
    const openedAt = clock - hour;
    const dueAt = clock + 2 * day;
    let view = await t.call('escalation.openIntervention', { caseId, openedAt, evidenceDueAt: dueAt, note: '买家申请平台介入' }, 'owner');
    expect(view.level).toBe('platform');
    expect(view.interventions[0]).toMatchObject({ openedAt, evidenceDueAt: dueAt, evidenceClockRunning: true, decision: null });
    expect(await evidenceTasks()).toMatchObject([{ caseNumber: 'CASE-002', dueAt }]);
    expect((await t.call('cases.get', { id: caseId }, 'service')).dispute).toBe(true);
    // Out of the owner's queue, into the platform's.
    expect((await t.call('escalation.queue', { level: 'owner' }, 'owner')).total).toBe(0);
    expect((await t.call('escalation.queue', { level: 'platform' }, 'service')).rows).toMatchObject([
      { caseNumber: 'CASE-002', evidenceDueAt: dueAt },
    ]);

    clock += hour;
    view = await t.call(
      'escalation.recordEvidence',
      { caseId, items: ['质检报告', '物流签收截图'], attachmentIds: [photo.id], messageIds: [message.id] },
      'service',
    );
    const sent = view.interventions[0]?.submissions[0];
    expect(sent?.submittedAt).toBe(clock);
    expect(sent?.items.map((i) => [i.kind, i.text ?? i.attachmentId ?? i.messageText])).toEqual([
      ['text', '质检报告'],
      ['text', '物流签收截图'],
      ['attachment', photo.id],
      ['message', '东西坏了，我要平台介入'],
    ]);
    expect(view.interventions[0]?.evidenceClockRunning).toBe(true);

    clock += day;
    view = await t.call('escalation.recordDecision', { caseId, decision: 'split', amountFen: 1500, note: '平台判定各担一半' }, 'owner');
    expect(view.level).toBe('decided');
    expect(view.interventions[0]).toMatchObject({
      decision: 'split',
      decisionAmountFen: 1500,
      decidedAt: clock,
      evidenceClockRunning: false,
    });
    expect(await evidenceTasks()).toEqual([]);
    const clocks = await t.call('clocks.forCase', { caseId }, 'service');
    expect(clocks.clocks.find((k) => k.kind === 'evidence')).toMatchObject({ stoppedReason: 'met', stoppedAt: clock });

    // A case can be escalated again after the decision; the first intervention stays as it was.
    view = await t.call('escalation.openIntervention', { caseId }, 'service');
    expect(view.interventions).toHaveLength(2);
    expect(view.interventions[0]?.decision).toBe('split');
    expect(view.interventions[1]).toMatchObject({ openedAt: clock, evidenceDueAt: null, evidenceClockRunning: false });
  });

  it('refuses moves out of order, each with its own reason, and stores nothing', async () => {
    const caseId = await newCase('003');
    let before = snapshot();
    expect((await refusal('escalation.handBack', { caseId, note: 'x' }, 'owner')).reason).toBe('escalation_not_with_owner');
    expect((await refusal('escalation.recordEvidence', { caseId, items: ['a'] })).reason).toBe('intervention_not_open');
    expect((await refusal('escalation.recordDecision', { caseId, decision: 'merchant' })).reason).toBe('intervention_not_open');
    expect(snapshot()).toEqual(before);

    await t.call('escalation.toOwner', { caseId, reason: 'suspected_abuse' }, 'service');
    before = snapshot();
    expect((await refusal('escalation.toOwner', { caseId, reason: 'no_agreement' })).reason).toBe('escalation_already_with_owner');
    expect(snapshot()).toEqual(before);

    await t.call('escalation.openIntervention', { caseId, evidenceDueAt: clock + day }, 'service');
    before = snapshot();
    expect((await refusal('escalation.openIntervention', { caseId })).reason).toBe('intervention_already_open');
    expect((await refusal('escalation.toOwner', { caseId, reason: 'no_agreement' })).reason).toBe('escalation_with_platform');
    expect(snapshot()).toEqual(before);
  });

  it('refuses bad input with a clear reason and stores nothing', async () => {
    const caseId = await newCase('004');
    const other = await newCase('005');
    const foreign = await t.call('communications.add', { caseId: other, direction: 'inbound', text: '别的单' }, 'service');
    let before = snapshot();
    expect((await refusal('escalation.toOwner', { caseId, reason: 'other' })).reason).toBe('escalation_reason_text_required');
    expect((await refusal('escalation.toOwner', { caseId, reason: 'bogus' })).code).toBe('VALIDATION');
    expect((await refusal('escalation.openIntervention', { caseId, openedAt: clock + hour })).reason).toBe('intervention_time_in_future');
    expect((await refusal('escalation.openIntervention', { caseId, openedAt: clock - hour, evidenceDueAt: clock - 2 * hour })).reason).toBe(
      'evidence_due_before_opening',
    );
    expect(snapshot()).toEqual(before);

    await t.call('escalation.openIntervention', { caseId, openedAt: clock - hour, evidenceDueAt: clock + day }, 'service');
    before = snapshot();
    expect((await refusal('escalation.recordEvidence', { caseId })).reason).toBe('evidence_empty');
    expect((await refusal('escalation.recordEvidence', { caseId, messageIds: [foreign.id] })).reason).toBe('evidence_not_on_case');
    expect((await refusal('escalation.recordEvidence', { caseId, items: ['x'], submittedAt: clock - 2 * hour })).reason).toBe(
      'evidence_before_opening',
    );
    expect((await refusal('escalation.recordDecision', { caseId, decision: 'buyer' })).reason).toBe('decision_amount_required');
    expect((await refusal('escalation.recordDecision', { caseId, decision: 'split', amountFen: 0 })).reason).toBe(
      'decision_amount_required',
    );
    expect((await refusal('escalation.recordDecision', { caseId, decision: 'merchant', amountFen: 500 })).reason).toBe(
      'decision_amount_not_allowed',
    );
    expect(
      (await refusal('escalation.recordDecision', { caseId, decision: 'buyer', amountFen: 3990, decidedAt: clock - 2 * hour })).reason,
    ).toBe('decision_before_opening');
    expect(snapshot()).toEqual(before);

    // Without evidence, the decision ends the clock as no longer applying.
    await t.call('escalation.recordDecision', { caseId, decision: 'buyer', amountFen: 3990 }, 'service');
    const clocks = await t.call('clocks.forCase', { caseId }, 'service');
    expect(clocks.clocks.find((k) => k.kind === 'evidence')?.stoppedReason).toBe('not_applicable');
  });

  it('checks roles in the backend: inspectors make no move, only the owner hands back', async () => {
    const caseId = await newCase('006');
    const before = snapshot();
    for (const [method, input] of [
      ['escalation.toOwner', { caseId, reason: 'no_agreement' }],
      ['escalation.openIntervention', { caseId }],
      ['escalation.recordEvidence', { caseId, items: ['a'] }],
      ['escalation.recordDecision', { caseId, decision: 'merchant' }],
      ['escalation.handBack', { caseId, note: 'x' }],
      ['escalation.queue', {}],
    ] as const)
      expect((await refusal(method, input, 'inspector')).reason).toBe('role_forbidden');
    await t.call('escalation.toOwner', { caseId, reason: 'no_agreement' }, 'service');
    expect((await refusal('escalation.handBack', { caseId, note: 'x' }, 'service')).reason).toBe('role_forbidden');
    // Reading is open to everyone (the case page shows it).
    expect((await t.call('escalation.forCase', { caseId }, 'inspector')).level).toBe('owner');
    expect(snapshot().steps).toHaveLength(before.steps.length + 1);
  });

  it('refuses a voided case and an unknown one', async () => {
    const caseId = await newCase('007');
    await t.call('cases.void', { id: caseId, reason: '重复录入' }, 'owner');
    expect((await refusal('escalation.toOwner', { caseId, reason: 'no_agreement' })).reason).toBe('case_voided');
    expect((await refusal('escalation.forCase', { caseId: 'nope' })).reason).toBe('case_not_found');
  });
});

describe('escalation policy', () => {
  it('has defaults, takes the owner’s change key by key, and refuses hours out of range', async () => {
    expect((await t.call('settings.getPolicy', {}, 'service')).escalation).toEqual({ defaultEvidenceHours: 72, ownerAnswerHours: 4 });
    await t.call('settings.updatePolicy', { escalation: { ownerAnswerHours: 8 } }, 'owner');
    expect((await t.call('settings.getPolicy', {}, 'service')).escalation).toEqual({ defaultEvidenceHours: 72, ownerAnswerHours: 8 });
    expect((await refusal('settings.updatePolicy', { escalation: { defaultEvidenceHours: 0 } }, 'owner')).code).toBe('VALIDATION');
    expect((await refusal('settings.updatePolicy', { escalation: { ownerAnswerHours: 4 } }, 'service')).reason).toBe('role_forbidden');
    expect((await t.call('settings.getPolicy', {}, 'owner')).escalation.ownerAnswerHours).toBe(8);
  });
});
