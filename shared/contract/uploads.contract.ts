import { z } from 'zod';
import { defineMethod } from './define';

/** A file the backend holds under <dataDir>/uploads/<uploadId>; the renderer only ever sees this id. */
export const uploadRefSchema = z.object({ uploadId: z.string(), name: z.string(), size: z.number().int().nonnegative() });
export type UploadRef = z.infer<typeof uploadRefSchema>;

/** What the file is for (import: a CSV or XLSX export). */
export const uploadKinds = ['import'] as const;

export const uploadsContract = {
  'uploads.takeFile': defineMethod({
    summary:
      'Electron only: a file the user dropped on the import screen (or chose in its file box). The page hands the preload a File object; the preload asks Electron for the path behind it and main copies that file into <dataDir>/uploads/<ULID> (+ .json). The page never names a path, and a File made in script has none. The backend sees only { kind }, checks the role and answers UNAVAILABLE.',
    input: z.object({ kind: z.enum(uploadKinds) }).strict(),
    output: uploadRefSchema,
    roles: ['owner', 'service'],
    access: 'read',
  }),
} as const;
