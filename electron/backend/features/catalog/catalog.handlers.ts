import { invalid, notFound } from '../../../../shared/contract/errors';
import { defineHandlers } from '../../core/context';
import { findSku, listLots, listSkus, listSuppliers, supplierExists, updateSku } from './catalog.repository';

export const catalogHandlers = defineHandlers({
  'catalog.suppliers': (_input, ctx) => listSuppliers(ctx.db),

  'catalog.skus': (input, ctx) => listSkus(ctx.db, { q: input.q, supplierId: input.supplierId }, input.limit, input.offset),

  'catalog.updateSku': (input, ctx) => {
    const before = findSku(ctx.db, input.id);
    if (!before) throw notFound('sku_not_found', {}, 'SKU not found', { field: 'id', id: input.id });
    if (input.supplierId && !supplierExists(ctx.db, input.supplierId)) {
      throw invalid('supplier_not_found', {}, `supplierId: no supplier with id ${input.supplierId}`, { field: 'supplierId' });
    }
    const patch = {
      ...(input.unitCostFen !== undefined && { unit_cost_fen: input.unitCostFen }),
      ...(input.supplierId !== undefined && { supplier_id: input.supplierId }),
    };
    if (Object.keys(patch).length > 0) updateSku(ctx.db, input.id, patch);
    const after = findSku(ctx.db, input.id);
    if (!after) throw notFound('sku_not_found', {}, 'SKU not found', { id: input.id });
    ctx.audit({
      entity: 'sku',
      entityId: input.id,
      action: 'update',
      before: { unitCostFen: before.unitCostFen, supplierId: before.supplierId },
      after: { unitCostFen: after.unitCostFen, supplierId: after.supplierId },
    });
    return after;
  },

  'catalog.lots': (input, ctx) => listLots(ctx.db, { skuId: input.skuId, supplierId: input.supplierId }, input.limit),
});
