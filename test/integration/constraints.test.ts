import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../shared/contract/errors';
import { AppError } from '../../shared/contract/errors';
import { sqliteErrorToAppError } from '../../electron/backend/core/sqlite-errors';
import { insertManualOrder } from '../../electron/backend/features/orders/orders.repository';
import { insertCatalogFixture } from '../support/catalog-fixture';
import { startTestBackend, type TestBackend } from '../support/backend';

/**
 * Issue 3, "Bad input": constraint violations come back as CONFLICT or VALIDATION naming the field, never as raw
 * SQLite text, and leave nothing half-written. Checked through the contract where a method exists, and against
 * the repositories and table constraints behind it.
 */
let t: TestBackend;
const now = Date.UTC(2026, 5, 1);

beforeEach(async () => {
  t = startTestBackend({ now: () => now });
  await t.withUsers();
  insertCatalogFixture(t.backend.db, now);
});
afterEach(() => t.close());

const counts = () => {
  const n = (table: string) => (t.backend.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { orders: n('orders'), lines: n('order_lines'), cases: n('after_sales_cases'), audit: n('audit_log') };
};

const order = (orderNumber: string, lines = [{ skuCode: 'TS-RED-M', quantity: 1, unitPriceFen: 3990 }]) => ({
  orderNumber,
  status: 'signed' as const,
  lines,
});

/** The error answer, with the fields it names (zod paths or our `details.field`). */
const failure = async (method: string, input: unknown) => {
  const result = await t.raw(method, input, 'service');
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  const details = result.error.details;
  const fields = Array.isArray(details)
    ? details.map((d: { path: string }) => d.path)
    : [(details as { field?: string } | undefined)?.field ?? ''];
  return { ...result.error, fields } as ApiErrorBody & { fields: string[] };
};

const expectNoSqliteText = (error: ApiErrorBody) => {
  expect(error.message).not.toMatch(/SQLITE|constraint failed|cannot store/i);
};

describe('bad input through the contract', () => {
  it('a duplicate order number is a CONFLICT naming order_number, and writes nothing', async () => {
    await t.call('orders.create', order('260601-1'), 'service');
    const before = counts();
    const error = await failure('orders.create', order('260601-1'));
    expect(error.code).toBe('CONFLICT');
    expect(error.fields).toEqual(['order_number']);
    expect(error.message).toContain('order_number');
    expectNoSqliteText(error);
    expect(counts()).toEqual(before);
  });

  it('an unknown SKU on the second line is VALIDATION naming it, and the first line is not kept', async () => {
    const before = counts();
    const error = await failure(
      'orders.create',
      order('260601-2', [
        { skuCode: 'TS-RED-M', quantity: 1, unitPriceFen: 3990 },
        { skuCode: 'NO-SUCH-SKU', quantity: 1, unitPriceFen: 100 },
      ]),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual(['lines.1.skuCode']);
    expect(counts()).toEqual(before);
  });

  it('a case for an order that does not exist is VALIDATION naming orderNumber', async () => {
    const before = counts();
    const error = await failure('cases.create', {
      caseNumber: 'C-1',
      orderNumber: 'missing',
      type: 'refund_only',
      reasonCategory: 'quality',
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual(['orderNumber']);
    expect(counts()).toEqual(before);
  });

  it.each([
    ['negative quantity', order('260601-3', [{ skuCode: 'TS-RED-M', quantity: -1, unitPriceFen: 3990 }]), 'lines.0.quantity'],
    ['fractional fen', order('260601-4', [{ skuCode: 'TS-RED-M', quantity: 1, unitPriceFen: 39.9 }]), 'lines.0.unitPriceFen'],
    ['unknown order status', { ...order('260601-5'), status: 'teleported' }, 'status'],
    [
      'money as text',
      order('260601-6', [{ skuCode: 'TS-RED-M', quantity: 1, unitPriceFen: '39.90' as unknown as number }]),
      'lines.0.unitPriceFen',
    ],
  ])('orders.create with %s is VALIDATION naming the field', async (_label, input, field) => {
    const before = counts();
    const error = await failure('orders.create', input);
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toContain(field);
    expectNoSqliteText(error);
    expect(counts()).toEqual(before);
  });

  it.each([
    ['unknown case type', { type: 'burn_it' }, 'type'],
    ['unknown reason', { reasonCategory: 'bad_vibes' }, 'reasonCategory'],
    ['fractional refund', { refundFen: 10.5 }, 'refundFen'],
    ['negative refund', { refundFen: -100 }, 'refundFen'],
    ['zero quantity', { requestedQuantity: 0 }, 'requestedQuantity'],
  ])('cases.create with %s is VALIDATION naming the field', async (_label, patch, field) => {
    await t.call('orders.create', order('260601-7'), 'service');
    const before = counts();
    const error = await failure('cases.create', {
      caseNumber: 'C-7',
      orderNumber: '260601-7',
      type: 'return_refund',
      reasonCategory: 'quality',
      ...patch,
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toContain(field);
    expect(counts()).toEqual(before);
  });

  it('a duplicate case number is a CONFLICT naming case_number', async () => {
    await t.call('orders.create', order('260601-8'), 'service');
    const input = { caseNumber: 'C-8', orderNumber: '260601-8', type: 'refund_only', reasonCategory: 'quality' } as const;
    await t.call('cases.create', input, 'service');
    const before = counts();
    const error = await failure('cases.create', input);
    expect(error.code).toBe('CONFLICT');
    expect(error.fields).toEqual(['case_number']);
    expect(counts()).toEqual(before);
  });

  it('an SKU cost in fractional fen, or a supplier that does not exist, is refused naming the field', async () => {
    const cost = await t.raw('catalog.updateSku', { id: 'sku-1', unitCostFen: 12.5 }, 'owner');
    expect(cost.ok || cost.error.code).toBe('VALIDATION');
    const supplier = await t.raw('catalog.updateSku', { id: 'sku-1', supplierId: 'sup-none' }, 'owner');
    expect(supplier.ok || [supplier.error.code, (supplier.error.details as { field: string }).field]).toEqual(['VALIDATION', 'supplierId']);
    const row = t.backend.db.prepare(`SELECT unit_cost_fen AS cost, supplier_id AS supplier FROM skus WHERE id = 'sku-1'`).get();
    expect(row).toEqual({ cost: 1500, supplier: null });
  });
});

describe('bad input stopped by the tables behind the repositories', () => {
  /** Runs a repository write in a transaction as the dispatcher does, answering the mapped error. */
  const mapped = (work: () => void): AppError => {
    try {
      t.backend.db.transaction(work)();
    } catch (error) {
      if (error instanceof BetterSqlite3.SqliteError) return sqliteErrorToAppError(error);
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error('the write unexpectedly succeeded');
  };
  const rawInsertOrder = (orderNumber: string, patch: Record<string, unknown> = {}) => {
    const values = {
      id: `o-${orderNumber}`,
      store_id: (t.backend.db.prepare('SELECT id FROM stores').get() as { id: string }).id,
      order_number: orderNumber,
      raw_status: '已签收',
      status: 'signed',
      source: 'manual',
      goods_total_fen: 0,
      created_at: now,
      updated_at: now,
      ...patch,
    };
    const columns = Object.keys(values);
    t.backend.db.prepare(`INSERT INTO orders (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(values);
  };

  it('a negative line quantity hits the CHECK, maps to VALIDATION, and the order inserted before it is rolled back', () => {
    const before = counts();
    const error = mapped(() =>
      insertManualOrder(
        t.backend.db,
        { orderNumber: 'R-1', status: 'signed', lines: [{ skuCode: 'TS-RED-M', quantity: -2, unitPriceFen: 100 }] },
        now,
      ),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('quantity');
    expect(counts()).toEqual(before);
  });

  it('a duplicate order number at the table is a CONFLICT naming order_number', () => {
    rawInsertOrder('R-2');
    const error = mapped(() => rawInsertOrder('R-2', { id: 'o-other' }));
    expect(error.code).toBe('CONFLICT');
    expect(JSON.stringify(error.details)).toContain('order_number');
  });

  it('an unknown status value hits the CHECK and maps to VALIDATION naming status', () => {
    const error = mapped(() => rawInsertOrder('R-3', { status: 'teleported' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('status');
  });

  it('a fractional amount is refused by the STRICT table as VALIDATION naming the column', () => {
    const before = counts();
    const error = mapped(() => rawInsertOrder('R-4', { goods_total_fen: 12.5 }));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('goods_total_fen');
    expectNoSqliteText(error);
    expect(counts()).toEqual(before);
  });

  it('a missing reference hits the foreign key and maps to VALIDATION', () => {
    const error = mapped(() => rawInsertOrder('R-5', { store_id: 'no-such-store' }));
    expect(error.code).toBe('VALIDATION');
    expect(counts().orders).toBe(0);
  });
});
