import { conflict, notFound } from '../../../../shared/contract/errors';
import type { NeverSayPhraseView, ReplyTemplate } from '../../../../shared/contract/templates.contract';
import { defineHandlers, type HandlerContext } from '../../core/context';
import { newId } from '../../core/ids';
import {
  findNeverSay,
  findNeverSayByPhrase,
  findTemplate,
  insertNeverSay,
  insertTemplate,
  listNeverSay,
  listTemplates,
  nextTemplateSortOrder,
  updateNeverSay,
  updateTemplate,
} from './templates.repository';

const requireTemplate = (ctx: HandlerContext, id: string): ReplyTemplate => {
  const found = findTemplate(ctx.db, id);
  if (!found) throw notFound('reply_template_not_found', {}, 'Reply template not found', { field: 'id', id });
  return found;
};

const requirePhrase = (ctx: HandlerContext, id: string): NeverSayPhraseView => {
  const found = findNeverSay(ctx.db, id);
  if (!found) throw notFound('never_say_phrase_not_found', {}, 'Never-say phrase not found', { field: 'id', id });
  return found;
};

/** A phrase already on the list (in any letter case) is refused rather than listed twice. */
const refuseTakenPhrase = (ctx: HandlerContext, phrase: string, exceptId?: string) => {
  const taken = findNeverSayByPhrase(ctx.db, phrase);
  if (taken && taken.id !== exceptId)
    throw conflict('never_say_phrase_taken', { phrase: taken.phrase }, `"${taken.phrase}" is already on the never-say list.`, {
      field: 'phrase',
    });
};

const flag = (value: boolean | undefined): 0 | 1 | undefined => (value === undefined ? undefined : value ? 1 : 0);

/** An update's audit action: switching off and on are what an owner looks for in the log. */
const changeAction = (before: { active: boolean }, after: { active: boolean }) =>
  before.active === after.active ? 'update' : after.active ? 'reactivate' : 'deactivate';

/** Owners shape the templates and the list; service staff read them. Nothing is deleted (a reply keeps its template). */
export const templatesHandlers = defineHandlers({
  'templates.list': (input, ctx) => listTemplates(ctx.db, input.includeInactive),

  'templates.create': (input, ctx) => {
    const now = ctx.env.now();
    const id = newId();
    insertTemplate(ctx.db, {
      id,
      situation: input.situation,
      title_zh: input.titleZh,
      title_en: input.titleEn,
      body_zh: input.bodyZh,
      gloss_en: input.glossEn,
      sort_order: nextTemplateSortOrder(ctx.db, input.situation),
      active: 1,
      created_at: now,
      updated_at: now,
    });
    const created = requireTemplate(ctx, id);
    ctx.audit({ entity: 'reply_template', entityId: id, action: 'create', after: { ...input } });
    return created;
  },

  'templates.update': (input, ctx) => {
    const before = requireTemplate(ctx, input.id);
    updateTemplate(ctx.db, input.id, {
      situation: input.situation,
      title_zh: input.titleZh,
      title_en: input.titleEn,
      body_zh: input.bodyZh,
      gloss_en: input.glossEn,
      sort_order: input.sortOrder,
      active: flag(input.active),
      updated_at: ctx.env.now(),
    });
    const after = requireTemplate(ctx, input.id);
    const { usageCount: _before, ...was } = before;
    const { usageCount: _after, ...now } = after;
    ctx.audit({ entity: 'reply_template', entityId: input.id, action: changeAction(before, after), before: was, after: now });
    return after;
  },

  'templates.neverSayList': (input, ctx) => listNeverSay(ctx.db, input.includeInactive),

  'templates.neverSayAdd': (input, ctx) => {
    refuseTakenPhrase(ctx, input.phrase);
    const now = ctx.env.now();
    const id = newId();
    insertNeverSay(ctx.db, { id, phrase: input.phrase, kind: input.kind, active: 1, created_at: now, updated_at: now });
    const added = requirePhrase(ctx, id);
    ctx.audit({ entity: 'never_say_phrase', entityId: id, action: 'create', after: added });
    return added;
  },

  'templates.neverSayUpdate': (input, ctx) => {
    const before = requirePhrase(ctx, input.id);
    if (input.phrase !== undefined) refuseTakenPhrase(ctx, input.phrase, input.id);
    updateNeverSay(ctx.db, input.id, { phrase: input.phrase, kind: input.kind, active: flag(input.active), updated_at: ctx.env.now() });
    const after = requirePhrase(ctx, input.id);
    ctx.audit({ entity: 'never_say_phrase', entityId: input.id, action: changeAction(before, after), before, after });
    return after;
  },
});
