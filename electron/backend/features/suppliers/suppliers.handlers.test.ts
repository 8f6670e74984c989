import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { insertCatalogFixture } from '../../../../test/support/catalog-fixture';
import { rawQuery } from '../../db/raw-sql';

let t: TestBackend;
beforeEach(async () => {
  t = startTestBackend();
  await t.withUsers();
  insertCatalogFixture(t.backend.db, Date.now());
});
afterEach(() => t.close());

const errorOf = async (method: string, input: unknown, session = 'owner') => {
  const result = await t.raw(method, input, session);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error;
};

describe('suppliers', () => {
  it('the owner creates, edits and deactivates a supplier; each write is audited and nothing is deleted', async () => {
    const created = await t.call('suppliers.create', { name: '  东莞精工  ', contact: '王经理 138 0000 0000', notes: '月结 30 天' });
    expect(created).toMatchObject({
      name: '东莞精工',
      contact: '王经理 138 0000 0000',
      notes: '月结 30 天',
      active: true,
      productCount: 0,
      lotCount: 0,
    });
    const edited = await t.call('suppliers.update', { id: created.id, contact: null, notes: '月结 45 天' });
    expect(edited).toMatchObject({ name: '东莞精工', contact: null, notes: '月结 45 天' });
    const off = await t.call('suppliers.update', { id: created.id, active: false });
    expect(off.active).toBe(false);
    expect((await t.call('suppliers.list', { includeInactive: false }, 'inspector')).map((s) => s.name)).not.toContain('东莞精工');
    expect((await t.call('suppliers.list', { q: '东莞' }, 'service')).map((s) => s.name)).toEqual(['东莞精工']);
    expect(rawQuery<{ n: number }>(t.backend.db, 'SELECT count(*) AS n FROM suppliers WHERE id = ?').one(created.id).n).toBe(1);
    const audit = await t.call('audit.list', { entity: 'supplier', entityId: created.id }, 'owner');
    expect(audit.rows.map((r) => r.action).sort()).toEqual(['create', 'deactivate', 'update']);
  });

  it('refuses a duplicate name (any case), a blank name, and other roles; changes nothing', async () => {
    expect(await errorOf('suppliers.create', { name: 'ningbo knit' })).toMatchObject({ code: 'CONFLICT', reason: 'supplier_name_taken' });
    expect(await errorOf('suppliers.create', { name: '   ' })).toMatchObject({ code: 'VALIDATION' });
    expect(await errorOf('suppliers.update', { id: 'sup-1', name: 'Ningbo Knit' })).toMatchObject({ reason: 'supplier_name_taken' });
    for (const session of ['inspector', 'service']) {
      expect(await errorOf('suppliers.create', { name: '新供应商' }, session)).toMatchObject({ code: 'FORBIDDEN' });
      expect(await errorOf('suppliers.update', { id: 'sup-1', active: false }, session)).toMatchObject({ code: 'FORBIDDEN' });
      expect(await errorOf('suppliers.linkProduct', { productId: 'prod-1', supplierId: null }, session)).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect((await t.call('suppliers.list', {})).map((s) => s.name)).toEqual(['Ningbo Knit', '义乌织造']);
  });

  it('links a product to a supplier (audited), refuses a deactivated supplier and a missing product', async () => {
    expect(await t.call('suppliers.linkProduct', { productId: 'prod-1', supplierId: 'sup-2' })).toEqual({
      productId: 'prod-1',
      supplierId: 'sup-2',
    });
    const list = await t.call('suppliers.list', {});
    expect(list.find((s) => s.id === 'sup-2')?.productCount).toBe(1);
    expect((await t.call('catalog.skus', { supplierId: 'sup-2' })).total).toBe(2);
    await t.call('suppliers.update', { id: 'sup-1', active: false });
    expect(await errorOf('suppliers.linkProduct', { productId: 'prod-1', supplierId: 'sup-1' })).toMatchObject({
      reason: 'supplier_inactive',
    });
    expect(await errorOf('suppliers.linkProduct', { productId: 'nope', supplierId: null })).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'product_not_found',
    });
    const audit = await t.call('audit.list', { entity: 'product', entityId: 'prod-1' }, 'owner');
    expect(audit.rows[0]).toMatchObject({ action: 'link_supplier', before: { supplierId: 'sup-1' }, after: { supplierId: 'sup-2' } });
  });
});
