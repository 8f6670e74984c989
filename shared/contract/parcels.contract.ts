import { z } from 'zod';
import { defineMethod } from './define';
import { caseCardSchema, scanCodeSchema } from './scan.contract';

const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters.`).optional();

export const unmatchedParcelSchema = z.object({
  id: z.string(),
  code: z.string(),
  courier: z.string().nullable(),
  note: z.string().nullable(),
  receivedAt: z.number().int(),
  receivedByName: z.string(),
  linkedCaseId: z.string().nullable(),
  linkedCaseNumber: z.string().nullable(),
  linkedAt: z.number().int().nullable(),
  photoCount: z.number().int(),
});
export type UnmatchedParcel = z.infer<typeof unmatchedParcelSchema>;

export const parcelsContract = {
  'parcels.recordUnmatched': defineMethod({
    summary:
      'Record a parcel whose code matches nothing (tracking number, courier, note; photos via attachments.add) to link to a case later.',
    input: z.object({ code: scanCodeSchema, courier: optionalText(40), note: optionalText(500) }).strict(),
    output: unmatchedParcelSchema,
    roles: ['owner', 'inspector'],
    access: 'write',
  }),
  'parcels.list': defineMethod({
    summary: 'Unmatched parcels, newest first: still open, linked, or all.',
    input: z
      .object({ state: z.enum(['open', 'linked', 'all']).default('open'), limit: z.number().int().min(1).max(500).default(200) })
      .strict(),
    output: z.array(unmatchedParcelSchema),
    roles: ['owner', 'inspector', 'service'],
    access: 'read',
  }),
  'parcels.link': defineMethod({
    summary: 'Link an unmatched parcel to its case; the case counts as received at the parcel’s arrival time if it was not yet.',
    input: z.object({ parcelId: z.string().min(1).max(64), caseId: z.string().min(1).max(64) }).strict(),
    output: z.object({ parcel: unmatchedParcelSchema, case: caseCardSchema }),
    roles: ['owner', 'inspector', 'service'],
    access: 'write',
  }),
} as const;
