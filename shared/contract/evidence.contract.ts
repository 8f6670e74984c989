import { z } from 'zod';
import { defineMethod } from './define';

/** The languages a pack can be written in: Chinese for the platform, English for the owner's own records. */
export const evidenceLanguages = ['zh-CN', 'en-US'] as const;

/** Who may make and read packs: the people who answer the platform. Inspectors record facts but do not argue cases. */
const roles = ['owner', 'service'] as const;
const id = z.string().min(1).max(64);

export const evidencePackSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  language: z.enum(evidenceLanguages),
  /** Photos drawn at full resolution and photos drawn from their thumbnail to keep the pack within its size budget. */
  photosFull: z.number().int(),
  photosReduced: z.number().int(),
  createdByName: z.string().nullable(),
  createdAt: z.number().int(),
});
export type EvidencePack = z.infer<typeof evidencePackSchema>;

export const evidenceContract = {
  'evidence.create': defineMethod({
    summary:
      'Make an A4 PDF evidence pack of a case for a platform intervention (header, order, verdict, timeline, receipt, inspection with photos and SHA-256, remedies, logistics), in Chinese or English; saved under <data>/evidence/.',
    input: z.object({ caseId: id, language: z.enum(evidenceLanguages).default('zh-CN') }).strict(),
    output: evidencePackSchema,
    roles,
    access: 'job',
  }),
  'evidence.list': defineMethod({
    summary: 'The evidence packs made for a case, newest first.',
    input: z.object({ caseId: id }).strict(),
    output: z.array(evidencePackSchema),
    roles,
    access: 'read',
  }),
  'evidence.get': defineMethod({
    summary: 'An evidence pack’s PDF as base64, checked against its recorded SHA-256, to open or save.',
    input: z.object({ id }).strict(),
    output: z.object({ fileName: z.string(), mime: z.literal('application/pdf'), base64: z.string() }),
    roles,
    access: 'read',
  }),
} as const;
