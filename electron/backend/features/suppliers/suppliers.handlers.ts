import { conflict, invalid, notFound } from '../../../../shared/contract/errors';
import { defineHandlers, type HandlerContext } from '../../core/context';
import { newId } from '../../core/ids';
import {
  findSupplier,
  findSupplierByName,
  insertSupplier,
  listSupplierRows,
  productSupplier,
  setProductSupplier,
  updateSupplier,
} from './suppliers.repository';

const mustFind = (ctx: HandlerContext, id: string) => {
  const supplier = findSupplier(ctx.db, id);
  if (!supplier) throw notFound('supplier_not_found', {}, 'Supplier not found', { field: 'id', id });
  return supplier;
};

const refuseTakenName = (ctx: HandlerContext, name: string, exceptId?: string) => {
  const taken = findSupplierByName(ctx.db, name);
  if (taken && taken.id !== exceptId)
    throw conflict('supplier_name_taken', { name: taken.name }, `Supplier ${taken.name} exists`, { field: 'name' });
};

export const suppliersHandlers = defineHandlers({
  'suppliers.list': (input, ctx) => listSupplierRows(ctx.db, { q: input.q, includeInactive: input.includeInactive }),

  'suppliers.create': (input, ctx) => {
    refuseTakenName(ctx, input.name);
    const id = newId();
    insertSupplier(
      ctx.db,
      id,
      { name: input.name, contact: input.contact || null, notes: input.notes || null, active: true },
      ctx.env.now(),
    );
    const created = mustFind(ctx, id);
    ctx.audit({ entity: 'supplier', entityId: id, action: 'create', after: created });
    return created;
  },

  'suppliers.update': (input, ctx) => {
    const before = mustFind(ctx, input.id);
    if (input.name !== undefined) refuseTakenName(ctx, input.name, input.id);
    updateSupplier(ctx.db, input.id, {
      name: input.name ?? before.name,
      contact: input.contact === undefined ? before.contact : input.contact || null,
      notes: input.notes === undefined ? before.notes : input.notes || null,
      active: input.active ?? before.active,
    });
    const after = mustFind(ctx, input.id);
    ctx.audit({
      entity: 'supplier',
      entityId: input.id,
      action: after.active === before.active ? 'update' : after.active ? 'reactivate' : 'deactivate',
      before,
      after,
    });
    return after;
  },

  'suppliers.linkProduct': (input, ctx) => {
    const before = productSupplier(ctx.db, input.productId);
    if (!before) throw notFound('product_not_found', {}, 'Product not found', { field: 'productId' });
    if (input.supplierId) {
      const supplier = mustFind(ctx, input.supplierId);
      if (!supplier.active)
        throw invalid('supplier_inactive', { name: supplier.name }, `Supplier ${supplier.name} is deactivated`, { field: 'supplierId' });
    }
    setProductSupplier(ctx.db, input.productId, input.supplierId);
    ctx.audit({ entity: 'product', entityId: input.productId, action: 'link_supplier', before, after: { supplierId: input.supplierId } });
    return { productId: input.productId, supplierId: input.supplierId };
  },
});
