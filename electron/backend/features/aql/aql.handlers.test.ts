import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { insertCatalogFixture } from '../../../../test/support/catalog-fixture';

let clock = Date.UTC(2026, 5, 1, 2, 0, 0);
let t: TestBackend;
let seam = '';
let stain = '';
let broken = '';

beforeEach(async () => {
  clock = Date.UTC(2026, 5, 1, 2, 0, 0);
  t = startTestBackend({ now: () => clock++ });
  await t.withUsers();
  insertCatalogFixture(t.backend.db, clock);
  // A lot of 1,200 units: level II → J, n = 80 (major 2.5: 5/6, minor 4.0: 7/8, critical 0: 0/1).
  t.backend.db
    .prepare(
      `INSERT INTO lots (id, sku_id, supplier_id, lot_code, received_at, quantity, created_at) VALUES ('lot-big', 'sku-2', 'sup-1', 'L1200', ?, 1200, ?)`,
    )
    .run(clock, clock);
  seam = (
    await t.call('taxonomy.create', {
      code: 'T_SEAM',
      nameZh: '测试开线',
      nameEn: 'Open seam',
      category: 'workmanship',
      defaultClass: 'major',
    })
  ).id;
  stain = (
    await t.call('taxonomy.create', { code: 'T_STAIN', nameZh: '测试污渍', nameEn: 'Stain', category: 'appearance', defaultClass: 'minor' })
  ).id;
  broken = (
    await t.call('taxonomy.create', {
      code: 'T_SHARP',
      nameZh: '测试锐边',
      nameEn: 'Sharp edge',
      category: 'safety',
      defaultClass: 'critical',
    })
  ).id;
});
afterEach(() => t.close());

const count = (sql: string): number => (t.backend.db.prepare(sql).get() as { n: number }).n;
const errorOf = async (method: string, input: unknown, session = 'owner') => {
  const result = await t.raw(method, input, session);
  if (result.ok) throw new Error(`${method} should have failed`);
  return result.error;
};

/** Records units 1…n; `majorOn` lists unit numbers with an open seam. */
const recordUnits = async (inspectionId: string, from: number, to: number, majorOn: number[] = []) => {
  let view = await t.call('aql.get', { inspectionId }, 'inspector');
  for (let unitNo = from; unitNo <= to; unitNo++) {
    view = await t.call(
      'aql.recordUnit',
      { inspectionId, unitNo, defects: majorOn.includes(unitNo) ? [{ defectTypeId: seam, class: 'major' }] : [] },
      'inspector',
    );
  }
  return view;
};

describe('aql.lookup / aql.start: the plan of a lot', () => {
  it('shows code letter J and n = 80 with Ac/Re per class for a lot of 1,200 at level II', async () => {
    const found = await t.call('aql.lookup', { lotCode: 'L1200' }, 'inspector');
    expect(found.lot).toMatchObject({ lotCode: 'L1200', supplierName: '义乌织造', quantity: 1200 });
    expect(found.settings).toEqual({ level: 'II', critical: 0, major: 2.5, minor: 4, source: 'default' });
    expect(found.scheme.mode).toBe('normal');
    expect(found.preview).toMatchObject({ severity: 'normal', codeLetter: 'J', sampleSize: 80 });
    expect(found.preview?.plans.map((p) => [p.class, p.sampleSize, p.accept, p.reject])).toEqual([
      ['critical', 80, 0, 1],
      ['major', 80, 5, 6],
      ['minor', 80, 7, 8],
    ]);
    const started = await t.call('aql.start', { lotId: 'lot-big' }, 'inspector');
    expect(started.inspection).toMatchObject({ state: 'draft', codeLetter: 'J', sampleSize: 80, unitsInspected: 0, verdict: 'open' });
    // Starting again reopens the same draft (a reload).
    const again = await t.call('aql.start', { lotId: 'lot-big' }, 'inspector');
    expect(again.inspection?.id).toBe(started.inspection?.id);
    expect(count(`SELECT count(*) n FROM inspections WHERE kind = 'lot'`)).toBe(1);
  });

  it('follows the arrow: a product override at AQL 1.0 on a lot of 40 samples 13 units for that class', async () => {
    t.backend.db
      .prepare(
        `INSERT INTO lots (id, sku_id, supplier_id, lot_code, quantity, created_at) VALUES ('lot-40', 'sku-1', 'sup-1', 'L40', 40, ?)`,
      )
      .run(clock);
    await t.call('aql.saveSettings', { supplierId: 'sup-1', productId: 'prod-1', level: 'II', critical: 0, major: 1, minor: 4 });
    const found = await t.call('aql.lookup', { lotCode: 'L40' }, 'inspector');
    expect(found.settings.source).toBe('product');
    const major = found.preview?.plans.find((p) => p.class === 'major');
    expect(major).toMatchObject({ row: 'E', sampleSize: 13, accept: 0, reject: 1, followedArrow: true });
    expect(found.preview?.codeLetter).toBe('D');
  });

  it('refuses an unknown lot code, a lot without a size, and a product of another supplier, with a reason', async () => {
    expect(await errorOf('aql.lookup', { lotCode: 'NOPE' }, 'inspector')).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'aql_lot_not_found',
      params: { lotCode: 'NOPE' },
    });
    t.backend.db
      .prepare(
        `INSERT INTO lots (id, sku_id, supplier_id, lot_code, quantity, created_at) VALUES ('lot-0', 'sku-1', 'sup-1', 'L0', NULL, ?)`,
      )
      .run(clock);
    expect(await errorOf('aql.start', { lotId: 'lot-0' }, 'inspector')).toMatchObject({ reason: 'aql_lot_too_small' });
    expect(
      await errorOf('aql.saveSettings', { supplierId: 'sup-2', productId: 'prod-1', level: 'II', critical: 0, major: 2.5, minor: 4 }),
    ).toMatchObject({
      reason: 'aql_product_not_of_supplier',
    });
    expect(
      await errorOf('aql.saveSettings', { supplierId: 'sup-1', productId: null, level: 'II', critical: 0, major: 2.2, minor: 4 }),
    ).toMatchObject({
      code: 'VALIDATION',
    });
    // A value a hair from a table value is not one: it would be stored and then fail the table lookup.
    for (const critical of [1e-285, 2.5000000001])
      expect(
        await errorOf('aql.saveSettings', { supplierId: 'sup-1', productId: null, level: 'II', critical, major: 2.5, minor: 4 }),
      ).toMatchObject({ code: 'VALIDATION' });
    expect(count(`SELECT count(*) n FROM inspections WHERE kind = 'lot'`)).toBe(0);
    expect(count(`SELECT count(*) n FROM aql_settings`)).toBe(0);
  });
});

describe('recording units to a verdict', () => {
  it('rejects on the 6th major, holds the lot, and only the owner concedes it with a reason (audited)', async () => {
    const started = await t.call('aql.start', { lotId: 'lot-big' }, 'inspector');
    const id = started.inspection!.id;
    let view = await recordUnits(id, 1, 10, [2, 4, 6, 8, 9]);
    expect(view.inspection?.plans.find((p) => p.class === 'major')).toMatchObject({ defective: 5, verdict: 'open' });
    // A unit with two defects counts once per class.
    view = await t.call(
      'aql.recordUnit',
      {
        inspectionId: id,
        unitNo: 11,
        defects: [
          { defectTypeId: seam, class: 'major' },
          { defectTypeId: stain, class: 'minor' },
          { defectTypeId: seam, class: 'major' },
        ],
      },
      'inspector',
    );
    expect(view.inspection?.plans.map((p) => [p.class, p.defective, p.verdict])).toEqual([
      ['critical', 0, 'open'],
      ['major', 6, 'reject'],
      ['minor', 1, 'open'],
    ]);
    expect(view.inspection?.verdict).toBe('reject');
    expect(await errorOf('aql.recordUnit', { inspectionId: id, unitNo: 13, defects: [] }, 'inspector')).toMatchObject({
      reason: 'aql_unit_out_of_order',
      params: { expected: 12 },
    });

    const completed = await t.call('aql.complete', { inspectionId: id }, 'inspector');
    expect(completed.inspection).toMatchObject({ state: 'completed', verdict: 'reject', disposition: null });
    expect(await errorOf('aql.recordUnit', { inspectionId: id, unitNo: 12, defects: [] }, 'inspector')).toMatchObject({
      reason: 'aql_not_draft',
    });

    expect(await errorOf('aql.concede', { inspectionId: id, reason: '客户急需' }, 'inspector')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf('aql.concede', { inspectionId: id, reason: '  ' })).toMatchObject({ code: 'VALIDATION' });
    const conceded = await t.call('aql.concede', { inspectionId: id, reason: '开线可返修，供应商承担返修费' });
    expect(conceded.inspection).toMatchObject({ disposition: 'concession', dispositionReason: '开线可返修，供应商承担返修费' });
    expect(await errorOf('aql.dispose', { inspectionId: id, disposition: 'sort_100' }, 'inspector')).toMatchObject({
      reason: 'aql_already_disposed',
    });
    expect(
      count(
        `SELECT count(*) n FROM audit_log WHERE entity = 'lot_inspection' AND action IN ('start','record_unit','reject_hold','concede')`,
      ),
    ).toBe(14);
    // The defects are the inspection's findings, unit by unit.
    expect(count(`SELECT count(*) n FROM inspection_defects WHERE inspection_id = '${id}' AND unit_no IS NOT NULL`)).toBe(8);
  });

  it('accepts a clean sample of 80; cannot complete early; the inspector may return a rejected lot instead', async () => {
    const id = (await t.call('aql.start', { lotId: 'lot-big' }, 'inspector')).inspection!.id;
    await recordUnits(id, 1, 40, [3]);
    expect(await errorOf('aql.complete', { inspectionId: id }, 'inspector')).toMatchObject({
      reason: 'aql_verdict_open',
      params: { remaining: 40 },
    });
    const undone = await t.call('aql.undoUnit', { inspectionId: id }, 'inspector');
    expect(undone.inspection?.unitsInspected).toBe(39);
    const full = await recordUnits(id, 40, 80);
    expect(full.inspection?.verdict).toBe('accept');
    expect(await errorOf('aql.recordUnit', { inspectionId: id, unitNo: 81, defects: [] }, 'inspector')).toMatchObject({
      reason: 'aql_sample_complete',
    });
    const done = await t.call('aql.complete', { inspectionId: id }, 'inspector');
    expect(done.inspection?.verdict).toBe('accept');
    expect(await errorOf('aql.dispose', { inspectionId: id, disposition: 'return_to_supplier' }, 'inspector')).toMatchObject({
      reason: 'aql_not_rejected',
    });
    expect(await errorOf('aql.start', { lotId: 'lot-big' }, 'inspector')).toMatchObject({ reason: 'aql_lot_already_inspected' });
  });

  it('a critical defect rejects at once; return to supplier marks the inspection', async () => {
    const id = (await t.call('aql.start', { lotId: 'lot-big' }, 'inspector')).inspection!.id;
    await t.call('aql.recordUnit', { inspectionId: id, unitNo: 1, defects: [{ defectTypeId: broken, class: 'critical' }] }, 'inspector');
    await t.call('aql.complete', { inspectionId: id }, 'inspector');
    const returned = await t.call('aql.dispose', { inspectionId: id, disposition: 'return_to_supplier' }, 'inspector');
    expect(returned.inspection?.disposition).toBe('return_to_supplier');
    expect(count(`SELECT count(*) n FROM inspections WHERE id = '${id}' AND disposition = 'return_to_supplier'`)).toBe(1);
  });
});

describe('switching rules across lots', () => {
  const addLot = (code: string, quantity = 1200) =>
    t.backend.db
      .prepare(
        `INSERT INTO lots (id, sku_id, supplier_id, lot_code, received_at, quantity, created_at) VALUES (?, 'sku-2', 'sup-1', ?, ?, ?, ?)`,
      )
      .run(`lot-${code}`, code, clock, quantity, clock);
  const inspect = async (code: string, reject: boolean) => {
    addLot(code);
    const view = await t.call('aql.start', { lotId: `lot-${code}` }, 'inspector');
    const id = view.inspection!.id;
    if (reject)
      await t.call('aql.recordUnit', { inspectionId: id, unitNo: 1, defects: [{ defectTypeId: broken, class: 'critical' }] }, 'inspector');
    else await recordUnits(id, 1, view.inspection!.sampleSize);
    return t.call('aql.complete', { inspectionId: id }, 'inspector');
  };

  it('two rejections in five lots switch to tightened (n = 80, major 3/4), explained by the switch reason', async () => {
    await inspect('A1', true);
    await inspect('A2', false);
    const second = await inspect('A3', true);
    expect(second.scheme).toMatchObject({ mode: 'tightened' });
    expect(second.scheme.switches[0]).toMatchObject({ from: 'normal', to: 'tightened', reason: 'two_of_five_rejected', lotCode: 'A3' });
    addLot('A4');
    const next = await t.call('aql.start', { lotId: 'lot-A4' }, 'inspector');
    expect(next.inspection).toMatchObject({ severity: 'tightened' });
    expect(next.inspection?.plans.find((p) => p.class === 'major')).toMatchObject({ sampleSize: 80, accept: 3, reject: 4 });
  });

  it('the owner approves reduced only with a switching score of 30; inspectors may not; a stop is resumed by the owner', async () => {
    const scheme = { supplierId: 'sup-1', productId: 'prod-1', reason: '生产稳定' };
    expect(await errorOf('aql.decideScheme', { ...scheme, action: 'approveReduced' })).toMatchObject({
      reason: 'aql_scheme_action_refused',
    });
    expect(await errorOf('aql.decideScheme', { ...scheme, action: 'approveReduced' }, 'inspector')).toMatchObject({ code: 'FORBIDDEN' });
    // Five rejections on tightened discontinue inspection.
    for (const code of ['B1', 'B2', 'B3', 'B4', 'B5', 'B6']) await inspect(code, true);
    const stopped = await t.call('aql.lookup', { lotCode: 'B6' }, 'inspector');
    expect(stopped.scheme.mode).toBe('tightened');
    const last = await inspect('B7', true);
    expect(last.scheme).toMatchObject({ mode: 'discontinued' });
    addLot('B8');
    expect(await errorOf('aql.start', { lotId: 'lot-B8' }, 'inspector')).toMatchObject({
      reason: 'aql_scheme_discontinued',
      params: { supplier: '义乌织造' },
    });
    const resumed = await t.call('aql.decideScheme', { ...scheme, action: 'resume', reason: '供应商已更换缝纫线并提交整改报告' });
    expect(resumed.mode).toBe('tightened');
    expect(resumed.switches[0]).toMatchObject({ from: 'discontinued', to: 'tightened', reason: 'owner_resumed' });
    expect(count(`SELECT count(*) n FROM audit_log WHERE entity = 'aql_scheme' AND action = 'resume'`)).toBe(1);
  });
});

describe('settings', () => {
  it('lists the defaults and overrides; only the owner saves them; the Policy default applies to new lots', async () => {
    await t.call('settings.updatePolicy', { aql: { major: 1.5 } });
    const listed = await t.call('aql.listSettings', {}, 'inspector');
    expect(listed.defaults).toEqual({ level: 'II', critical: 0, major: 1.5, minor: 4 });
    expect(
      await errorOf(
        'aql.saveSettings',
        { supplierId: 'sup-1', productId: null, level: 'III', critical: 0, major: 2.5, minor: 4 },
        'inspector',
      ),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    const saved = await t.call('aql.saveSettings', {
      supplierId: 'sup-1',
      productId: null,
      level: 'III',
      critical: 0,
      major: 2.5,
      minor: 4,
    });
    expect(saved.overrides).toEqual([
      {
        supplierId: 'sup-1',
        supplierName: '义乌织造',
        productId: null,
        productName: null,
        level: 'III',
        critical: 0,
        major: 2.5,
        minor: 4,
      },
    ]);
    const found = await t.call('aql.lookup', { lotCode: 'L1200' }, 'inspector');
    expect(found.settings.source).toBe('supplier');
    expect(found.preview?.codeLetter).toBe('K');
    expect(await errorOf('aql.recent', {}, 'service')).toMatchObject({ code: 'FORBIDDEN' });
  });
});
