import { z } from 'zod';
import { defineMethod } from './define';

/** Why a backup exists: asked for, the 15-minute automatic one, before a schema migration, or before a restore (its undo). */
export const backupReasons = ['manual', 'auto', 'pre_migration', 'pre_restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

export const backupSchema = z.object({
  /**
   * The backup's folder name under <data>/backups, stamped in China time (what the app shows), e.g.
   * 2026-11-22_07-45-00-123-manual; backups made before this naming keep their UTC names (…T23-45-00-123Z-manual).
   */
  id: z.string(),
  createdAt: z.number().int(),
  reason: z.enum(backupReasons),
  /** The database's schema version (PRAGMA user_version) when it was copied. */
  schemaVersion: z.number().int(),
  sizeBytes: z.number().int(),
  attachmentCount: z.number().int(),
});
export type BackupInfo = z.infer<typeof backupSchema>;

const backupId = z
  .string()
  .trim()
  .min(1)
  .max(120)
  // A folder name, never a path: no separators, and it cannot start with a dot ('..').
  .regex(/^[0-9A-Za-z][0-9A-Za-z_.-]*$/, 'A backup id is a folder name from backups.list, like 2026-11-22_07-45-00-123-manual.');

export const backupsContract = {
  'backups.create': defineMethod({
    summary: 'Copy the database (SQLite online backup) and the attachments folder into <data>/backups now; applies the rota.',
    input: z.object({}).strict(),
    output: backupSchema,
    roles: ['owner'],
    access: 'job',
  }),
  'backups.list': defineMethod({
    summary:
      'Every backup kept under the rota (3 from today, then 1 a day for 30 days), newest first; also where the backups and the logs are.',
    input: z.object({}).strict(),
    output: z.object({ backups: z.array(backupSchema), directory: z.string(), logsDirectory: z.string() }),
    roles: ['owner'],
    access: 'read',
  }),
  'backups.restore': defineMethod({
    summary:
      'Check a backup (integrity_check), save the current database first (a pre_restore backup, so this can be undone), then replace the live data with it.',
    input: z.object({ id: backupId }).strict(),
    output: z.object({ restored: backupSchema, undo: backupSchema }),
    roles: ['owner'],
    access: 'job',
  }),
  'backups.copyTo': defineMethod({
    summary:
      'Copy one backup into another folder or drive (owner), as <folder>/<backup id>; the folder must exist, be writable and lie outside the data folder.',
    input: z.object({ id: backupId, folder: z.string().trim().min(1, 'folder is required').max(1000) }).strict(),
    output: z.object({ path: z.string() }),
    roles: ['owner'],
    access: 'job',
  }),
} as const;
