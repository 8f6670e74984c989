import { z } from 'zod';
import { defineMethod } from './define';
import { idleLockBounds } from '../domain/idle-lock';
import { deskAlertBounds } from '../domain/desk';
import { aqlSettingsSchema } from './aql.contract';

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

/** What the shop offers beyond the law (shared/domain/policy.ts, LawSettings). */
const lawSettingsSchema = z.object({ freeReturnShipping: z.boolean() }).strict();
const fenSchema = z.number().int('an amount is whole fen').min(0, 'an amount is not negative').max(100_000_00);
const byReason = <T extends z.ZodType>(v: T) =>
  z
    .object({
      no_reason_7day: v,
      quality: v,
      not_as_described: v,
      wrong_size: v,
      missing_parts: v,
      wrong_item: v,
      transit_damage: v,
      other: v,
    })
    .strict();
const byGrade = <T extends z.ZodType>(v: T) => z.object({ A: v, B: v, C: v, D: v }).strict();

/** The rates behind the cheapest-remedy advice (shared/domain/remedy-cost.ts, RemedyCostRates). */
export const remedyCostsSchema = z
  .object({
    labourFenPerHour: fenSchema,
    handlingMinutes: z.number().int().min(0).max(600),
    inspectionMinutes: z.number().int().min(0).max(600),
    defaultReturnFreightFen: fenSchema,
    outboundFreightFen: fenSchema,
    partialRefundPercentByReason: byReason(percentSchema),
    resaleValuePercentByGrade: byGrade(percentSchema),
  })
  .strict();

/** Hours before a deadline at which the desk raises a desktop alert (shared/domain/desk.ts); [] turns them off. */
const deskAlertsSchema = z
  .object({
    hoursBefore: z
      .array(
        z
          .number()
          .int('alert hours must be whole hours')
          .min(deskAlertBounds.minHours, 'alert hours are 1 to 72')
          .max(deskAlertBounds.maxHours, 'alert hours are 1 to 72'),
      )
      .max(deskAlertBounds.maxThresholds),
  })
  .strict();

/** The desk's follow-up after a case resolves (shared/domain/policy.ts, FollowUpPolicy). */
export const followUpPolicySchema = z.object({ days: z.number().int('followUp.days must be whole days').min(1).max(30) }).strict();

/** Escalation (shared/domain/policy.ts, EscalationPolicy). */
export const escalationPolicySchema = z
  .object({
    defaultEvidenceHours: z.number().int('escalation.defaultEvidenceHours must be whole hours').min(1).max(720),
    ownerAnswerHours: z.number().int('escalation.ownerAnswerHours must be whole hours').min(1).max(72),
  })
  .strict();

export const policySchema = z.object({
  responseHours: z.number().int('responseHours must be whole hours').min(1).max(720),
  refundHours: z.number().int('refundHours must be whole hours').min(1).max(720),
  noReasonWindowDays: z.number().int('noReasonWindowDays must be whole days').min(0).max(90),
  timezone: timezoneSchema,
  locale: z.enum(['zh-CN', 'en-US']),
  outcome: outcomePolicySchema,
  law: lawSettingsSchema,
  remedyCosts: remedyCostsSchema,
  deskAlerts: deskAlertsSchema,
  followUp: followUpPolicySchema,
  escalation: escalationPolicySchema,
  aql: aqlSettingsSchema,
});
export type PolicyValue = z.infer<typeof policySchema>;

const idleMinutesSchema = z.number().int('idle minutes must be whole minutes').min(idleLockBounds.min).max(idleLockBounds.max);
export const idleLockSchema = z.object({ owner: idleMinutesSchema, inspector: idleMinutesSchema, service: idleMinutesSchema }).strict();
/** A change to the policy: any of its keys; in `outcome`, any percentage (the others are kept). */
const policyPatchSchema = policySchema
  .omit({ outcome: true, law: true, remedyCosts: true, deskAlerts: true, followUp: true, escalation: true, aql: true })
  .partial()
  .extend({
    remedyCosts: remedyCostsSchema
      .omit({ partialRefundPercentByReason: true, resaleValuePercentByGrade: true })
      .partial()
      .extend({
        partialRefundPercentByReason: byReason(percentSchema.optional()).optional(),
        resaleValuePercentByGrade: byGrade(percentSchema.optional()).optional(),
      })
      .strict()
      .optional(),
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
    law: lawSettingsSchema.partial().optional(),
    deskAlerts: deskAlertsSchema.optional(),
    followUp: followUpPolicySchema.partial().strict().optional(),
    escalation: escalationPolicySchema.partial().strict().optional(),
    aql: aqlSettingsSchema.partial().strict().optional(),
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
