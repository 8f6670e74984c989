import { z } from 'zod';
import { epochMs } from './time';
import { defineMethod } from './define';

export const attachmentOwnerKinds = ['case', 'inspection', 'unmatched_parcel', 'receipt'] as const;
export const imageMimes = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** Phone and webcam photos are 1–5 MB; 8 MB leaves room without letting a video or a RAW file in. */
export const maxAttachmentBytes = 8 * 1024 * 1024;
/** Thumbnails are made in the renderer (canvas, ~320 px JPEG); anything bigger is not a thumbnail. */
export const maxThumbnailBytes = 256 * 1024;

const base64 = (max: number, label: string) =>
  z
    .string()
    .min(1, `${label} is empty.`)
    .max(
      Math.ceil((max * 4) / 3) + 4,
      `${label} is larger than ${Math.round(max / 1024 / 1024) || max / 1024} ${max >= 1024 * 1024 ? 'MB' : 'KB'}.`,
    )
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, `${label} is not base64 data.`);

export const attachmentSchema = z.object({
  id: z.string(),
  sha256: z.string(),
  mime: z.enum(imageMimes),
  sizeBytes: z.number().int(),
  ownerKind: z.enum(attachmentOwnerKinds),
  ownerId: z.string(),
  takenAt: z.number().int(),
  createdByName: z.string(),
  hasThumb: z.boolean(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentsContract = {
  'attachments.add': defineMethod({
    summary:
      'Store a photo (JPEG, PNG or WebP, at most 8 MB, checked by its bytes) as <data>/attachments/<sha256>, deduplicated by hash, with an optional renderer-made JPEG thumbnail.',
    input: z
      .object({
        ownerKind: z.enum(attachmentOwnerKinds),
        ownerId: z.string().min(1).max(64),
        dataBase64: base64(maxAttachmentBytes, 'The photo'),
        mime: z.enum(imageMimes, 'Only JPEG, PNG or WebP photos can be attached.'),
        takenAt: epochMs,
        thumbBase64: base64(maxThumbnailBytes, 'The thumbnail').optional(),
      })
      .strict(),
    output: attachmentSchema,
    roles: ['owner', 'inspector', 'service'],
    access: 'write',
  }),
  'attachments.list': defineMethod({
    summary: 'The photos of a case, inspection, receipt or unmatched parcel (voided ones left out).',
    input: z.object({ ownerKind: z.enum(attachmentOwnerKinds), ownerId: z.string().min(1).max(64) }).strict(),
    output: z.array(attachmentSchema),
    roles: ['owner', 'inspector', 'service'],
    access: 'read',
  }),
  'attachments.get': defineMethod({
    summary: 'A photo as base64 for display: the thumbnail (falls back to the full photo when none was made) or the full image.',
    input: z.object({ id: z.string().min(1).max(64), variant: z.enum(['thumb', 'full']).default('thumb') }).strict(),
    output: z.object({ id: z.string(), mime: z.string(), dataBase64: z.string() }),
    roles: ['owner', 'inspector', 'service'],
    access: 'read',
  }),
  'attachments.void': defineMethod({
    summary: 'Take a wrongly added photo off its record; the file and row stay (records are voided, not deleted).',
    input: z.object({ id: z.string().min(1).max(64) }).strict(),
    output: z.object({ id: z.string(), voidedAt: z.number().int() }),
    roles: ['owner', 'inspector'],
    access: 'write',
  }),
} as const;
