import type { NeverSayPhraseView, ReplyTemplate } from '../../../../shared/contract/templates.contract';
import { neverSayKinds, replySituations } from '../../../../shared/domain/reply-templates';
import type { Sqlite } from '../../db/connection';
import { all, first, run, sql$ } from '../../db/query';
import type { NewRow, RowPatch } from '../../db/schema';

const situationRank = new Map<string, number>(replySituations.map((s, i) => [s, i]));

const templatesWithUsage = () =>
  sql$
    .selectFrom('reply_templates as t')
    .selectAll('t')
    .select((eb) =>
      eb
        .selectFrom('communications as m')
        .whereRef('m.template_id', '=', 't.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('usage_count'),
    );

type TemplateRow = Awaited<ReturnType<typeof templatesRows>>[number];
const templatesRows = (db: Sqlite, where: { id?: string; includeInactive?: boolean }) => {
  let query = templatesWithUsage();
  if (where.id !== undefined) query = query.where('t.id', '=', where.id);
  if (!where.includeInactive) query = query.where('t.active', '=', 1);
  return all(db, query);
};

const toTemplate = (r: TemplateRow): ReplyTemplate => ({
  id: r.id,
  situation: r.situation,
  titleZh: r.title_zh,
  titleEn: r.title_en,
  bodyZh: r.body_zh,
  glossEn: r.gloss_en,
  sortOrder: r.sort_order,
  active: r.active === 1,
  usageCount: r.usage_count ?? 0,
});

/** Situations in the order a conversation meets them, then the owner's order within each. */
export const listTemplates = (db: Sqlite, includeInactive: boolean): ReplyTemplate[] =>
  templatesRows(db, { includeInactive })
    .map(toTemplate)
    .sort((a, b) => (situationRank.get(a.situation) ?? 0) - (situationRank.get(b.situation) ?? 0) || a.sortOrder - b.sortOrder);

export const findTemplate = (db: Sqlite, id: string): ReplyTemplate | undefined => {
  const [row] = templatesRows(db, { id, includeInactive: true });
  return row ? toTemplate(row) : undefined;
};

/** A new template goes to the end of its situation. */
export const nextTemplateSortOrder = (db: Sqlite, situation: ReplyTemplate['situation']): number =>
  (first(
    db,
    sql$
      .selectFrom('reply_templates')
      .select((eb) => eb.fn.max('sort_order').as('top'))
      .where('situation', '=', situation),
  )?.top ?? 0) + 10;

export const insertTemplate = (db: Sqlite, row: NewRow<'reply_templates'>): void => {
  run(db, sql$.insertInto('reply_templates').values(row));
};

export const updateTemplate = (db: Sqlite, id: string, patch: RowPatch<'reply_templates'>): void => {
  run(db, sql$.updateTable('reply_templates').set(patch).where('id', '=', id));
};

const toPhrase = (r: { id: string; phrase: string; kind: NeverSayPhraseView['kind']; active: 0 | 1 }): NeverSayPhraseView => ({
  id: r.id,
  phrase: r.phrase,
  kind: r.kind,
  active: r.active === 1,
});

const kindRank = new Map<string, number>(neverSayKinds.map((k, i) => [k, i]));

/** Blame first, then refusal, then arguing (the order of the kinds), oldest first within each. */
export const listNeverSay = (db: Sqlite, includeInactive: boolean): NeverSayPhraseView[] => {
  let query = sql$.selectFrom('never_say_phrases').select(['id', 'phrase', 'kind', 'active']).orderBy('created_at').orderBy('id');
  if (!includeInactive) query = query.where('active', '=', 1);
  return all(db, query)
    .map(toPhrase)
    .sort((a, b) => (kindRank.get(a.kind) ?? 0) - (kindRank.get(b.kind) ?? 0));
};

export const findNeverSay = (db: Sqlite, id: string): NeverSayPhraseView | undefined => {
  const row = first(db, sql$.selectFrom('never_say_phrases').select(['id', 'phrase', 'kind', 'active']).where('id', '=', id));
  return row ? toPhrase(row) : undefined;
};

/** The same phrase differing only in letter case is the same phrase (the column is NOCASE). */
export const findNeverSayByPhrase = (db: Sqlite, phrase: string): NeverSayPhraseView | undefined => {
  const row = first(db, sql$.selectFrom('never_say_phrases').select(['id', 'phrase', 'kind', 'active']).where('phrase', '=', phrase));
  return row ? toPhrase(row) : undefined;
};

export const insertNeverSay = (db: Sqlite, row: NewRow<'never_say_phrases'>): void => {
  run(db, sql$.insertInto('never_say_phrases').values(row));
};

export const updateNeverSay = (db: Sqlite, id: string, patch: RowPatch<'never_say_phrases'>): void => {
  run(db, sql$.updateTable('never_say_phrases').set(patch).where('id', '=', id));
};
