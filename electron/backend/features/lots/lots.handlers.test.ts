import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { insertScanFixture, type ScanFixture } from '../../../../test/support/scan-fixtures';
import { rawQuery } from '../../db/raw-sql';

const day = (d: number) => Date.UTC(2026, 9, d, 4);
let t: TestBackend;
let fx: ScanFixture;
let white: string;

/** Three orders of the white T-shirt shipped on 3, 12 and 20 October (cases AS1–AS3), one black on 12 October. */
beforeEach(async () => {
  t = startTestBackend();
  await t.withUsers();
  fx = insertScanFixture(t.backend.db, [
    { caseNumber: 'AS1', orderNumber: 'O1', status: 'received' },
    { caseNumber: 'AS2', orderNumber: 'O2', status: 'received' },
    { caseNumber: 'AS3', orderNumber: 'O3', status: 'received' },
    { caseNumber: 'AS4', orderNumber: 'O4', skuCode: 'TS-100-BK-L', status: 'received' },
  ]);
  const ship = t.backend.db.prepare('UPDATE orders SET paid_at = ?, shipped_at = ? WHERE id = ?');
  ship.run(day(2), day(3), fx.orderIds.O1);
  ship.run(day(11), day(12), fx.orderIds.O2);
  ship.run(day(19), day(20), fx.orderIds.O3);
  ship.run(day(11), day(12), fx.orderIds.O4);
  white = fx.skuIds['TS-100-WH-M']!;
});
afterEach(() => t.close());

const errorOf = async (method: string, input: unknown, session = 'owner') => {
  const result = await t.raw(method, input, session);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error;
};
const lineLots = () =>
  rawQuery<{ order: string; lot: string | null; basis: string | null }>(
    t.backend.db,
    `SELECT o.order_number AS "order", lt.lot_code AS lot, l.lot_basis AS basis
     FROM order_lines l JOIN orders o ON o.id = l.order_id LEFT JOIN lots lt ON lt.id = l.lot_id ORDER BY o.order_number`,
  ).all();
const receive = (lotCode: string, receivedAt: number, quantity: number, skuId = white) =>
  t.call('lots.receive', { lotCode, skuId, quantity, receivedAt, unitCostFen: 1850 });

describe('lots', () => {
  it('the owner receives lots; sales are attributed first-in-first-out, never to a lot received after shipping', async () => {
    const supplier = await t.call('suppliers.create', { name: '义乌织造' });
    await t.call('suppliers.linkProduct', {
      productId: rawQuery<{ id: string }>(t.backend.db, 'SELECT id FROM products').one().id,
      supplierId: supplier.id,
    });
    const a = await receive('L2610A', day(1), 1);
    expect(a).toMatchObject({
      lotCode: 'L2610A',
      supplierName: '义乌织造',
      quantity: 1,
      unitCostFen: 1850,
      skuCode: 'TS-100-WH-M',
      estimatedUnits: 1,
    });
    await receive('L2610B', day(15), 5);
    expect(lineLots()).toEqual([
      { order: 'O1', lot: 'L2610A', basis: 'fifo' }, // A's only unit
      { order: 'O2', lot: null, basis: null }, // shipped 12 Oct: A is used up, B arrived on 15 Oct
      { order: 'O3', lot: 'L2610B', basis: 'fifo' },
      { order: 'O4', lot: null, basis: null }, // another SKU
    ]);
    const audit = await t.call('audit.list', { entity: 'lot', entityId: a.id }, 'owner');
    expect(audit.rows[0]).toMatchObject({ action: 'receive', after: { lotCode: 'L2610A', quantity: 1 } });
  });

  it('refuses bad lots with a reason and writes nothing: 0 units, negative cost, a code used twice, a deactivated supplier, other roles', async () => {
    await receive('L2610A', day(1), 10);
    const base = { lotCode: 'L2610Z', skuId: white, quantity: 10, receivedAt: day(1), unitCostFen: 100 };
    expect(await errorOf('lots.receive', { ...base, quantity: 0 })).toMatchObject({ code: 'VALIDATION', params: { field: 'quantity' } });
    expect(await errorOf('lots.receive', { ...base, unitCostFen: -1 })).toMatchObject({
      code: 'VALIDATION',
      params: { field: 'unitCostFen' },
    });
    expect(await errorOf('lots.receive', { ...base, lotCode: 'l2610a' })).toMatchObject({
      code: 'CONFLICT',
      reason: 'lot_code_taken',
      params: { lotCode: 'L2610A' },
    });
    expect(await errorOf('lots.receive', { ...base, lotCode: '批次 1' })).toMatchObject({
      code: 'VALIDATION',
      params: { field: 'lotCode' },
    });
    const off = await t.call('suppliers.create', { name: '停用的厂' });
    await t.call('suppliers.update', { id: off.id, active: false });
    expect(await errorOf('lots.receive', { ...base, supplierId: off.id })).toMatchObject({ reason: 'supplier_inactive' });
    expect(await errorOf('lots.receive', { ...base, skuId: 'nope' })).toMatchObject({ reason: 'sku_not_found' });
    for (const session of ['inspector', 'service']) {
      expect(await errorOf('lots.receive', base, session)).toMatchObject({ code: 'FORBIDDEN' });
      expect(await errorOf('lots.void', { id: 'x', reason: 'r' }, session)).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await errorOf('lots.recordLabel', { inspectionId: 'x', lotCode: 'L2610A' }, 'service')).toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.call('lots.list', {}, 'service')).total).toBe(1);
  });

  it('voiding a lot (with a reason) keeps it on file, drops it from attribution and re-attributes the SKU', async () => {
    const a = await receive('L2610A', day(1), 1);
    await receive('L2610C', day(2), 5);
    expect(
      lineLots()
        .slice(0, 3)
        .map((r) => r.lot),
    ).toEqual(['L2610A', 'L2610C', 'L2610C']);
    expect(await errorOf('lots.void', { id: a.id, reason: '' })).toMatchObject({ code: 'VALIDATION', params: { field: 'reason' } });
    const voided = await t.call('lots.void', { id: a.id, reason: '录错了数量' });
    expect(voided).toMatchObject({ voidReason: '录错了数量', estimatedUnits: 0 });
    expect(voided.voidedAt).not.toBeNull();
    expect(
      lineLots()
        .slice(0, 3)
        .map((r) => r.lot),
    ).toEqual(['L2610C', 'L2610C', 'L2610C']);
    expect((await t.call('lots.list', {})).rows.map((l) => l.lotCode)).toEqual(['L2610C']);
    expect((await t.call('lots.list', { includeVoided: true, q: '2610a' })).rows.map((l) => l.lotCode)).toEqual(['L2610A']);
    expect(await errorOf('lots.void', { id: a.id, reason: '再来一次' })).toMatchObject({ reason: 'lot_already_voided' });
  });

  it('the inspector records the lot label found on a returned item: the strongest link, it uses up the lot first, audited', async () => {
    await receive('L2610A', day(1), 1);
    await receive('L2610B', day(10), 5);
    await receive('L2610K', day(1), 5, fx.skuIds['TS-100-BK-L']);
    // Without labels O1 takes A's one unit; the item returned on O3 carries A's label, so A is O3's and O1 falls to nothing.
    const draft = await t.call('inspections.saveDraft', { caseId: fx.caseIds.AS3!, grade: 'C' }, 'inspector');
    expect(await errorOf('lots.recordLabel', { inspectionId: draft.id, lotCode: 'NOPE1' }, 'inspector')).toMatchObject({
      reason: 'lot_label_unknown',
      params: { lotCode: 'NOPE1' },
    });
    expect(await errorOf('lots.recordLabel', { inspectionId: draft.id, lotCode: 'L2610K' }, 'inspector')).toMatchObject({
      reason: 'lot_label_other_sku',
      params: { lotCode: 'L2610K', skuCode: 'TS-100-BK-L' },
    });
    expect(await t.call('lots.recordLabel', { inspectionId: draft.id, lotCode: 'l2610a' }, 'inspector')).toMatchObject({
      lotCode: 'L2610A',
    });
    expect(lineLots()).toEqual([
      { order: 'O1', lot: null, basis: null },
      { order: 'O2', lot: 'L2610B', basis: 'fifo' },
      { order: 'O3', lot: 'L2610A', basis: 'label' },
      { order: 'O4', lot: 'L2610K', basis: 'fifo' },
    ]);
    expect(await t.call('lots.ofInspection', { inspectionId: draft.id }, 'inspector')).toMatchObject({ lotCode: 'L2610A' });
    const share = await t.call('lots.attributionShare', {}, 'service');
    expect(share.total).toEqual({ key: '', name: '', labelled: 1, estimated: 2, unknown: 1 });
    // Clearing a wrong label gives the line back to the estimate.
    await t.call('lots.recordLabel', { inspectionId: draft.id, lotCode: null }, 'owner');
    expect(lineLots().map((r) => r.basis)).toEqual(['fifo', 'fifo', 'fifo', 'fifo']);
    const audit = await t.call('audit.list', { entity: 'inspection', entityId: draft.id }, 'owner');
    expect(audit.rows.filter((r) => r.action === 'lot_label')).toHaveLength(2);
  });

  it('the share of returned units by label and by estimate matches plain SQL over the raw tables', async () => {
    await receive('L2610A', day(1), 2);
    await receive('L2610B', day(10), 5);
    const draft = await t.call('inspections.saveDraft', { caseId: fx.caseIds.AS2!, grade: 'B' }, 'inspector');
    await t.call('lots.recordLabel', { inspectionId: draft.id, lotCode: 'L2610B' }, 'inspector');
    const share = await t.call('lots.attributionShare', {});
    const plain = rawQuery<{ code: string; basis: string; units: number }>(
      t.backend.db,
      `SELECT lt.lot_code AS code, l.lot_basis AS basis, sum(c.requested_quantity) AS units
       FROM after_sales_cases c JOIN order_lines l ON l.id = c.order_line_id JOIN lots lt ON lt.id = l.lot_id
       GROUP BY 1, 2 ORDER BY 1, 2`,
    ).all();
    const fromShare = share.byLot.flatMap((r) => [
      ...(r.estimated ? [{ code: r.name, basis: 'fifo', units: r.estimated }] : []),
      ...(r.labelled ? [{ code: r.name, basis: 'label', units: r.labelled }] : []),
    ]);
    expect(fromShare).toEqual(plain);
    expect(share.total.labelled + share.total.estimated + share.total.unknown).toBe(4);
  });
});
