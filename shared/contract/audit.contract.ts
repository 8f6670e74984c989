import { z } from 'zod';
import { defineMethod } from './define';

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.number().int(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  method: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditContract = {
  'audit.list': defineMethod({
    summary: 'The append-only audit log, newest first, filtered by entity, record id or user (owner).',
    input: z
      .object({
        entity: z.string().max(40).optional(),
        entityId: z.string().max(64).optional(),
        userId: z.string().max(64).optional(),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({ rows: z.array(auditEntrySchema), total: z.number().int() }),
    roles: ['owner'],
    access: 'read',
  }),
} as const;
