/**
 * The backups service: manual and automatic backups (15 minutes after the first write since the last one), the
 * rota, and restore. Restore copies the backup into the live database file with SQLite's backup API, so the
 * backend's one connection (and everything holding it) stays valid and simply sees the restored data.
 */
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { BackupInfo, BackupReason } from '../../../../shared/contract/backups.contract';
import { conflict, notFound } from '../../../../shared/contract/errors';
import type { BackendEnv } from '../../core/context';
import { ExclusiveGate } from '../../core/exclusive';
import type { Sqlite } from '../../db/connection';
import { ensureFirstRunData } from '../../db/first-run';
import { migrate } from '../../db/migrate';
import { latestVersion } from '../../db/migrations';
import { rawQuery } from '../../db/raw-sql';
import { backupDatabaseName, backupFolder, copyAttachments, listBackups, removeBackup, writeBackup, writeBackupSync } from './backup-store';
import { backupsToKeep } from './rota';

export const autoBackupDelayMs = 15 * 60_000;

/** setTimeout/clearTimeout, injectable so tests drive the clock. */
export interface BackupScheduler {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const realScheduler: BackupScheduler = {
  setTimeout: (run, ms) => {
    const handle = setTimeout(run, ms);
    handle.unref(); // a pending automatic backup must not keep a CLI or test process alive
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface BackupService {
  create: (reason: BackupReason) => Promise<BackupInfo>;
  list: () => BackupInfo[];
  restore: (id: string) => Promise<{ restored: BackupInfo; undo: BackupInfo }>;
  /** Told after every committed write (dispatcher onWrite): schedules the automatic backup. */
  noteWrite: () => void;
  /** Resolves once no automatic backup is running (tests, shutdown). */
  settled: () => Promise<void>;
  close: () => void;
}

declare module '../../core/context' {
  interface BackendServices {
    /** Optional so dispatcher-only harnesses (no app.ts) need not build one; app.ts always does. */
    backups?: BackupService;
  }
}

/** Removes whatever the rota does not keep. */
const pruneBackups = (dataDir: string, now: number): void => {
  const all = listBackups(dataDir);
  const keep = backupsToKeep(all, now);
  for (const backup of all) if (!keep.has(backup.id)) removeBackup(dataDir, backup.id);
};

/** For app.ts: the copy taken before an existing database is migrated, listed like every other backup. */
export const backupBeforeMigration = (db: Sqlite, env: BackendEnv, fromVersion: number): BackupInfo => {
  const info = writeBackupSync(db, env.dataDir, env.now(), 'pre_migration');
  env.logger.info('backup before migration', { id: info.id, fromVersion });
  pruneBackups(env.dataDir, env.now());
  return info;
};

const checkBackupFile = (file: string, id: string): void => {
  let source: BetterSqlite3.Database | undefined;
  try {
    source = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const result = rawQuery<{ integrity_check: string }>(source, 'PRAGMA integrity_check', { cache: false }).all();
    const problems = result.map((row) => row.integrity_check).filter((line) => line !== 'ok');
    if (problems.length > 0)
      throw conflict(
        'backup_damaged',
        {},
        `Backup ${id} failed its integrity check (${problems.slice(0, 3).join('; ')}); nothing was restored.`,
        { id, problems: problems.slice(0, 20) },
      );
    const version = source.pragma('user_version', { simple: true }) as number;
    if (version > latestVersion)
      throw conflict(
        'backup_from_newer_app',
        {},
        `Backup ${id} was written by a newer ReturnLens (schema ${version}); nothing was restored.`,
        { id, version },
      );
  } catch (error) {
    if (error instanceof BetterSqlite3.SqliteError)
      throw conflict('backup_unreadable', {}, `Backup ${id} is not a readable database (${error.message}); nothing was restored.`, { id });
    throw error;
  } finally {
    source?.close();
  }
};

/**
 * A backup copies pages across event-loop turns, so it runs as a shared job of the store's gate: calls go on
 * beside it, but an import commit (exclusive) waits for it, and it for the commit, so a backup never holds
 * pages of a transaction that may still roll back. A restore rewrites the whole store: it runs exclusive.
 */
export const createBackupService = (
  db: Sqlite,
  env: BackendEnv,
  scheduler: BackupScheduler = realScheduler,
  gate: ExclusiveGate = new ExclusiveGate(),
): BackupService => {
  let timer: unknown = null;
  let running: Promise<unknown> = Promise.resolve();
  let closed = false;

  /** Inside a shared job, or inside the restore's exclusive job (its undo copy). */
  const write = async (reason: BackupReason, prune = true): Promise<BackupInfo> => {
    const info = await writeBackup(db, env.dataDir, env.now(), reason);
    if (prune) pruneBackups(env.dataDir, env.now());
    env.logger.info('backup written', { id: info.id, reason });
    return info;
  };
  const create = (reason: BackupReason): Promise<BackupInfo> => gate.shared(() => write(reason));

  const runAutomatic = () => {
    timer = null;
    if (closed) return;
    running = gate
      .shared(() => (closed ? Promise.resolve(null) : write('auto')))
      .catch((error: unknown) => env.logger.error('automatic backup failed', { error: String(error) }));
  };

  const restore = (id: string) => gate.run(() => restoreAlone(id));

  const restoreAlone = async (id: string) => {
    const restored = listBackups(env.dataDir).find((backup) => backup.id === id);
    const folder = backupFolder(env.dataDir, id);
    if (!restored || !folder) throw notFound('backup_not_found', {}, 'Backup not found', { id });
    checkBackupFile(join(folder, backupDatabaseName), id);
    // Not pruned yet: the rota could drop the very backup being restored to make room for this copy.
    const undo = await write('pre_restore', false);
    const source = new BetterSqlite3(join(folder, backupDatabaseName), { readonly: true, fileMustExist: true });
    // The backup API cannot change the page size of a file in WAL mode ("attempt to write a readonly database"),
    // and stores differ: new ones have 16 KiB pages, those made by earlier versions 4 KiB (db/connection.ts). A
    // backup with other pages is copied under the rollback journal (as atomic), then the store is back in WAL.
    const otherPageSize = source.pragma('page_size', { simple: true }) !== db.pragma('page_size', { simple: true });
    try {
      if (otherPageSize) db.pragma('journal_mode = DELETE');
      // The backup API writes through the live file's own locking and journal, so the running connection
      // sees the restored pages at its next statement, with no window where the file is half-copied.
      await source.backup(db.name);
    } finally {
      source.close();
      if (otherPageSize) db.pragma('journal_mode = WAL');
    }
    copyAttachments(join(folder, 'attachments'), join(env.dataDir, 'attachments'));
    // A backup from an older version is brought up to this app's schema like any old database.
    migrate(db, { backupBeforeMigrating: (from) => backupBeforeMigration(db, env, from) });
    ensureFirstRunData(db, env.now());
    pruneBackups(env.dataDir, env.now());
    env.logger.info('backup restored', { id, undo: undo.id });
    return { restored, undo };
  };

  return {
    create,
    list: () => listBackups(env.dataDir),
    restore,
    noteWrite: () => {
      if (closed || timer !== null) return;
      timer = scheduler.setTimeout(runAutomatic, autoBackupDelayMs);
    },
    settled: async () => {
      await running;
    },
    close: () => {
      closed = true;
      if (timer !== null) scheduler.clearTimeout(timer);
      timer = null;
    },
  };
};
