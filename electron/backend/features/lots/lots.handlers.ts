import { conflict, invalid, notFound } from '../../../../shared/contract/errors';
import { defineHandlers, type HandlerContext } from '../../core/context';
import { newId } from '../../core/ids';
import { findSupplier } from '../suppliers/suppliers.repository';
import { reattributeSku } from './lot-attribution.repository';
import {
  attributionShares,
  findLot,
  findLotByCode,
  inspectionLine,
  inspectionLot,
  insertLot,
  listLots,
  setInspectionLot,
  setLineLabel,
  skuSupplier,
  voidLot,
} from './lots.repository';

const mustFindLot = (ctx: HandlerContext, id: string) => {
  const lot = findLot(ctx.db, id);
  if (!lot) throw notFound('lot_not_found', {}, 'Lot not found', { field: 'id', id });
  return lot;
};

export const lotsHandlers = defineHandlers({
  'lots.list': (input, ctx) =>
    listLots(
      ctx.db,
      { q: input.q, supplierId: input.supplierId, skuId: input.skuId, includeVoided: input.includeVoided },
      input.limit,
      input.offset,
    ),

  'lots.get': (input, ctx) => mustFindLot(ctx, input.id),

  'lots.receive': (input, ctx) => {
    const sku = skuSupplier(ctx.db, input.skuId);
    if (!sku.found) throw invalid('sku_not_found', {}, `skuId: no SKU with id ${input.skuId}`, { field: 'skuId' });
    const supplierId = input.supplierId === undefined ? sku.supplierId : input.supplierId;
    if (supplierId) {
      const supplier = findSupplier(ctx.db, supplierId);
      if (!supplier) throw invalid('supplier_not_found', {}, `supplierId: no supplier with id ${supplierId}`, { field: 'supplierId' });
      if (!supplier.active)
        throw invalid('supplier_inactive', { name: supplier.name }, `Supplier ${supplier.name} is deactivated`, { field: 'supplierId' });
    }
    const taken = findLotByCode(ctx.db, input.lotCode);
    if (taken)
      throw conflict('lot_code_taken', { lotCode: taken.lotCode }, `Lot code ${taken.lotCode} is already used`, { field: 'lotCode' });
    const id = newId();
    insertLot(ctx.db, {
      id,
      skuId: input.skuId,
      supplierId,
      lotCode: input.lotCode,
      receivedAt: input.receivedAt,
      quantity: input.quantity,
      unitCostFen: input.unitCostFen,
      notes: input.notes || null,
      createdAt: ctx.env.now(),
    });
    const reattributed = reattributeSku(ctx.db, input.skuId);
    const lot = mustFindLot(ctx, id);
    ctx.audit({ entity: 'lot', entityId: id, action: 'receive', after: { ...lot, reattributedLines: reattributed } });
    return lot;
  },

  'lots.void': (input, ctx) => {
    const before = mustFindLot(ctx, input.id);
    if (before.voidedAt !== null) throw conflict('lot_already_voided', { lotCode: before.lotCode }, 'Lot already voided');
    voidLot(ctx.db, input.id, ctx.env.now(), input.reason);
    const reattributed = reattributeSku(ctx.db, before.skuId);
    const after = mustFindLot(ctx, input.id);
    ctx.audit({ entity: 'lot', entityId: input.id, action: 'void', before, after: { ...after, reattributedLines: reattributed } });
    return after;
  },

  'lots.recordLabel': (input, ctx) => {
    const found = inspectionLine(ctx.db, input.inspectionId);
    if (!found) throw notFound('inspection_not_found', {}, 'Inspection not found', { field: 'inspectionId' });
    if (found.state === 'voided') throw conflict('lot_label_inspection_voided', {}, 'The inspection is voided');
    if (found.kind !== 'return' || !found.lineId || !found.skuId) {
      throw invalid('lot_label_not_a_return', {}, 'Only a return inspection of a case with an order line carries a lot label');
    }
    const lot = input.lotCode === null ? null : findLotByCode(ctx.db, input.lotCode);
    if (input.lotCode !== null) {
      if (!lot) throw invalid('lot_label_unknown', { lotCode: input.lotCode }, `No lot with code ${input.lotCode}`, { field: 'lotCode' });
      if (lot.voidedAt !== null)
        throw invalid('lot_label_voided', { lotCode: lot.lotCode }, `Lot ${lot.lotCode} is voided`, { field: 'lotCode' });
      if (lot.skuId !== found.skuId) {
        throw invalid('lot_label_other_sku', { lotCode: lot.lotCode, skuCode: lot.skuCode }, `Lot ${lot.lotCode} is of another SKU`, {
          field: 'lotCode',
        });
      }
    }
    setInspectionLot(ctx.db, input.inspectionId, lot?.id ?? null);
    setLineLabel(ctx.db, found.lineId, lot?.id ?? null);
    reattributeSku(ctx.db, found.skuId);
    ctx.audit({
      entity: 'inspection',
      entityId: input.inspectionId,
      action: 'lot_label',
      before: { lotId: found.lotId },
      after: { lotId: lot?.id ?? null, lotCode: lot?.lotCode ?? null, orderLineId: found.lineId },
    });
    return { lotId: lot?.id ?? null, lotCode: lot?.lotCode ?? null };
  },

  'lots.ofInspection': (input, ctx) => {
    const found = inspectionLot(ctx.db, input.inspectionId);
    if (!found) throw notFound('inspection_not_found', {}, 'Inspection not found', { field: 'inspectionId' });
    return found;
  },

  'lots.attributionShare': (input, ctx) => attributionShares(ctx.db, input.from ?? 0, input.to ?? Number.MAX_SAFE_INTEGER),
});
