import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { insertCatalogFixture } from '../../../../test/support/catalog-fixture';
import { rawQuery } from '../../db/raw-sql';
import { openActionsBySupplier } from './causes.repository';

const day = 86_400_000;
let clock = Date.UTC(2026, 5, 1, 2, 0, 0);
let t: TestBackend;
let users: { ownerId: string; inspectorId: string; serviceId: string };

beforeEach(async () => {
  clock = Date.UTC(2026, 5, 1, 2, 0, 0);
  t = startTestBackend({ now: () => clock });
  users = await t.withUsers();
  insertCatalogFixture(t.backend.db, clock);
});
afterEach(() => t.close());

const newCase = async (suffix: string) => {
  await t.call(
    'orders.create',
    { orderNumber: `260601-${suffix}`, status: 'signed', lines: [{ skuCode: 'TS-RED-M', quantity: 1, unitPriceFen: 3990 }] },
    'service',
  );
  const detail = await t.call(
    'cases.create',
    { caseNumber: `CASE-${suffix}`, orderNumber: `260601-${suffix}`, type: 'return_refund', reasonCategory: 'quality', refundFen: 3990 },
    'service',
  );
  return detail.id;
};

const rows = (table: string) => t.backend.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
const auditActions = (entity: string) =>
  rawQuery<{ action: string }>(t.backend.db, `SELECT action FROM audit_log WHERE entity = ? ORDER BY seq`)
    .all(entity)
    .map((a) => a.action);

describe('the root-cause list', () => {
  it('ships twelve bilingual causes in groups, and an owner adds, renames and switches one off without deleting it', async () => {
    const list = await t.call('causes.list', {}, 'inspector');
    expect(list.length).toBe(12);
    expect(list.find((c) => c.id === 'rc_size_chart')).toMatchObject({
      group: 'listing',
      nameZh: '尺码表有误',
      nameEn: 'Wrong size chart',
    });
    const created = await t.call('causes.create', { group: 'product', nameZh: '配件缺失', nameEn: 'Missing accessory' }, 'owner');
    expect(created).toMatchObject({ active: true, usageCount: 0 });
    await t.call('causes.update', { id: created.id, nameEn: 'Accessory missing', active: false }, 'owner');
    expect((await t.call('causes.list', {}, 'service')).some((c) => c.id === created.id)).toBe(false);
    expect((await t.call('causes.list', { includeInactive: true }, 'owner')).find((c) => c.id === created.id)).toMatchObject({
      nameEn: 'Accessory missing',
      active: false,
    });
    expect(auditActions('root_cause')).toEqual(['create', 'update']);
  });

  it('refuses a second cause with the same name, and non-owners editing the list', async () => {
    expect(await t.raw('causes.create', { group: 'other', nameZh: '其他', nameEn: 'Misc' }, 'owner')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'cause_name_taken', params: { name: '其他' } },
    });
    expect(await t.raw('causes.create', { group: 'other', nameZh: '新', nameEn: 'New' }, 'service')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await t.raw('causes.update', { id: 'rc_other', active: false }, 'inspector')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('a case’s root cause', () => {
  it('is recorded with a note, changed with the old one kept in the history, and audited on the case', async () => {
    const caseId = await newCase('A');
    const first = await t.call('causes.record', { caseId, causeId: 'rc_product_defect', note: '领口开线' }, 'service');
    expect(first.current).toMatchObject({ causeId: 'rc_product_defect', note: '领口开线', recordedBy: 'Service' });
    expect(first.links).toEqual({ skuId: 'sku-1', supplierId: 'sup-1', lotId: null });
    // A double click on Save writes nothing more.
    await t.call('causes.record', { caseId, causeId: 'rc_product_defect', note: '领口开线' }, 'service');
    clock += 60_000;
    const changed = await t.call('causes.record', { caseId, causeId: 'rc_size_chart', note: '尺码表偏小一码' }, 'owner');
    expect(changed.current).toMatchObject({ causeId: 'rc_size_chart', recordedBy: 'Owner' });
    expect(changed.history).toEqual([expect.objectContaining({ causeId: 'rc_product_defect', replacedBy: 'Owner', replacedAt: clock })]);
    expect(rows('case_root_causes').length).toBe(2);
    expect(auditActions('case').filter((a) => a.startsWith('root_cause'))).toEqual(['root_cause', 'root_cause_change']);
    expect((await t.call('causes.list', {}, 'owner')).find((c) => c.id === 'rc_size_chart')?.usageCount).toBe(1);
  });

  it('refuses a switched-off cause, an unknown case or cause, a voided case, and inspectors', async () => {
    const caseId = await newCase('B');
    await t.call('causes.update', { id: 'rc_other', active: false }, 'owner');
    expect(await t.raw('causes.record', { caseId, causeId: 'rc_other' }, 'service')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'cause_inactive', params: { name: '其他' } },
    });
    expect(await t.raw('causes.record', { caseId, causeId: 'nope' }, 'service')).toMatchObject({
      ok: false,
      error: { reason: 'cause_not_found' },
    });
    expect(await t.raw('causes.record', { caseId: 'nope', causeId: 'rc_slow_service' }, 'service')).toMatchObject({
      ok: false,
      error: { reason: 'case_not_found' },
    });
    expect(await t.raw('causes.record', { caseId, causeId: 'rc_slow_service' }, 'inspector')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await t.raw('causes.record', { caseId, causeId: 'rc_slow_service', note: 'x'.repeat(1001) }, 'service')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    await t.call('cases.void', { id: caseId, reason: '重复录入' }, 'owner');
    expect(await t.raw('causes.record', { caseId, causeId: 'rc_slow_service' }, 'service')).toMatchObject({
      ok: false,
      error: { reason: 'case_voided' },
    });
    expect(rows('case_root_causes')).toEqual([]);
  });
});

describe('corrective actions', () => {
  it('are raised from a case by the owner, take its cause, list as open then overdue, and are done by their owner', async () => {
    const caseId = await newCase('C');
    await t.call('causes.record', { caseId, causeId: 'rc_product_defect' }, 'service');
    const action = await t.call(
      'causes.createAction',
      { what: '要求供应商加固领口缝线', ownerId: users.serviceId, dueAt: clock + 7 * day, caseId, skuId: 'sku-1', supplierId: 'sup-1' },
      'owner',
    );
    expect(action).toMatchObject({
      status: 'open',
      overdue: false,
      causeId: 'rc_product_defect',
      caseNumber: 'CASE-C',
      skuCode: 'TS-RED-M',
      supplierName: '义乌织造',
      ownerName: 'Service',
    });
    expect(openActionsBySupplier(t.backend.db, 'sup-1').map((a) => a.id)).toEqual([action.id]);
    expect((await t.call('causes.ofCase', { caseId }, 'service')).actions.map((a) => a.id)).toEqual([action.id]);

    clock += 8 * day;
    const overdue = await t.call('causes.actions', { view: 'overdue' }, 'owner');
    expect(overdue.actions.map((a) => a.id)).toEqual([action.id]);
    expect(overdue.counts).toEqual({ open: 1, overdue: 1 });
    expect((await t.call('causes.actions', { view: 'open', ownerId: users.ownerId }, 'owner')).actions).toEqual([]);

    const done = await t.call('causes.completeAction', { id: action.id, outcome: '供应商已改用双线包边，新批次抽检合格' }, 'service');
    expect(done).toMatchObject({ status: 'done', overdue: false, closedBy: 'Service', closedAt: clock });
    expect(openActionsBySupplier(t.backend.db, 'sup-1')).toEqual([]);
    expect((await t.call('causes.actions', { view: 'done' }, 'service')).actions.map((a) => a.id)).toEqual([action.id]);
    expect(await t.raw('causes.completeAction', { id: action.id, outcome: 'again' }, 'owner')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'action_closed' },
    });
    expect(auditActions('corrective_action')).toEqual(['create', 'done']);
  });

  it('refuse a past due date, an inactive or unknown owner, unknown links, and service raising, dropping or closing another’s action', async () => {
    const base = { what: '更新尺码表', ownerId: users.ownerId, dueAt: clock + day };
    expect(await t.raw('causes.createAction', { ...base, dueAt: clock - day }, 'owner')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'action_due_in_past' },
    });
    expect(await t.raw('causes.createAction', { ...base, ownerId: 'nobody' }, 'owner')).toMatchObject({
      ok: false,
      error: { reason: 'user_not_found' },
    });
    t.backend.db.prepare(`UPDATE users SET active = 0 WHERE id = ?`).run(users.inspectorId);
    expect(await t.raw('causes.createAction', { ...base, ownerId: users.inspectorId }, 'owner')).toMatchObject({
      ok: false,
      error: { reason: 'action_owner_inactive' },
    });
    expect(await t.raw('causes.createAction', { ...base, supplierId: 'sup-x' }, 'owner')).toMatchObject({
      ok: false,
      error: { reason: 'supplier_not_found' },
    });
    expect(await t.raw('causes.createAction', { ...base, lotId: 'lot-x' }, 'owner')).toMatchObject({
      ok: false,
      error: { reason: 'lot_not_found' },
    });
    expect(await t.raw('causes.createAction', { ...base, what: '   ' }, 'owner')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await t.raw('causes.createAction', base, 'service')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(rows('corrective_actions')).toEqual([]);

    const action = await t.call('causes.createAction', { ...base, process: '详情页尺码表' }, 'owner');
    expect(await t.raw('causes.completeAction', { id: action.id, outcome: '已更新' }, 'service')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'action_not_yours' },
    });
    expect(await t.raw('causes.dropAction', { id: action.id, reason: '不做了' }, 'service')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const dropped = await t.call('causes.dropAction', { id: action.id, reason: '换季下架，不再销售' }, 'owner');
    expect(dropped).toMatchObject({ status: 'dropped', outcome: '换季下架，不再销售', process: '详情页尺码表' });
    expect((await t.call('causes.actions', { view: 'dropped' }, 'owner')).actions.length).toBe(1);
    expect((await t.call('causes.actions', { view: 'open' }, 'owner')).counts).toEqual({ open: 0, overdue: 0 });
  });
});
