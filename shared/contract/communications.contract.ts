import { z } from 'zod';
import { maxReplyChars } from '../domain/reply-templates';
import { defineMethod } from './define';

export const directions = ['inbound', 'outbound', 'internal'] as const;
export const channels = ['platform_chat', 'phone', 'email', 'note', 'other'] as const;

export const communicationSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  at: z.number().int(),
  direction: z.enum(directions),
  channel: z.enum(channels),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  text: z.string(),
  /** The reply template it started from, when it did. */
  templateId: z.string().nullable(),
});
export type CommunicationView = z.infer<typeof communicationSchema>;

export const communicationsContract = {
  'communications.add': defineMethod({
    summary:
      'Record a message on a case (service/owner); the first outbound message marks the case as responded. An outbound reply with a placeholder still in braces ({订单号}) is refused.',
    input: z
      .object({
        caseId: z.string().min(1).max(64),
        direction: z.enum(directions),
        channel: z.enum(channels).default('platform_chat'),
        text: z.string().trim().min(1, 'text is required').max(maxReplyChars),
        /** The reply template the text started from (outbound only); kept on the message to see which templates work. */
        templateId: z.string().min(1).max(64).optional(),
      })
      .strict(),
    output: communicationSchema,
    roles: ['owner', 'service'],
    access: 'write',
  }),
} as const;
