import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../../shared/contract/errors';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { insertCatalogFixture } from '../../../../test/support/catalog-fixture';
import { postJson } from '../../../../test/support/http-post';
import { startHttpTransport, type HttpTransport } from '../../transport/http-server';

/**
 * The service desk's queue through the real HTTP transport over a real SQLite file: each person logs in with
 * their PIN under their own cookie, as two browser windows would.
 */
const hour = 3_600_000;
const start = Date.UTC(2026, 5, 1, 2, 0, 0);
let clock = start;
let t: TestBackend;
let transport: HttpTransport;
let ids: { ownerId: string; inspectorId: string; serviceId: string; service2Id: string };

type Send = (method: string, input: unknown) => Promise<Result<unknown>>;
const loginAs = async (userId: string, pin: string): Promise<Send> => {
  const headers = { Authorization: `Bearer ${transport.token}`, Host: `127.0.0.1:${transport.port}`, 'Content-Type': 'application/json' };
  let cookie = /rl_sid=[^;]+/.exec((await postJson(transport.port, '/api/auth.status', headers, '{}')).setCookie)![0];
  const send: Send = async (method, input) => {
    const answer = await postJson(transport.port, `/api/${method}`, { ...headers, Cookie: cookie }, JSON.stringify(input));
    cookie = /rl_sid=[^;]+/.exec(answer.setCookie)?.[0] ?? cookie;
    return answer.json;
  };
  expect(await send('auth.login', { userId, pin })).toMatchObject({ ok: true });
  return send;
};
const valueOf = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
};

interface Row {
  id: string;
  caseNumber: string;
  assigneeId: string | null;
  assigneeName: string | null;
}
interface Queue {
  rows: Row[];
  total: number;
  counts: { mine: number; team: number; others: number };
  counter: { overdue: number; dueSoon: number };
}

/** A case due `hoursLeft` from now (negative: overdue), in the given status (awaiting_buyer waits on the buyer). */
const addCase = async (
  suffix: string,
  hoursLeft: number,
  status: 'pending_merchant' | 'awaiting_buyer' | 'platform_review' = 'pending_merchant',
) => {
  await t.call(
    'orders.create',
    { orderNumber: `260601-${suffix}`, status: 'signed', lines: [{ skuCode: 'TS-RED-M', quantity: 1, unitPriceFen: 3990 }] },
    'service',
  );
  const created = await t.call(
    'cases.create',
    {
      caseNumber: `C-${suffix}`,
      orderNumber: `260601-${suffix}`,
      type: 'return_refund',
      reasonCategory: 'quality',
      status,
      requestedAt: clock - 72 * hour,
      deadlineAt: clock + hoursLeft * hour,
    },
    'service',
  );
  return created.id;
};

const plainCount = (sql: string, ...params: unknown[]) => (t.backend.db.prepare(sql).get(...params) as { n: number }).n;

beforeEach(async () => {
  clock = start;
  t = startTestBackend({ now: () => clock });
  const users = await t.withUsers();
  const second = await t.call('users.create', { name: '小周', role: 'service', pin: '456789' }, 'owner');
  ids = { ...users, service2Id: second.id };
  insertCatalogFixture(t.backend.db, clock);
  transport = await startHttpTransport({ backend: t.backend, maxJsonBytes: 64 * 1024 });
});
afterEach(async () => {
  await transport.close();
  t.close();
});

describe('the service queue', () => {
  it('lists the merchant’s cases by time left, keeps cases waiting on others apart, and counts what plain SQL counts', async () => {
    await addCase('LATER', 30);
    await addCase('LATE', -3);
    await addCase('SOON', 1.5);
    await addCase('BUYER', -10, 'awaiting_buyer');
    await addCase('PLATFORM', -1, 'platform_review');
    const service = await loginAs(ids.serviceId, '345678');

    const team = valueOf<Queue>(await service('desk.queue', { scope: 'team' }));
    expect(team.rows.map((r) => r.caseNumber)).toEqual(['C-LATE', 'C-SOON', 'C-LATER']);
    // The buyer's and the platform's cases are long past their dates, yet never overdue here.
    expect(team.counter).toMatchObject({ overdue: 1, dueSoon: 1 });
    expect(team.counts).toEqual({ mine: 0, team: 3, others: 2 });
    expect(team.counter.overdue).toBe(
      plainCount(
        `SELECT count(*) AS n FROM after_sales_cases WHERE waiting_on = 'merchant' AND voided_at IS NULL AND merchant_deadline_at < ?`,
        clock,
      ),
    );
    expect(team.counts.others).toBe(
      plainCount(`SELECT count(*) AS n FROM after_sales_cases WHERE waiting_on IN ('buyer', 'platform', 'review') AND voided_at IS NULL`),
    );

    const others = valueOf<Queue>(await service('desk.queue', { view: 'others' }));
    expect(others.rows.map((r) => r.caseNumber)).toEqual(['C-BUYER', 'C-PLATFORM']);
    const buyerOnly = valueOf<Queue>(await service('desk.queue', { view: 'others', waitingOn: 'buyer' }));
    expect(buyerOnly.rows.map((r) => r.caseNumber)).toEqual(['C-BUYER']);

    const urgent = valueOf<Queue>(await service('desk.queue', { due: 'urgent' }));
    expect(urgent.rows.map((r) => r.caseNumber)).toEqual(['C-LATE', 'C-SOON']);
    expect(valueOf<{ overdue: number; dueSoon: number }>(await service('desk.counter', {}))).toMatchObject({ overdue: 1, dueSoon: 1 });

    const bySku = valueOf<Queue>(await service('desk.queue', { skuCode: 'TS-BLU-L' }));
    expect(bySku.rows).toEqual([]);
    expect(valueOf<Queue>(await service('desk.queue', { skuCode: 'TS-RED-M' })).total).toBe(3);
  });

  it('claims into "mine"; of two people claiming the same case at once, the second is told who has it and nothing is overwritten', async () => {
    const late = await addCase('LATE', -3);
    await addCase('SOON', 1.5);
    const service = await loginAs(ids.serviceId, '345678');
    const colleague = await loginAs(ids.service2Id, '456789');

    const [first, second] = await Promise.all([service('desk.claim', { id: late }), colleague('desk.claim', { id: late })]);
    expect(first).toMatchObject({ ok: true, value: { assigneeId: ids.serviceId } });
    expect(second).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'desk_claimed_by_other', params: { caseNumber: 'C-LATE', name: 'Service' } },
    });
    expect(t.backend.db.prepare('SELECT assignee_id AS a FROM after_sales_cases WHERE id = ?').get(late)).toEqual({ a: ids.serviceId });
    // Claiming again what I hold is harmless.
    expect(await service('desk.claim', { id: late })).toMatchObject({ ok: true, value: { assigneeId: ids.serviceId } });

    const mine = valueOf<Queue>(await service('desk.queue', { scope: 'mine' }));
    expect(mine.rows.map((r) => r.caseNumber)).toEqual(['C-LATE']);
    expect(mine.counts).toMatchObject({ mine: 1, team: 2 });
    expect(valueOf<Queue>(await colleague('desk.queue', { scope: 'mine' })).rows).toEqual([]);
  });

  it('the owner assigns several cases at once; service may not assign, nor may a case go to an inspector', async () => {
    const a = await addCase('A', 5);
    const b = await addCase('B', 6);
    const owner = await loginAs(ids.ownerId, '123456');
    const service = await loginAs(ids.serviceId, '345678');

    const refused = await service('desk.assign', { ids: [a, b], assigneeId: ids.serviceId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'role_forbidden' } });
    const toInspector = await owner('desk.assign', { ids: [a], assigneeId: ids.inspectorId });
    expect(toInspector).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'desk_assignee_not_desk', params: { name: 'Inspector' } },
    });
    expect(plainCount(`SELECT count(*) AS n FROM after_sales_cases WHERE assignee_id IS NOT NULL`)).toBe(0);

    const assigned = valueOf<{ rows: Row[] }>(await owner('desk.assign', { ids: [a, b], assigneeId: ids.service2Id }));
    expect(assigned.rows.map((r) => [r.caseNumber, r.assigneeName])).toEqual([
      ['C-A', '小周'],
      ['C-B', '小周'],
    ]);
    expect(plainCount(`SELECT count(*) AS n FROM audit_log WHERE method = 'desk.assign' AND action = 'assign'`)).toBe(2);
    // A claimed case cannot be taken by someone else; the owner can still move it.
    expect(await service('desk.claim', { id: a })).toMatchObject({
      ok: false,
      error: { reason: 'desk_claimed_by_other', params: { name: '小周' } },
    });
    expect(await owner('desk.assign', { ids: [a], assigneeId: null })).toMatchObject({ ok: true });
    expect(await service('desk.claim', { id: a })).toMatchObject({ ok: true, value: { assigneeName: 'Service' } });
    // Inspectors have no desk.
    const inspector = await loginAs(ids.inspectorId, '234567');
    expect(await inspector('desk.queue', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('desktop alerts', () => {
  it('alerts once per case per threshold, never for a case waiting on someone else, and again after the deadline is re-armed', async () => {
    const soon = await addCase('SOON', 5);
    await addCase('BUYER', 0.5, 'awaiting_buyer');
    const service = await loginAs(ids.serviceId, '345678');
    const owner = await loginAs(ids.ownerId, '123456');
    const take = async (send: Send) =>
      valueOf<{ alerts: { caseNumber: string; hoursBefore: number }[] }>(await send('desk.takeAlerts', {})).alerts;

    expect(await take(service)).toEqual([]);
    clock = start + 1.5 * hour; // 3.5 h left
    expect(await take(service)).toEqual([expect.objectContaining({ caseNumber: 'C-SOON', hoursBefore: 4 })]);
    // A second poll, another window, a reload: nothing again.
    expect(await take(service)).toEqual([]);
    expect(await take(owner)).toEqual([]);
    clock = start + 4.5 * hour; // 30 min left
    expect(await take(owner)).toEqual([expect.objectContaining({ caseNumber: 'C-SOON', hoursBefore: 1 })]);
    expect(await take(service)).toEqual([]);

    // The clock re-arms (a newer export, the clocks lane): the new deadline may alert again.
    t.backend.db.prepare('UPDATE after_sales_cases SET merchant_deadline_at = ? WHERE id = ?').run(clock + 3 * hour, soon);
    expect(await take(service)).toEqual([expect.objectContaining({ caseNumber: 'C-SOON', hoursBefore: 4 })]);
    expect(plainCount(`SELECT count(*) AS n FROM desk_alerts_sent`)).toBe(3);
    // Polls that found nothing left no audit rows behind.
    expect(plainCount(`SELECT count(*) AS n FROM audit_log WHERE method = 'desk.takeAlerts'`)).toBe(3);
  });

  it('follows the owner’s thresholds, and none turns alerts off', async () => {
    await addCase('SOON', 1.5);
    const owner = await loginAs(ids.ownerId, '123456');
    expect(
      valueOf<{ deskAlerts: unknown }>(await owner('settings.updatePolicy', { deskAlerts: { hoursBefore: [1, 2] } })).deskAlerts,
    ).toEqual({
      hoursBefore: [2, 1],
    });
    expect(valueOf<{ alerts: { hoursBefore: number }[] }>(await owner('desk.takeAlerts', {})).alerts).toEqual([
      expect.objectContaining({ hoursBefore: 2 }),
    ]);
    await owner('settings.updatePolicy', { deskAlerts: { hoursBefore: [] } });
    clock += hour;
    expect(valueOf<{ alerts: unknown[] }>(await owner('desk.takeAlerts', {})).alerts).toEqual([]);
    expect(await owner('settings.updatePolicy', { deskAlerts: { hoursBefore: [0] } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
