import { z } from 'zod';
import { neverSayKinds, replySituations } from '../domain/reply-templates';
import { defineMethod } from './define';

/**
 * Reply templates and the "never say" list (issue 16, item 2). Everyone signed in reads them (service staff use
 * them; an inspector may look); only the owner shapes them. Nothing is deleted: a template or phrase is deactivated,
 * so a logged reply keeps the template it came from.
 */
export const replyTemplateSchema = z.object({
  id: z.string(),
  situation: z.enum(replySituations),
  titleZh: z.string(),
  titleEn: z.string(),
  /** The Chinese text sent to the buyer, with placeholders such as {订单号}. */
  bodyZh: z.string(),
  /** What it says, in English, for the owner. */
  glossEn: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  /** Replies logged from it: a template in use can be edited or deactivated, never deleted. */
  usageCount: z.number().int(),
});
export type ReplyTemplate = z.infer<typeof replyTemplateSchema>;

export const neverSayPhraseSchema = z.object({
  id: z.string(),
  phrase: z.string(),
  kind: z.enum(neverSayKinds),
  active: z.boolean(),
});
export type NeverSayPhraseView = z.infer<typeof neverSayPhraseSchema>;

const id = z.string().min(1).max(64);
const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is required.`).max(max, `${label} has at most ${max} characters.`);
const templateFields = {
  situation: z.enum(replySituations),
  titleZh: text('Chinese title', 60),
  titleEn: text('English title', 80),
  bodyZh: text('Chinese text', 1000),
  glossEn: z.string().trim().max(2000),
};
const phrase = text('Phrase', 40);

export const templatesContract = {
  'templates.list': defineMethod({
    summary: 'Reply templates by situation, then order; inactive ones only when asked (the composer hides them).',
    input: z.object({ includeInactive: z.boolean().default(false) }).strict(),
    output: z.array(replyTemplateSchema),
    roles: 'anyUser',
    access: 'read',
  }),
  'templates.create': defineMethod({
    summary: 'Add a reply template (owner): situation, Chinese title and text with placeholders, English title and gloss.',
    input: z.object({ ...templateFields, glossEn: templateFields.glossEn.default('') }).strict(),
    output: replyTemplateSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'templates.update': defineMethod({
    summary: 'Edit, re-order, deactivate or reactivate a reply template (owner); replies already logged keep their text.',
    input: z
      .object({
        id,
        situation: templateFields.situation.optional(),
        titleZh: templateFields.titleZh.optional(),
        titleEn: templateFields.titleEn.optional(),
        bodyZh: templateFields.bodyZh.optional(),
        glossEn: templateFields.glossEn.optional(),
        sortOrder: z.number().int().min(0).max(100_000).optional(),
        active: z.boolean().optional(),
      })
      .strict(),
    output: replyTemplateSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'templates.neverSayList': defineMethod({
    summary: 'The "never say" phrases the composer warns about (blame, refusal without a reason, arguing); inactive ones when asked.',
    input: z.object({ includeInactive: z.boolean().default(false) }).strict(),
    output: z.array(neverSayPhraseSchema),
    roles: 'anyUser',
    access: 'read',
  }),
  'templates.neverSayAdd': defineMethod({
    summary: 'Add a phrase to the "never say" list (owner).',
    input: z.object({ phrase, kind: z.enum(neverSayKinds) }).strict(),
    output: neverSayPhraseSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'templates.neverSayUpdate': defineMethod({
    summary: 'Reword, re-kind, deactivate or reactivate a "never say" phrase (owner).',
    input: z.object({ id, phrase: phrase.optional(), kind: z.enum(neverSayKinds).optional(), active: z.boolean().optional() }).strict(),
    output: neverSayPhraseSchema,
    roles: ['owner'],
    access: 'write',
  }),
} as const;
