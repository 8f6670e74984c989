import { z } from 'zod';
import { escalationActions, escalationLevels, escalationReasons, maxDecisionFen, platformDecisions } from '../domain/escalation';
import { defineMethod } from './define';
import { epochMs } from './time';

const id = z.string().min(1).max(64);
const note = z.string().trim().max(1000);

export const escalationStepSchema = z.object({
  id: z.string(),
  action: z.enum(escalationActions),
  levelAfter: z.enum(escalationLevels),
  reason: z.enum(escalationReasons).nullable(),
  note: z.string().nullable(),
  interventionId: z.string().nullable(),
  /** When it happened (the platform's times are entered); `recordedAt` is when it was typed in. */
  happenedAt: z.number().int(),
  recordedAt: z.number().int(),
  recordedByName: z.string().nullable(),
});
export type EscalationStep = z.infer<typeof escalationStepSchema>;

export const evidenceItemSchema = z.object({
  kind: z.enum(['text', 'attachment', 'message']),
  text: z.string().nullable(),
  attachmentId: z.string().nullable(),
  /** The photo's capture time, for the list (the photo itself is fetched by id). */
  attachmentTakenAt: z.number().int().nullable(),
  messageId: z.string().nullable(),
  messageAt: z.number().int().nullable(),
  messageText: z.string().nullable(),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

export const evidenceSubmissionSchema = z.object({
  id: z.string(),
  submittedAt: z.number().int(),
  note: z.string().nullable(),
  recordedAt: z.number().int(),
  recordedByName: z.string().nullable(),
  items: z.array(evidenceItemSchema),
});
export type EvidenceSubmission = z.infer<typeof evidenceSubmissionSchema>;

export const interventionSchema = z.object({
  id: z.string(),
  openedAt: z.number().int(),
  openedByName: z.string().nullable(),
  evidenceDueAt: z.number().int().nullable(),
  /** The case's evidence clock this intervention armed is still running (the desk counts it as a task). */
  evidenceClockRunning: z.boolean(),
  note: z.string().nullable(),
  decision: z.enum(platformDecisions).nullable(),
  decisionAmountFen: z.number().int().nullable(),
  decidedAt: z.number().int().nullable(),
  decidedByName: z.string().nullable(),
  decisionNote: z.string().nullable(),
  submissions: z.array(evidenceSubmissionSchema),
});
export type Intervention = z.infer<typeof interventionSchema>;

export const caseEscalationSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  level: z.enum(escalationLevels),
  sinceAt: z.number().int().nullable(),
  /** Every move, oldest first. */
  steps: z.array(escalationStepSchema),
  /** Every intervention, oldest first; at most the last is open. */
  interventions: z.array(interventionSchema),
  now: z.number().int(),
});
export type CaseEscalation = z.infer<typeof caseEscalationSchema>;

export const escalationQueueRowSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  level: z.enum(['owner', 'platform']),
  sinceAt: z.number().int(),
  reason: z.enum(escalationReasons).nullable(),
  note: z.string().nullable(),
  byName: z.string().nullable(),
  evidenceDueAt: z.number().int().nullable(),
});
export type EscalationQueueRow = z.infer<typeof escalationQueueRowSchema>;

export const escalationContract = {
  'escalation.forCase': defineMethod({
    summary:
      'A case’s escalation: its level (agent, owner, platform, decided), every move so far, and each platform intervention with its evidence and decision.',
    input: z.object({ caseId: id }).strict(),
    output: caseEscalationSchema,
    roles: 'anyUser',
    access: 'read',
  }),
  'escalation.toOwner': defineMethod({
    summary:
      'Escalate a case to the owner (service/owner) with a reason from the list (`other` needs a note); it lands in the owner’s queue.',
    input: z.object({ caseId: id, reason: z.enum(escalationReasons), note: note.optional() }).strict(),
    output: caseEscalationSchema,
    roles: ['owner', 'service'],
    access: 'write',
  }),
  'escalation.handBack': defineMethod({
    summary: 'The owner hands an escalated case back to the desk with a decision note (what to do).',
    input: z.object({ caseId: id, note: note.min(1, 'note is required') }).strict(),
    output: caseEscalationSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'escalation.openIntervention': defineMethod({
    summary:
      'Record that the platform intervened (平台介入): when (default now) and its evidence deadline, which arms the case’s evidence clock (a desk task). Marks the case as a dispute.',
    input: z.object({ caseId: id, openedAt: epochMs.optional(), evidenceDueAt: epochMs.optional(), note: note.optional() }).strict(),
    output: caseEscalationSchema,
    roles: ['owner', 'service'],
    access: 'write',
  }),
  'escalation.recordEvidence': defineMethod({
    summary:
      'Record evidence sent to the platform during its intervention: when (default now), free lines and the case’s photos and messages by reference.',
    input: z
      .object({
        caseId: id,
        submittedAt: epochMs.optional(),
        items: z.array(z.string().trim().min(1).max(200)).max(30, 'at most 30 lines').default([]),
        attachmentIds: z.array(id).max(50, 'at most 50 photos').default([]),
        messageIds: z.array(id).max(100, 'at most 100 messages').default([]),
        note: note.optional(),
      })
      .strict(),
    output: caseEscalationSchema,
    roles: ['owner', 'service'],
    access: 'write',
  }),
  'escalation.recordDecision': defineMethod({
    summary:
      'Record the platform’s decision (for the merchant / for the buyer / split, with the amount) and when; closes the intervention and stops its evidence clock.',
    input: z
      .object({
        caseId: id,
        decision: z.enum(platformDecisions),
        amountFen: z.number().int('amounts are whole fen').min(0).max(maxDecisionFen).optional(),
        decidedAt: epochMs.optional(),
        note: note.optional(),
      })
      .strict(),
    output: caseEscalationSchema,
    roles: ['owner', 'service'],
    access: 'write',
  }),
  'escalation.queue': defineMethod({
    summary:
      'Escalated cases: those with the owner (the owner’s queue, longest waiting first) or with the platform (soonest evidence deadline first).',
    input: z
      .object({ level: z.enum(['owner', 'platform']).default('owner'), limit: z.number().int().min(1).max(500).default(100) })
      .strict(),
    output: z.object({ rows: z.array(escalationQueueRowSchema), total: z.number().int(), now: z.number().int() }),
    roles: ['owner', 'service'],
    access: 'read',
  }),
} as const;
