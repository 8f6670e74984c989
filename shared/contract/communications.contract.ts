import { z } from 'zod';
import { maxReplyChars } from '../domain/reply-templates';
import { conversationMimes, maxConversationFileBytes, maxTranscriptMessages } from '../domain/conversation';
import { maxThumbnailBytes } from './attachments.contract';
import { defineMethod } from './define';
import { epochMs } from './time';

/** inbound/outbound are from/to the buyer (the names predate the platform); internal is a note among us. */
export const directions = ['inbound', 'outbound', 'internal', 'from_platform', 'to_platform'] as const;
/** Every channel a stored entry can have: email and other are kept readable for entries logged before 2026-12. */
export const channels = ['platform_chat', 'phone', 'sms', 'platform_message', 'note', 'email', 'other'] as const;
/** The channels a new entry is logged on. */
export const entryChannels = ['platform_chat', 'phone', 'sms', 'platform_message', 'note'] as const;
export type Direction = (typeof directions)[number];
export type Channel = (typeof channels)[number];

export const communicationSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  /** When it happened (the agent may correct it); `loggedAt` is when it was written here. */
  at: z.number().int(),
  direction: z.enum(directions),
  channel: z.enum(channels),
  /** Who logged it. */
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  text: z.string(),
  /** The reply template it started from, when it did. */
  templateId: z.string().nullable(),
});
export type CommunicationView = z.infer<typeof communicationSchema>;

export const conversationFileSchema = z.object({
  id: z.string(),
  communicationId: z.string().nullable(),
  fileName: z.string(),
  mime: z.enum(conversationMimes),
  sizeBytes: z.number().int(),
  hasThumb: z.boolean(),
  createdByName: z.string(),
  addedAt: z.number().int(),
});
export type ConversationFile = z.infer<typeof conversationFileSchema>;

export const timelineEntrySchema = communicationSchema.extend({
  loggedAt: z.number().int(),
  speaker: z.string().nullable(),
  /** Why a pasted line was kept whole (its time or speaker could not be read). */
  parseNote: z.string().nullable(),
  supersedesId: z.string().nullable(),
  /** Set when a correction replaced this entry: the entry stays, struck through. */
  correction: z.object({ byId: z.string(), at: z.number().int(), reason: z.string() }).nullable(),
  voided: z.object({ at: z.number().int(), byName: z.string().nullable(), reason: z.string() }).nullable(),
  files: z.array(conversationFileSchema),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

const caseId = z.string().min(1).max(64);
const messageText = z.string().trim().min(1, 'text is required').max(maxReplyChars);
const speaker = z.string().trim().min(1).max(60);
const reason = z.string().trim().min(2, 'Say why, in a few words.').max(200);
/** A time the agent enters may be in the past, never more than a few minutes ahead (a PC clock a bit off). */
const happenedAt = epochMs;

const base64 = (max: number, label: string) =>
  z
    .string()
    .min(1, `${label} is empty.`)
    .max(Math.ceil((max * 4) / 3) + 4, `${label} is larger than ${Math.round(max / 1024 / 1024)} MB.`)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, `${label} is not base64 data.`);

export const communicationsContract = {
  'communications.add': defineMethod({
    summary:
      'Record a contact on a case (service/owner): direction (from/to the buyer, internal, from/to the platform), channel, text, when it happened (default now). The first message to the buyer marks the case as responded. A reply with a placeholder still in braces ({订单号}) is refused.',
    input: z
      .object({
        caseId,
        direction: z.enum(directions),
        channel: z.enum(entryChannels).default('platform_chat'),
        text: messageText,
        at: happenedAt.optional(),
        speaker: speaker.optional(),
        /** The reply template the text started from (outbound only); kept on the message to see which templates work. */
        templateId: z.string().min(1).max(64).optional(),
      })
      .strict(),
    output: communicationSchema,
    roles: ['owner', 'service'],
    access: 'write',
  }),
  'communications.list': defineMethod({
    summary:
      'The conversation record of a case, oldest first by when it happened: every entry (voided and corrected ones flagged, never left out) with its files, and the files attached to the case itself.',
    input: z.object({ caseId }).strict(),
    output: z.object({ entries: z.array(timelineEntrySchema), caseFiles: z.array(conversationFileSchema) }),
    roles: ['owner', 'service'],
    access: 'read',
  }),
  'communications.correct': defineMethod({
    summary:
      'Correct an entry: a new entry replaces it (its files move along); the old one stays, struck through with the reason. Audited.',
    input: z
      .object({
        id: z.string().min(1).max(64),
        direction: z.enum(directions),
        channel: z.enum(channels),
        text: messageText,
        at: happenedAt,
        speaker: speaker.nullable(),
        reason,
      })
      .strict(),
    output: timelineEntrySchema,
    roles: ['owner', 'service'],
    access: 'write',
  }),
  'communications.void': defineMethod({
    summary: 'Void a wrong entry with a reason; it stays in the record, struck through. Audited.',
    input: z.object({ id: z.string().min(1).max(64), reason }).strict(),
    output: timelineEntrySchema,
    roles: ['owner', 'service'],
    access: 'write',
  }),
  'communications.logTranscript': defineMethod({
    summary:
      'Log the messages of a pasted chat transcript, as the agent confirmed them in the preview (shared/domain/chat-transcript.ts splits the text), in one transaction.',
    input: z
      .object({
        caseId,
        channel: z.enum(entryChannels).default('platform_chat'),
        messages: z
          .array(
            z
              .object({
                at: happenedAt,
                direction: z.enum(directions),
                speaker: speaker.nullable(),
                text: z.string().trim().min(1).max(maxReplyChars),
                parseNote: z.string().max(200).nullable(),
              })
              .strict(),
          )
          .min(1)
          .max(maxTranscriptMessages),
      })
      .strict(),
    output: z.object({ added: z.number().int(), ids: z.array(z.string()) }),
    roles: ['owner', 'service'],
    access: 'write',
  }),
  'communications.attach': defineMethod({
    summary:
      'Attach a file (JPEG/PNG/WebP photo or screenshot, or PDF; at most 8 MB, checked by its bytes) to a case or to one of its messages; stored in <data>/attachments by SHA-256 like inspection photos.',
    input: z
      .object({
        caseId,
        communicationId: z.string().min(1).max(64).optional(),
        fileName: z.string().trim().min(1).max(120),
        mime: z.enum(conversationMimes, 'Only photos (JPEG, PNG, WebP) or PDF files can be attached.'),
        // Loose on purpose: a file a little over the limit reaches the handler, which says its size (conversation_file_too_large).
        dataBase64: base64(maxConversationFileBytes * 1.5, 'The file'),
        thumbBase64: base64(maxThumbnailBytes, 'The thumbnail').optional(),
      })
      .strict(),
    output: conversationFileSchema,
    roles: ['owner', 'service'],
    access: 'write',
  }),
} as const;
