import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseChinaTime } from '../../../../shared/domain/time';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { insertCatalogFixture } from '../../../../test/support/catalog-fixture';
import { samplesDir, upload } from '../../../../test/integration/import-helpers';

const hour = 3_600_000;
const day = 24 * hour;
let clock = Date.UTC(2026, 9, 10, 2, 0, 0);
let t: TestBackend;

beforeEach(async () => {
  clock = Date.UTC(2026, 9, 10, 2, 0, 0);
  t = startTestBackend({ now: () => clock });
  await t.withUsers();
});
afterEach(() => t.close());

const importText = async (name: string, text: string) => {
  const ref = await upload(t, name, text);
  const preview = await t.call('imports.preview', { uploadId: ref.uploadId });
  await t.call('imports.commit', { importId: preview.importId });
};
const caseId = (caseNumber: string) =>
  (t.backend.db.prepare(`SELECT id FROM after_sales_cases WHERE case_number = ?`).get(caseNumber) as { id: string }).id;
const clocksOf = (caseNumber: string) => t.call('clocks.forCase', { caseId: caseId(caseNumber) }, 'service');
const history = async (caseNumber: string) =>
  (await clocksOf(caseNumber)).clocks.map((k) => [k.kind, k.armedReason, k.stoppedReason] as const);

const orders = () => readFileSync(join(samplesDir, 'pdd-orders.csv'), 'utf8');
const cases = () => readFileSync(join(samplesDir, 'pdd-aftersales.csv'), 'utf8');
/** The samples without the 商家处理截止时间 column (the last one): an export from an account whose layout lacks it. */
const withoutDeadline = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/,[^,]*$/, ''))
    .join('\n');
const pendingCase = '231860907422'; // 换货, 退货退款，待商家处理, requested 2026-10-07 23:14 China time
const pendingRow = '231860907422,260929-335326502014620,换货,退货退款，待商家处理';

describe('clocks from imports', () => {
  it('an export without a deadline column gets the policy default from the request time', async () => {
    await t.call('settings.updatePolicy', { responseHours: 36 }, 'owner');
    await importText('orders.csv', orders());
    await importText('cases.csv', withoutDeadline(cases()));
    const requestedAt = parseChinaTime('2026-10-07 23:14:00') ?? 0;
    const view = await clocksOf(pendingCase);
    expect(view.clocks).toHaveLength(1);
    expect(view.clocks[0]).toMatchObject({
      kind: 'respond',
      dueAt: requestedAt + 36 * hour,
      armedReason: 'policy_default',
      armedByFile: 'cases.csv',
    });
    expect(view.merchantDeadlineAt).toBe(requestedAt + 36 * hour);
    // Cases waiting on the buyer or the platform get no merchant clock.
    expect((await clocksOf('890840883459')).clocks).toEqual([]);
  });

  it('re-arms when a newer export sends a case back to the merchant, and the history shows each step', async () => {
    await importText('orders.csv', orders());
    await importText('cases.csv', cases());
    const exportDeadline = parseChinaTime('2026-10-09 23:14:00');
    expect((await clocksOf(pendingCase)).clocks[0]).toMatchObject({
      kind: 'respond',
      dueAt: exportDeadline,
      armedReason: 'export_deadline',
    });

    clock += 2 * hour;
    await importText('cases-platform.csv', cases().replace(pendingRow, '231860907422,260929-335326502014620,换货,平台处理中'));
    expect(await history(pendingCase)).toEqual([['respond', 'export_deadline', 'met']]);

    // Back to the merchant in an export without the deadline column: the policy's hours from now.
    clock += 5 * hour;
    await importText('cases-back.csv', withoutDeadline(cases()));
    const view = await clocksOf(pendingCase);
    expect(view.clocks.map((k) => [k.kind, k.armedReason, k.stoppedReason, k.armedByFile])).toEqual([
      ['respond', 'export_deadline', 'met', 'cases.csv'],
      ['respond', 'back_to_merchant', null, 'cases-back.csv'],
    ]);
    expect(view.clocks[0]?.stoppedByFile).toBe('cases-platform.csv');
    expect(view.clocks[1]?.dueAt).toBe(clock + 48 * hour);
    expect(view.merchantDeadlineAt).toBe(clock + 48 * hour);

    // The platform moves the deadline: the running clock is re-armed to the export's time.
    clock += hour;
    await importText(
      'cases-moved.csv',
      cases().replace(`${pendingRow},`, `${pendingRow},`).replace('2026-10-09 23:14:00', '2026-10-12 12:00:00'),
    );
    const moved = await clocksOf(pendingCase);
    expect(moved.clocks.map((k) => [k.armedReason, k.stoppedReason])).toEqual([
      ['export_deadline', 'met'],
      ['back_to_merchant', 'rearmed'],
      ['export_deadline', null],
    ]);
    expect(moved.merchantDeadlineAt).toBe(parseChinaTime('2026-10-12 12:00:00'));

    // The same file again changes nothing.
    await importText('cases-moved-again.csv', cases().replace('2026-10-09 23:14:00', '2026-10-12 12:00:00'));
    expect((await clocksOf(pendingCase)).clocks).toHaveLength(3);
  });

  it('an export showing the case answered in the back office before its deadline counts as answered in time on the dashboard', async () => {
    const exportDeadline = parseChinaTime('2026-10-09 23:14:00') ?? 0;
    // The deadline (a Friday) falls in the week of Monday 2026-10-05, China time.
    const weekStart = Date.UTC(2026, 9, 4, 16);
    const deadlineRow = async () =>
      (await t.call('analytics.dashboard', { filter: {}, minVolume: 0 }, 'owner')).deadline.weeks.find((w) => w.week === '2026-10-05');
    clock = exportDeadline - 10 * hour;
    await importText('orders.csv', orders());
    await importText('cases.csv', cases());
    // Answered on the platform 2 h later: the next export shows the case waiting on the buyer.
    clock += 2 * hour;
    await importText(
      'cases-answered.csv',
      cases().replace(pendingRow, '231860907422,260929-335326502014620,换货,已同意退货退款，待用户发货'),
    );
    const respondedAt = (
      t.backend.db.prepare(`SELECT responded_at FROM after_sales_cases WHERE case_number = ?`).get(pendingCase) as { responded_at: number }
    ).responded_at;
    expect(respondedAt).toBe(clock);
    // Once every deadline has passed, the sample's other cases still waiting on the merchant are the only misses.
    clock = exportDeadline + 30 * day;
    const row = await deadlineRow();
    const stillWaiting = t.backend.db
      .prepare(
        `SELECT count(*) FROM after_sales_cases WHERE waiting_on = 'merchant' AND merchant_deadline_at >= ? AND merchant_deadline_at < ?`,
      )
      .pluck()
      .get(weekStart, weekStart + 7 * day) as number;
    expect(row).toMatchObject({ answeredInTime: 1, due: stillWaiting + 1 });
  });

  it('an export that shows the answer only after the deadline leaves the case a miss (its time is unknown)', async () => {
    const exportDeadline = parseChinaTime('2026-10-09 23:14:00') ?? 0;
    clock = exportDeadline - 10 * hour;
    await importText('orders.csv', orders());
    await importText('cases.csv', cases());
    clock = exportDeadline + hour;
    await importText(
      'cases-answered.csv',
      cases().replace(pendingRow, '231860907422,260929-335326502014620,换货,已同意退货退款，待用户发货'),
    );
    expect(t.backend.db.prepare(`SELECT responded_at FROM after_sales_cases WHERE case_number = ?`).pluck().get(pendingCase)).toBeNull();
  });

  it('an export that finishes a case arms its follow-up', async () => {
    await t.call('settings.updatePolicy', { followUp: { days: 4 } }, 'owner');
    await importText('orders.csv', orders());
    await importText('cases.csv', cases());
    clock += day;
    await importText('cases-done.csv', cases().replace(pendingRow, '231860907422,260929-335326502014620,换货,退款成功'));
    expect(await history(pendingCase)).toEqual([
      ['respond', 'export_deadline', 'met'],
      ['follow_up', 'resolved', null],
    ]);
    const tasks = await t.call('clocks.tasks', { scope: 'team' }, 'service');
    expect(tasks.rows.map((r) => [r.caseNumber, r.kind, r.dueAt])).toEqual([[pendingCase, 'follow_up', clock + 4 * day]]);
  });
});

describe('clocks from the desk', () => {
  beforeEach(() => insertCatalogFixture(t.backend.db, clock));
  const newCase = async (suffix: string, extra: { status?: 'pending_merchant' | 'platform_review'; requestedAt?: number } = {}) => {
    await t.call(
      'orders.create',
      { orderNumber: `261001-${suffix}`, status: 'signed', lines: [{ skuCode: 'TS-RED-M', quantity: 1, unitPriceFen: 3990 }] },
      'service',
    );
    return t.call(
      'cases.create',
      {
        caseNumber: `C-${suffix}`,
        orderNumber: `261001-${suffix}`,
        type: 'return_refund',
        reasonCategory: 'quality',
        refundFen: 3990,
        ...extra,
      },
      'service',
    );
  };

  it('arms the refund clock when the goods arrive, at most the legal 7 days', async () => {
    await t.call('settings.updatePolicy', { refundHours: 24 }, 'owner');
    const created = await newCase('R1');
    expect(created.deadlineAt).toBe(clock + 48 * hour);
    clock += 3 * hour;
    await t.call('receiving.receive', { caseId: created.id, packageCondition: 'intact' }, 'inspector');
    const view = await t.call('clocks.forCase', { caseId: created.id }, 'service');
    expect(view.clocks.map((k) => [k.kind, k.armedReason, k.stoppedReason, k.armedByName])).toEqual([
      ['respond', 'policy_default', 'met', 'Service'],
      ['refund', 'goods_received', null, 'Inspector'],
    ]);
    expect(view.clocks[1]?.dueAt).toBe(clock + 24 * hour);
    expect(view.merchantDeadlineAt).toBe(clock + 24 * hour);
    const listed = await t.call('cases.list', { group: 'open' }, 'service');
    expect(listed.rows.find((r) => r.id === created.id)?.deadlineAt).toBe(clock + 24 * hour);

    // A policy longer than the law is cut to 168 h.
    await t.call('settings.updatePolicy', { refundHours: 300 }, 'owner');
    const late = await newCase('R2');
    await t.call('receiving.receive', { caseId: late.id, packageCondition: 'intact' }, 'inspector');
    const lateView = await t.call('clocks.forCase', { caseId: late.id }, 'service');
    expect(lateView.merchantDeadlineAt).toBe(clock + 168 * hour);

    // Refunded: the refund clock is met, and the follow-up appears.
    clock += hour;
    await t.call('cases.update', { id: created.id, status: 'succeeded' }, 'service');
    expect((await t.call('clocks.forCase', { caseId: created.id }, 'service')).clocks.map((k) => [k.kind, k.stoppedReason])).toEqual([
      ['respond', 'met'],
      ['refund', 'met'],
      ['follow_up', null],
    ]);
  });

  it('re-arms the respond clock when the desk sends a case back to the merchant', async () => {
    const created = await newCase('B1');
    await t.call('cases.update', { id: created.id, status: 'awaiting_buyer' }, 'service');
    clock += 10 * hour;
    const back = await t.call('cases.update', { id: created.id, status: 'pending_merchant' }, 'service');
    expect(back.deadlineAt).toBe(clock + 48 * hour);
    expect((await t.call('clocks.forCase', { caseId: created.id }, 'service')).clocks.map((k) => [k.armedReason, k.stoppedReason])).toEqual(
      [
        ['policy_default', 'met'],
        ['back_to_merchant', null],
      ],
    );
  });

  it('records the first response time: request → first outgoing message', async () => {
    const created = await newCase('F1', { requestedAt: clock - 5 * hour });
    expect((await t.call('clocks.forCase', { caseId: created.id }, 'service')).firstResponseMs).toBeNull();
    await t.call(
      'communications.add',
      { caseId: created.id, direction: 'outbound', channel: 'platform_chat', text: '亲，您好' },
      'service',
    );
    clock += hour;
    await t.call(
      'communications.add',
      { caseId: created.id, direction: 'outbound', channel: 'platform_chat', text: '已为您处理' },
      'service',
    );
    expect((await t.call('clocks.forCase', { caseId: created.id }, 'service')).firstResponseMs).toBe(5 * hour);

    // A promised update is an answer too.
    const other = await newCase('F2', { requestedAt: clock - 2 * hour });
    await t.call(
      'clocks.set',
      { caseId: other.id, kind: 'promised_update', dueAt: clock + 3 * hour, note: '18:00前答复补发方案' },
      'service',
    );
    expect((await t.call('clocks.forCase', { caseId: other.id }, 'service')).firstResponseMs).toBe(2 * hour);
  });

  it('creates the follow-up on resolve with the set days, lists it, and records the satisfaction', async () => {
    await t.call('settings.updatePolicy', { followUp: { days: 5 } }, 'owner');
    const { serviceId } = { serviceId: (t.backend.db.prepare(`SELECT id FROM users WHERE role = 'service'`).get() as { id: string }).id };
    const mine = await newCase('S1');
    const theirs = await newCase('S2');
    await t.call('cases.update', { id: mine.id, assigneeId: serviceId }, 'service');
    await t.call('cases.update', { id: mine.id, status: 'succeeded' }, 'service');
    clock += hour;
    await t.call('cases.update', { id: theirs.id, status: 'closed' }, 'owner');
    const team = await t.call('clocks.tasks', { scope: 'team' }, 'service');
    expect(team.rows.map((r) => [r.caseNumber, r.kind, r.dueAt])).toEqual([
      ['C-S1', 'follow_up', clock - hour + 5 * day],
      ['C-S2', 'follow_up', clock + 5 * day],
    ]);
    const mineOnly = await t.call('clocks.tasks', { scope: 'mine' }, 'service');
    expect(mineOnly.rows.map((r) => r.caseNumber)).toEqual(['C-S1']);

    const followUp = team.rows[0]?.clockId ?? '';
    // Answered without a score, or a score without an answer: refused, nothing changes.
    expect(await t.raw('clocks.complete', { clockId: followUp, outcome: 'answered' }, 'service')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'satisfaction_required' },
    });
    expect(await t.raw('clocks.complete', { clockId: followUp, outcome: 'no_answer', satisfaction: 3 }, 'service')).toMatchObject({
      ok: false,
      error: { reason: 'satisfaction_without_answer' },
    });
    expect(await t.raw('clocks.complete', { clockId: followUp, satisfaction: 9, outcome: 'answered' }, 'service')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const done = await t.call(
      'clocks.complete',
      { clockId: followUp, outcome: 'answered', satisfaction: 4, comment: '换货很快，满意' },
      'service',
    );
    expect(done.clocks.at(-1)).toMatchObject({
      kind: 'follow_up',
      stoppedReason: 'met',
      followUpOutcome: 'answered',
      satisfaction: 4,
      comment: '换货很快，满意',
      stoppedByName: 'Service',
    });
    const second = team.rows[1]?.clockId ?? '';
    await t.call('clocks.complete', { clockId: second, outcome: 'no_answer' }, 'service');
    expect((await t.call('clocks.tasks', { scope: 'team' }, 'service')).rows).toEqual([]);
    expect(await t.raw('clocks.complete', { clockId: second, outcome: 'no_answer' }, 'service')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'clock_already_stopped' },
    });
  });

  it('refuses an evidence deadline in the past, or without platform intervention, and saves nothing', async () => {
    const intervened = await newCase('E1', { status: 'platform_review' });
    const past = await t.raw('clocks.set', { caseId: intervened.id, kind: 'evidence', dueAt: clock - hour }, 'service');
    expect(past).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'clock_due_in_past' } });
    const plain = await newCase('E2');
    const notIntervened = await t.raw('clocks.set', { caseId: plain.id, kind: 'evidence', dueAt: clock + day }, 'service');
    expect(notIntervened).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'evidence_without_intervention' } });
    expect(t.backend.db.prepare(`SELECT count(*) AS n FROM case_clocks WHERE kind = 'evidence'`).get()).toEqual({ n: 0 });

    const set = await t.call(
      'clocks.set',
      { caseId: intervened.id, kind: 'evidence', dueAt: clock + 3 * day, note: '上传开箱视频' },
      'service',
    );
    expect(set.clocks.map((k) => [k.kind, k.armedReason, k.note])).toEqual([['evidence', 'entered', '上传开箱视频']]);
    // Set again: the first is re-armed, the history keeps it.
    const again = await t.call('clocks.set', { caseId: intervened.id, kind: 'evidence', dueAt: clock + 2 * day }, 'service');
    expect(again.clocks.map((k) => [k.kind, k.stoppedReason])).toEqual([
      ['evidence', 'rearmed'],
      ['evidence', null],
    ]);
    // The merchant's clocks are not tasks; an inspector cannot set one.
    expect(await t.raw('clocks.set', { caseId: intervened.id, kind: 'promised_update', dueAt: clock + hour }, 'inspector')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('a voided case stops every clock and leaves the task list', async () => {
    const created = await newCase('V1');
    await t.call('clocks.set', { caseId: created.id, kind: 'promised_update', dueAt: clock + hour }, 'service');
    await t.call('cases.void', { id: created.id, reason: '重复录入' }, 'owner');
    const view = await t.call('clocks.forCase', { caseId: created.id }, 'service');
    expect(view.clocks.map((k) => k.stoppedReason)).toEqual(['not_applicable', 'not_applicable']);
    expect((await t.call('clocks.tasks', { scope: 'team' }, 'owner')).rows).toEqual([]);
  });
});
