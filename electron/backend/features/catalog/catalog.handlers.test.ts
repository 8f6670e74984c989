import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { insertCatalogFixture } from '../../../../test/support/catalog-fixture';

let t: TestBackend;
beforeEach(async () => {
  t = startTestBackend();
  await t.withUsers();
  insertCatalogFixture(t.backend.db, Date.now());
});
afterEach(() => t.close());

describe('catalog', () => {
  it('lists suppliers, SKUs with product and (inherited) supplier, and lots, to every role', async () => {
    expect((await t.call('catalog.suppliers', {}, 'inspector')).map((s) => s.name)).toEqual(['Ningbo Knit', '义乌织造']);
    const skus = await t.call('catalog.skus', {}, 'service');
    expect(skus.total).toBe(2);
    expect(skus.rows.find((s) => s.code === 'TS-RED-M')).toMatchObject({
      productName: '纯棉T恤',
      supplierName: '义乌织造',
      unitCostFen: 1500,
    });
    expect((await t.call('catalog.skus', { q: '6901234567890' }, 'inspector')).rows.map((s) => s.code)).toEqual(['TS-RED-M']);
    expect((await t.call('catalog.lots', { skuId: 'sku-1' }, 'inspector')).map((l) => l.lotCode)).toEqual(['L2605A']);
  });

  it('the owner sets unit cost and supplier, audited before/after; others are refused', async () => {
    const updated = await t.call('catalog.updateSku', { id: 'sku-1', unitCostFen: 1680, supplierId: 'sup-2' }, 'owner');
    expect(updated).toMatchObject({ unitCostFen: 1680, supplierId: 'sup-2', supplierName: 'Ningbo Knit' });
    const audit = await t.call('audit.list', { entity: 'sku', entityId: 'sku-1' }, 'owner');
    expect(audit.rows[0]).toMatchObject({
      before: { unitCostFen: 1500, supplierId: 'sup-1' },
      after: { unitCostFen: 1680, supplierId: 'sup-2' },
    });
    for (const session of ['inspector', 'service']) {
      const refused = await t.raw('catalog.updateSku', { id: 'sku-1', unitCostFen: 1 }, session);
      expect(refused.ok || refused.error.code).toBe('FORBIDDEN');
    }
    const missing = await t.raw('catalog.updateSku', { id: 'nope', unitCostFen: 1 }, 'owner');
    expect(missing.ok || missing.error.code).toBe('NOT_FOUND');
  });
});
