import { z } from 'zod';
import { caseStatuses, waitingOnParties } from '../domain/aftersales';
import { clockArmReasons, clockKinds, clockStopReasons, followUpOutcomes, taskClockKinds } from '../domain/clocks';
import { defineMethod } from './define';
import { epochMs } from './time';

const id = z.string().min(1).max(64);

export const clockSchema = z.object({
  id: z.string(),
  kind: z.enum(clockKinds),
  dueAt: z.number().int(),
  armedAt: z.number().int(),
  armedByName: z.string().nullable(),
  /** The export that armed it (its file name), when an import did. */
  armedByFile: z.string().nullable(),
  armedReason: z.enum(clockArmReasons),
  note: z.string().nullable(),
  stoppedAt: z.number().int().nullable(),
  stoppedByName: z.string().nullable(),
  stoppedByFile: z.string().nullable(),
  stoppedReason: z.enum(clockStopReasons).nullable(),
  followUpOutcome: z.enum(followUpOutcomes).nullable(),
  satisfaction: z.number().int().nullable(),
  comment: z.string().nullable(),
});
export type ClockView = z.infer<typeof clockSchema>;

export const caseClocksSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  status: z.enum(caseStatuses),
  waitingOn: z.enum(waitingOnParties),
  dispute: z.boolean(),
  voided: z.boolean(),
  requestedAt: z.number().int(),
  /** The live merchant clock (the running respond or refund clock's due time). */
  merchantDeadlineAt: z.number().int().nullable(),
  respondedAt: z.number().int().nullable(),
  /** Request → first merchant action or outgoing message; null until there is one. */
  firstResponseMs: z.number().int().nullable(),
  /** Every clock the case ever had, oldest first; the running ones have no `stoppedAt`. */
  clocks: z.array(clockSchema),
  now: z.number().int(),
});
export type CaseClocks = z.infer<typeof caseClocksSchema>;

export const taskRowSchema = z.object({
  clockId: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  kind: z.enum(taskClockKinds),
  dueAt: z.number().int(),
  note: z.string().nullable(),
  assigneeName: z.string().nullable(),
  status: z.enum(caseStatuses),
});
export type TaskRow = z.infer<typeof taskRowSchema>;

export const clocksContract = {
  'clocks.forCase': defineMethod({
    summary:
      'A case’s clocks with their history (respond, refund, evidence deadline, promised update, follow-up) and its first response time.',
    input: z.object({ caseId: id }).strict(),
    output: caseClocksSchema,
    roles: 'anyUser',
    access: 'read',
  }),
  'clocks.set': defineMethod({
    summary:
      'Set (or re-arm) a case’s evidence deadline (while the platform intervenes), a promised update or a follow-up date (service/owner); a time in the past is refused.',
    input: z
      .object({
        caseId: id,
        kind: z.enum(taskClockKinds),
        dueAt: epochMs,
        note: z.string().trim().max(500).optional(),
      })
      .strict(),
    output: caseClocksSchema,
    roles: ['owner', 'service'],
    access: 'write',
  }),
  'clocks.complete': defineMethod({
    summary:
      'Complete a task clock (service/owner): evidence sent, update given, or a follow-up with the buyer’s satisfaction (1–5 and a comment) or no answer.',
    input: z
      .object({
        clockId: id,
        outcome: z.enum(followUpOutcomes).optional(),
        satisfaction: z.number().int('satisfaction is 1 to 5').min(1, 'satisfaction is 1 to 5').max(5, 'satisfaction is 1 to 5').optional(),
        comment: z.string().trim().max(1000).optional(),
      })
      .strict(),
    output: caseClocksSchema,
    roles: ['owner', 'service'],
    access: 'write',
  }),
  'clocks.tasks': defineMethod({
    summary:
      'Open desk tasks (evidence deadlines, promised updates, follow-ups), soonest due first: mine (cases assigned to me) or the team’s.',
    input: z
      .object({
        scope: z.enum(['mine', 'team']).default('team'),
        limit: z.number().int().min(1).max(500).default(200),
      })
      .strict(),
    output: z.object({ rows: z.array(taskRowSchema), total: z.number().int(), now: z.number().int() }),
    roles: ['owner', 'service'],
    access: 'read',
  }),
} as const;
