import { z } from 'zod';
import { caseTypes, reasonCategories } from '../domain/aftersales';
import { deskDueFilters, deskScopes, deskViews } from '../domain/desk';
import { caseRowSchema } from './cases.contract';
import { defineMethod } from './define';

const id = z.string().min(1).max(64);

/** The app-wide counter: cases waiting on the merchant that are overdue, or due within `deskDueSoonHours`. */
export const deskCounterSchema = z.object({
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  now: z.number().int(),
});
export type DeskCounter = z.infer<typeof deskCounterSchema>;

const deskPersonSchema = z.object({ id: z.string(), name: z.string(), role: z.enum(['owner', 'service']) });

export const deskQueueInputSchema = z
  .object({
    scope: z.enum(deskScopes).default('team'),
    view: z.enum(deskViews).default('merchant'),
    /** `urgent`: only cases overdue or due within 2 hours (what the counter counts). Merchant view only. */
    due: z.enum(deskDueFilters).default('all'),
    type: z.enum(caseTypes).optional(),
    reasonCategory: z.enum(reasonCategories).optional(),
    /** In the others view: whose turn it is. */
    waitingOn: z.enum(['buyer', 'platform', 'review']).optional(),
    dispute: z.boolean().optional(),
    skuCode: z.string().trim().min(1).max(64).optional(),
    storeId: id.optional(),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .strict();
export type DeskQueueInput = z.input<typeof deskQueueInputSchema>;

export const deskContract = {
  'desk.queue': defineMethod({
    summary:
      'The service queue: cases waiting on the merchant sorted by time left (mine or the team’s), or the cases waiting on the buyer, the platform or a review, with filters; tab counts, the app-wide counter, stores and the people a case can go to.',
    input: deskQueueInputSchema,
    output: z.object({
      rows: z.array(caseRowSchema),
      total: z.number().int(),
      counts: z.object({ mine: z.number().int(), team: z.number().int(), others: z.number().int() }),
      counter: deskCounterSchema,
      stores: z.array(z.object({ id: z.string(), name: z.string() })),
      people: z.array(deskPersonSchema),
    }),
    roles: ['owner', 'service'],
    access: 'read',
  }),
  'desk.counter': defineMethod({
    summary: 'How many cases waiting on the merchant are overdue and due within 2 hours (the header’s counter, polled).',
    input: z.object({}).strict(),
    output: deskCounterSchema,
    roles: ['owner', 'service'],
    access: 'read',
  }),
  'desk.claim': defineMethod({
    summary: 'Take a case (assign it to me). A case someone else already holds is refused with their name; nothing is overwritten.',
    input: z.object({ id }).strict(),
    output: caseRowSchema,
    roles: ['owner', 'service'],
    access: 'write',
  }),
  'desk.assign': defineMethod({
    summary:
      'Give one or more cases to a person of the desk (owner or service), or take them back (null) — the owner only; audited per case.',
    input: z
      .object({
        ids: z.array(id).min(1, 'choose at least one case').max(200, 'at most 200 cases at once'),
        assigneeId: id.nullable(),
      })
      .strict(),
    output: z.object({ rows: z.array(caseRowSchema) }),
    roles: ['owner'],
    access: 'write',
  }),
  'desk.takeAlerts': defineMethod({
    summary:
      'Desktop alerts due now: cases waiting on the merchant that crossed a policy threshold (hours before the deadline) and were not alerted for it yet. Each is returned once, ever, per deadline.',
    input: z.object({}).strict(),
    output: z.object({
      alerts: z.array(
        z.object({ caseId: z.string(), caseNumber: z.string(), hoursBefore: z.number().int(), deadlineAt: z.number().int() }),
      ),
    }),
    roles: ['owner', 'service'],
    access: 'job',
  }),
} as const;
