import { z } from 'zod';
import { defineMethod } from './define';

/** A file the backend holds under <dataDir>/uploads/<uploadId>; the renderer only ever sees this id. */
export const uploadRefSchema = z.object({ uploadId: z.string(), name: z.string(), size: z.number().int().nonnegative() });
export type UploadRef = z.infer<typeof uploadRefSchema>;

/** What the file is for: decides the open dialog's filters (import: .csv, .xlsx). */
export const uploadKinds = ['import'] as const;

/** Largest file accepted by the browser upload route and the Electron dialog. */
export const maxUploadBytes = 200 * 1024 * 1024;

export const uploadsContract = {
  'uploads.pickFile': defineMethod({
    summary:
      'Electron only: main shows the open dialog, copies the chosen file into <dataDir>/uploads/<ULID> (+ .json) and answers its id, or null when cancelled. The backend itself answers UNAVAILABLE (in the browser, POST /upload).',
    input: z.object({ kind: z.enum(uploadKinds) }).strict(),
    output: uploadRefSchema.nullable(),
    roles: ['owner', 'service'],
    access: 'read',
  }),
} as const;
