import { conflict, notFound } from '../../../../shared/contract/errors';
import { defineHandlers, type HandlerContext } from '../../core/context';
import { newId } from '../../core/ids';
import {
  findDefectType,
  findDefectTypeByCode,
  findDefectTypeNamed,
  insertDefectType,
  listDefectTypes,
  nextSortOrder,
  updateDefectType,
} from './taxonomy.repository';

const requireType = (ctx: HandlerContext, id: string) => {
  const found = findDefectType(ctx.db, id);
  if (!found) throw notFound('defect_type_not_found', {}, 'Defect type not found', { id });
  return found;
};

/** A second create of the same type (a double click on OK) or a rename onto another type's name is refused. */
const refuseTakenName = (ctx: HandlerContext, names: { nameZh?: string; nameEn?: string }, exceptId?: string) => {
  const taken = findDefectTypeNamed(ctx.db, names, exceptId);
  if (taken)
    throw conflict('defect_name_taken', { name: taken.name }, `A defect type named ${taken.name} already exists.`, { field: 'name' });
};

/** Owners shape the taxonomy; findings keep pointing at their type, so there is deliberately no delete. */
export const taxonomyHandlers = defineHandlers({
  'taxonomy.list': (input, ctx) => listDefectTypes(ctx.db, input),

  'taxonomy.create': (input, ctx) => {
    const now = ctx.env.now();
    const existing = findDefectTypeByCode(ctx.db, input.code);
    if (existing)
      throw conflict(
        'defect_code_taken',
        { code: input.code },
        `A defect type with code ${input.code} already exists (${existing.nameZh} / ${existing.nameEn}).`,
        { field: 'code' },
      );
    refuseTakenName(ctx, input);
    const id = newId();
    insertDefectType(ctx.db, {
      id,
      code: input.code,
      name_zh: input.nameZh,
      name_en: input.nameEn,
      category: input.category,
      default_class: input.defaultClass,
      active: 1,
      sort_order: nextSortOrder(ctx.db),
      created_at: now,
      updated_at: now,
    });
    const created = requireType(ctx, id);
    ctx.audit({ entity: 'defect_type', entityId: id, action: 'create', after: created });
    return created;
  },

  'taxonomy.update': (input, ctx) => {
    const before = requireType(ctx, input.id);
    refuseTakenName(ctx, input, input.id);
    updateDefectType(ctx.db, input.id, {
      ...(input.nameZh !== undefined && { name_zh: input.nameZh }),
      ...(input.nameEn !== undefined && { name_en: input.nameEn }),
      ...(input.category !== undefined && { category: input.category }),
      ...(input.defaultClass !== undefined && { default_class: input.defaultClass }),
      ...(input.sortOrder !== undefined && { sort_order: input.sortOrder }),
      updated_at: ctx.env.now(),
    });
    const after = requireType(ctx, input.id);
    ctx.audit({ entity: 'defect_type', entityId: input.id, action: 'update', before, after });
    return after;
  },

  'taxonomy.setActive': (input, ctx) => {
    const before = requireType(ctx, input.id);
    updateDefectType(ctx.db, input.id, { active: input.active ? 1 : 0, updated_at: ctx.env.now() });
    const after = requireType(ctx, input.id);
    ctx.audit({ entity: 'defect_type', entityId: input.id, action: input.active ? 'reactivate' : 'deactivate', before, after });
    return after;
  },
});
