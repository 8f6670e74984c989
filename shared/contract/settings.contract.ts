import { z } from 'zod';
import { defineMethod } from './define';
import { idleLockBounds } from '../domain/idle-lock';

/** A zone the runtime knows; an unknown name would silently shift every deadline shown. */
const timezoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown time zone (use an IANA name such as Asia/Shanghai)');

/** A share of the refund, 0 (reject with evidence) to 100 (full refund). */
const percentSchema = z.number().min(0, 'a percentage is 0 to 100').max(100, 'a percentage is 0 to 100');

/** The owner's outcome rule (shared/domain/outcome.ts, OutcomePolicy). */
const outcomePolicySchema = z
  .object({
    partlyConfirmedRefundPercent: percentSchema,
    customerDamageRefundPercentByGrade: z.object({ A: percentSchema, B: percentSchema, C: percentSchema, D: percentSchema }).strict(),
  })
  .strict();

/** The desk's follow-up after a case resolves (shared/domain/policy.ts, FollowUpPolicy). */
export const followUpPolicySchema = z.object({ days: z.number().int('followUp.days must be whole days').min(1).max(30) }).strict();

export const policySchema = z.object({
  responseHours: z.number().int('responseHours must be whole hours').min(1).max(720),
  refundHours: z.number().int('refundHours must be whole hours').min(1).max(720),
  noReasonWindowDays: z.number().int('noReasonWindowDays must be whole days').min(0).max(90),
  timezone: timezoneSchema,
  locale: z.enum(['zh-CN', 'en-US']),
  outcome: outcomePolicySchema,
  followUp: followUpPolicySchema,
});
export type PolicyValue = z.infer<typeof policySchema>;

const idleMinutesSchema = z.number().int('idle minutes must be whole minutes').min(idleLockBounds.min).max(idleLockBounds.max);
export const idleLockSchema = z.object({ owner: idleMinutesSchema, inspector: idleMinutesSchema, service: idleMinutesSchema }).strict();
/** A change to the policy: any of its keys; in `outcome`, any percentage (the others are kept). */
const policyPatchSchema = policySchema
  .omit({ outcome: true, followUp: true })
  .partial()
  .extend({
    outcome: z
      .object({
        partlyConfirmedRefundPercent: percentSchema.optional(),
        customerDamageRefundPercentByGrade: z
          .object({ A: percentSchema.optional(), B: percentSchema.optional(), C: percentSchema.optional(), D: percentSchema.optional() })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    followUp: followUpPolicySchema.partial().strict().optional(),
  })
  .strict();
export type PolicyPatch = z.infer<typeof policyPatchSchema>;

export const settingsContract = {
  'settings.getPolicy': defineMethod({
    summary: 'The store policy: default response and refund hours, the no-reason window, the time zone and the outcome rule’s percentages.',
    input: z.object({}).strict(),
    output: policySchema,
    roles: 'anyUser',
    access: 'read',
  }),
  'settings.updatePolicy': defineMethod({
    summary:
      'Change the policy defaults (owner). Existing cases keep their own deadlines; new manual cases use these. Outcome percentages apply to inspections completed from now on.',
    input: policyPatchSchema,
    output: policySchema,
    roles: ['owner'],
    access: 'write',
  }),
  'settings.getIdleLock': defineMethod({
    summary: 'Minutes without input after which a window locks to the login picker, per role.',
    input: z.object({}).strict(),
    output: idleLockSchema,
    roles: 'anyUser',
    access: 'read',
  }),
  'settings.updateIdleLock': defineMethod({
    summary: 'Change the idle lock minutes per role (owner); windows pick them up at their next login or unlock.',
    input: idleLockSchema.partial().strict(),
    output: idleLockSchema,
    roles: ['owner'],
    access: 'write',
  }),
} as const;
