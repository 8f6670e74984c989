import type { AqlLotView } from '../../../../shared/contract/aql.contract';
import { conflict, invalid, notFound } from '../../../../shared/contract/errors';
import { codeLetterFor } from '../../../../shared/domain/aql/plan';
import type { AqlSettings } from '../../../../shared/domain/aql/settings';
import { defineHandlers, type HandlerContext } from '../../core/context';
import { newId } from '../../core/ids';
import { first, run, sql$ } from '../../db/query';
import { readPolicy } from '../settings/policy.repository';
import {
  asLevel,
  countClasses,
  lotScorePoints,
  overallVerdict,
  plansFor,
  remainingUnits,
  sampleSizeOf,
  schemeView,
  type FrozenPlan,
  type InspectionView,
} from './aql-view';
import {
  activeDefectTypeIds,
  deleteUnitDefects,
  findAqlRow,
  findAqlRowForLot,
  findLotByCode,
  findLotById,
  findSettingsRow,
  insertAqlRow,
  insertSchemeAction,
  insertUnitDefects,
  listSettingsRows,
  recentInspections,
  schemeHistory,
  unitDefects,
  updateAqlRow,
  upsertSettings,
  type AqlRow,
  type LotRow,
} from './aql.repository';

type SupplierLot = LotRow & { supplierId: string; supplierName: string };

const requireSupplier = (lot: LotRow): SupplierLot => {
  if (lot.supplierId === null || lot.supplierName === null)
    throw invalid('aql_lot_no_supplier', { lotCode: lot.lotCode }, `Lot ${lot.lotCode} has no supplier.`);
  return lot as SupplierLot;
};

/** The product's override, else the supplier's, else the Policy defaults. */
const settingsFor = (
  ctx: HandlerContext,
  supplierId: string,
  productId: string,
): AqlSettings & { source: 'default' | 'supplier' | 'product' } => {
  const toSettings = (row: NonNullable<ReturnType<typeof findSettingsRow>>) => ({
    level: asLevel(row.level),
    critical: row.aql_critical,
    major: row.aql_major,
    minor: row.aql_minor,
  });
  const product = findSettingsRow(ctx.db, supplierId, productId);
  if (product) return { ...toSettings(product), source: 'product' };
  const supplier = findSettingsRow(ctx.db, supplierId, '');
  if (supplier) return { ...toSettings(supplier), source: 'supplier' };
  return { ...readPolicy(ctx.db).aql, source: 'default' };
};

const inspectionView = (ctx: HandlerContext, row: AqlRow): InspectionView => {
  const plans = JSON.parse(row.plans_json) as FrozenPlan[];
  const defects = unitDefects(ctx.db, row.inspection_id);
  const classes = countClasses(plans, defects, row.units_inspected);
  const byUnit = new Map<number, InspectionView['units'][number]['defects']>();
  for (const defect of defects) {
    if (defect.unitNo === null) continue;
    const list = byUnit.get(defect.unitNo) ?? [];
    list.push({ id: defect.id, defectTypeId: defect.defectTypeId, nameZh: defect.nameZh, nameEn: defect.nameEn, class: defect.class });
    byUnit.set(defect.unitNo, list);
  }
  return {
    id: row.inspection_id,
    state: row.state === 'completed' ? 'completed' : 'draft',
    severity: row.severity,
    codeLetter: row.code_letter,
    lotSize: row.lot_size,
    level: asLevel(row.level),
    plans: classes,
    sampleSize: sampleSizeOf(plans),
    unitsInspected: row.units_inspected,
    units: [...byUnit.entries()].map(([unitNo, unitDefectList]) => ({ unitNo, defects: unitDefectList })),
    verdict: overallVerdict(classes),
    disposition: row.disposition,
    dispositionReason: row.disposition_reason,
    inspectorName: row.inspector_name,
    completedAt: row.completed_at,
  };
};

const lotView = (ctx: HandlerContext, lot: LotRow): AqlLotView => {
  const supplied = requireSupplier(lot);
  const settings = settingsFor(ctx, supplied.supplierId, lot.productId);
  const scheme = schemeView(schemeHistory(ctx.db, supplied.supplierId, lot.productId));
  const existing = findAqlRowForLot(ctx.db, lot.id);
  const row = existing ? findAqlRow(ctx.db, existing.inspection_id) : undefined;
  const severity = scheme.mode === 'discontinued' ? 'tightened' : scheme.mode;
  const preview =
    row === undefined && lot.quantity !== null && lot.quantity >= 2
      ? (() => {
          const plans = plansFor(lot.quantity, settings, severity);
          return {
            severity,
            codeLetter: codeLetterOf(lot.quantity, settings),
            plans: countClasses(plans, [], 0),
            sampleSize: sampleSizeOf(plans),
          };
        })()
      : null;
  return {
    lot: { ...supplied },
    settings,
    scheme,
    inspection: row ? inspectionView(ctx, row) : null,
    preview,
  };
};

const codeLetterOf = (lotSize: number, settings: AqlSettings) => codeLetterFor(lotSize, settings.level);

const requireRow = (ctx: HandlerContext, inspectionId: string): AqlRow => {
  const row = findAqlRow(ctx.db, inspectionId);
  if (!row) throw notFound('aql_inspection_not_found', {}, 'Lot inspection not found', { field: 'inspectionId' });
  return row;
};

const requireDraft = (ctx: HandlerContext, inspectionId: string): AqlRow => {
  const row = requireRow(ctx, inspectionId);
  if (row.state !== 'draft') throw conflict('aql_not_draft', {}, 'This inspection is completed.');
  return row;
};

const viewOf = (ctx: HandlerContext, row: AqlRow): AqlLotView => {
  const lot = findLotById(ctx.db, row.lot_id);
  if (!lot) throw notFound('aql_inspection_not_found', {}, 'Lot of the inspection not found');
  return lotView(ctx, lot);
};

const touchInspection = (
  ctx: HandlerContext,
  inspectionId: string,
  patch: { state?: 'completed'; completed_at?: number; disposition?: 'return_to_supplier' | null },
) => {
  run(
    ctx.db,
    sql$
      .updateTable('inspections')
      .set({ ...patch, updated_at: ctx.env.now() })
      .where('id', '=', inspectionId),
  );
};

const requireRejectedHeld = (ctx: HandlerContext, inspectionId: string): AqlRow => {
  const row = requireRow(ctx, inspectionId);
  if (row.state !== 'completed' || row.verdict !== 'reject') throw conflict('aql_not_rejected', {}, 'The lot was not rejected.');
  if (row.disposition !== null) throw conflict('aql_already_disposed', {}, 'The lot already has a disposition.');
  return row;
};

const settingsList = (ctx: HandlerContext) => ({
  defaults: readPolicy(ctx.db).aql,
  overrides: listSettingsRows(ctx.db).map((row) => ({
    supplierId: row.supplier_id,
    supplierName: row.supplier_name,
    productId: row.product_id === '' ? null : row.product_id,
    productName: row.product_name,
    level: asLevel(row.level),
    critical: row.aql_critical,
    major: row.aql_major,
    minor: row.aql_minor,
  })),
});

export const aqlHandlers = defineHandlers({
  'aql.lookup': (input, ctx) => {
    const lot = findLotByCode(ctx.db, input.lotCode);
    if (!lot) throw notFound('aql_lot_not_found', { lotCode: input.lotCode }, `No lot ${input.lotCode}`, { field: 'lotCode' });
    return lotView(ctx, lot);
  },

  'aql.get': (input, ctx) => viewOf(ctx, requireRow(ctx, input.inspectionId)),

  'aql.start': (input, ctx) => {
    const user = ctx.requireUser();
    const lot = findLotById(ctx.db, input.lotId);
    if (!lot) throw notFound('aql_lot_not_found', { lotCode: '' }, 'Lot not found', { field: 'lotId' });
    const supplied = requireSupplier(lot);
    const existing = findAqlRowForLot(ctx.db, lot.id);
    if (existing) {
      const row = requireRow(ctx, existing.inspection_id);
      if (row.state === 'draft') return viewOf(ctx, row);
      throw conflict('aql_lot_already_inspected', { lotCode: lot.lotCode }, `Lot ${lot.lotCode} is already inspected.`);
    }
    if (lot.quantity === null || lot.quantity < 2)
      throw invalid('aql_lot_too_small', { lotCode: lot.lotCode }, 'Lot size under 2 or unknown.');
    const scheme = schemeView(schemeHistory(ctx.db, supplied.supplierId, lot.productId));
    if (scheme.mode === 'discontinued')
      throw conflict(
        'aql_scheme_discontinued',
        { supplier: supplied.supplierName },
        'Inspection is discontinued for this supplier/product.',
      );
    const settings = settingsFor(ctx, supplied.supplierId, lot.productId);
    const plans = plansFor(lot.quantity, settings, scheme.mode);
    const now = ctx.env.now();
    const id = newId();
    run(
      ctx.db,
      sql$.insertInto('inspections').values({
        id,
        kind: 'lot',
        case_id: null,
        lot_id: lot.id,
        inspector_id: user.id,
        state: 'draft',
        started_at: now,
        quantity: lot.quantity,
        sample_size: sampleSizeOf(plans),
        updated_at: now,
      }),
    );
    insertAqlRow(ctx.db, {
      inspection_id: id,
      lot_id: lot.id,
      supplier_id: supplied.supplierId,
      product_id: lot.productId,
      lot_size: lot.quantity,
      level: settings.level,
      severity: scheme.mode,
      code_letter: codeLetterOf(lot.quantity, settings),
      plans_json: JSON.stringify(plans),
      score_points: null,
      disposition: null,
      disposition_reason: null,
      disposition_by: null,
      disposition_at: null,
      started_at: now,
      completed_at: null,
    });
    ctx.audit({
      entity: 'lot_inspection',
      entityId: id,
      action: 'start',
      after: { lotCode: lot.lotCode, severity: scheme.mode, settings, plans },
    });
    return viewOf(ctx, requireRow(ctx, id));
  },

  'aql.recordUnit': (input, ctx) => {
    const row = requireDraft(ctx, input.inspectionId);
    const plans = JSON.parse(row.plans_json) as FrozenPlan[];
    const sampleSize = sampleSizeOf(plans);
    if (row.units_inspected >= sampleSize) throw conflict('aql_sample_complete', { sampleSize }, 'The sample is complete.');
    if (input.unitNo !== row.units_inspected + 1)
      throw conflict('aql_unit_out_of_order', { expected: row.units_inspected + 1 }, `The next unit is ${row.units_inspected + 1}.`);
    const known = activeDefectTypeIds(
      ctx.db,
      input.defects.map((d) => d.defectTypeId),
    );
    if (input.defects.some((d) => !known.has(d.defectTypeId)))
      throw invalid('aql_defect_type_unknown', {}, 'Unknown defect type.', { field: 'defects' });
    insertUnitDefects(
      ctx.db,
      input.defects.map((d) => ({
        id: newId(),
        inspection_id: row.inspection_id,
        defect_type_id: d.defectTypeId,
        class: d.class,
        quantity: 1,
        note: null,
        unit_no: input.unitNo,
      })),
    );
    const unitsInspected = row.units_inspected + 1;
    const classes = countClasses(plans, unitDefects(ctx.db, row.inspection_id), unitsInspected);
    updateAqlRow(ctx.db, row.inspection_id, { units_inspected: unitsInspected, verdict: overallVerdict(classes) });
    touchInspection(ctx, row.inspection_id, {});
    ctx.audit({
      entity: 'lot_inspection',
      entityId: row.inspection_id,
      action: 'record_unit',
      after: { unitNo: input.unitNo, defects: input.defects },
    });
    return viewOf(ctx, requireRow(ctx, row.inspection_id));
  },

  'aql.undoUnit': (input, ctx) => {
    const row = requireDraft(ctx, input.inspectionId);
    if (row.units_inspected === 0) throw conflict('aql_no_units', {}, 'No unit recorded yet.');
    const plans = JSON.parse(row.plans_json) as FrozenPlan[];
    deleteUnitDefects(ctx.db, row.inspection_id, row.units_inspected);
    const unitsInspected = row.units_inspected - 1;
    const classes = countClasses(plans, unitDefects(ctx.db, row.inspection_id), unitsInspected);
    updateAqlRow(ctx.db, row.inspection_id, { units_inspected: unitsInspected, verdict: overallVerdict(classes) });
    touchInspection(ctx, row.inspection_id, {});
    ctx.audit({ entity: 'lot_inspection', entityId: row.inspection_id, action: 'undo_unit', before: { unitNo: row.units_inspected } });
    return viewOf(ctx, requireRow(ctx, row.inspection_id));
  },

  'aql.complete': (input, ctx) => {
    const row = requireDraft(ctx, input.inspectionId);
    const plans = JSON.parse(row.plans_json) as FrozenPlan[];
    const classes = countClasses(plans, unitDefects(ctx.db, row.inspection_id), row.units_inspected);
    const verdict = overallVerdict(classes);
    if (verdict === 'open')
      throw conflict('aql_verdict_open', { remaining: remainingUnits(classes, row.units_inspected) }, 'Some classes have no verdict yet.');
    const now = ctx.env.now();
    const points = lotScorePoints(row.severity, classes);
    updateAqlRow(ctx.db, row.inspection_id, { verdict, completed_at: now, score_points: points });
    touchInspection(ctx, row.inspection_id, { state: 'completed', completed_at: now });
    ctx.audit({
      entity: 'lot_inspection',
      entityId: row.inspection_id,
      action: verdict === 'reject' ? 'reject_hold' : 'accept',
      after: {
        verdict,
        classes: classes.map((c) => ({ class: c.class, defective: c.defective, accept: c.accept, reject: c.reject, verdict: c.verdict })),
      },
    });
    return viewOf(ctx, requireRow(ctx, row.inspection_id));
  },

  'aql.dispose': (input, ctx) => {
    const user = ctx.requireUser();
    const row = requireRejectedHeld(ctx, input.inspectionId);
    const now = ctx.env.now();
    updateAqlRow(ctx.db, row.inspection_id, {
      disposition: input.disposition,
      disposition_reason: input.note ?? null,
      disposition_by: user.id,
      disposition_at: now,
    });
    touchInspection(ctx, row.inspection_id, { disposition: input.disposition === 'return_to_supplier' ? 'return_to_supplier' : null });
    ctx.audit({
      entity: 'lot_inspection',
      entityId: row.inspection_id,
      action: 'dispose',
      after: { disposition: input.disposition, note: input.note ?? null },
    });
    return viewOf(ctx, requireRow(ctx, row.inspection_id));
  },

  'aql.concede': (input, ctx) => {
    const user = ctx.requireUser();
    const row = requireRejectedHeld(ctx, input.inspectionId);
    updateAqlRow(ctx.db, row.inspection_id, {
      disposition: 'concession',
      disposition_reason: input.reason,
      disposition_by: user.id,
      disposition_at: ctx.env.now(),
    });
    touchInspection(ctx, row.inspection_id, {});
    ctx.audit({ entity: 'lot_inspection', entityId: row.inspection_id, action: 'concede', after: { reason: input.reason } });
    return viewOf(ctx, requireRow(ctx, row.inspection_id));
  },

  'aql.decideScheme': (input, ctx) => {
    const user = ctx.requireUser();
    const before = schemeView(schemeHistory(ctx.db, input.supplierId, input.productId));
    const allowed =
      (input.action === 'approveReduced' && before.canApproveReduced) ||
      (input.action === 'endReduced' && before.mode === 'reduced') ||
      (input.action === 'resume' && before.mode === 'discontinued');
    if (!allowed) throw conflict('aql_scheme_action_refused', {}, `${input.action} is not possible while ${before.mode}.`);
    // Strictly after the last event, so the replay orders the decision after the lot it follows.
    const history = schemeHistory(ctx.db, input.supplierId, input.productId);
    const at = Math.max(ctx.env.now(), (history.at(-1)?.at ?? 0) + 1);
    insertSchemeAction(ctx.db, {
      id: newId(),
      supplier_id: input.supplierId,
      product_id: input.productId,
      action: input.action,
      reason: input.reason,
      user_id: user.id,
      at,
    });
    const after = schemeView(schemeHistory(ctx.db, input.supplierId, input.productId));
    ctx.audit({
      entity: 'aql_scheme',
      entityId: `${input.supplierId}/${input.productId}`,
      action: input.action,
      before: { mode: before.mode },
      after: { mode: after.mode, reason: input.reason },
    });
    return after;
  },

  'aql.listSettings': (_input, ctx) => settingsList(ctx),

  'aql.saveSettings': (input, ctx) => {
    const user = ctx.requireUser();
    if (!first(ctx.db, sql$.selectFrom('suppliers').select('id').where('id', '=', input.supplierId)))
      throw notFound('referenced_record_missing', {}, 'Supplier not found', { field: 'supplierId' });
    if (input.productId !== null) {
      const belongs = ctx.db
        .prepare(
          'SELECT 1 FROM products p WHERE p.id = ? AND (p.supplier_id = ? OR EXISTS (SELECT 1 FROM skus k WHERE k.product_id = p.id AND k.supplier_id = ?))',
        )
        .get(input.productId, input.supplierId, input.supplierId);
      if (!belongs) throw invalid('aql_product_not_of_supplier', {}, 'Product not of this supplier.', { field: 'productId' });
    }
    const { supplierId, productId, ...settings } = input;
    upsertSettings(ctx.db, {
      supplier_id: supplierId,
      product_id: productId ?? '',
      level: settings.level,
      aql_critical: settings.critical,
      aql_major: settings.major,
      aql_minor: settings.minor,
      updated_at: ctx.env.now(),
      updated_by: user.id,
    });
    ctx.audit({ entity: 'aql_settings', entityId: `${supplierId}/${productId ?? ''}`, action: 'save', after: input });
    return settingsList(ctx);
  },

  'aql.recent': (input, ctx) => recentInspections(ctx.db, input.limit),
});
