import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { contract, methodNames } from '../../shared/contract';
import { z } from 'zod';
import type { Result } from '../../shared/contract/errors';
import { openSqlite, type Sqlite } from './db/connection';
import { ensureFirstRunData } from './db/first-run';
import { migrate } from './db/migrate';
import { latestVersion } from './db/migrations';
import { createDispatcher } from './core/dispatch';
import { ExclusiveGate } from './core/exclusive';
import { guardConnection } from './db/exclusive-guard';
import type { BackendEnv, BackendServices } from './core/context';
import { consoleLogger, type Logger } from './core/logger';
import { SessionStore } from './core/sessions';
import { handlers } from './handlers';
import { backupBeforeMigration, createBackupService, type BackupScheduler } from './features/backups/backup-service';

interface BackendOptions {
  dataDir: string;
  now?: () => number;
  logger?: Logger;
  /** Calls slower than this many ms are logged (default 200). */
  slowCallMs?: number;
  /** The automatic-backup timer; tests pass one they drive. */
  backupScheduler?: BackupScheduler;
}

export interface Backend {
  dispatch: (method: string, input: unknown, sessionKey: string) => Promise<Result<unknown>>;
  /** For `GET /api`: every method with its JSON Schemas and roles. */
  describe: () => MethodDescription[];
  db: Sqlite;
  env: BackendEnv;
  /** Who is logged in per transport session key (tests log users in through it without paying scrypt again). */
  sessions: SessionStore;
  /** Shared feature services (backups…), for tests and benches that drive them directly. */
  services: BackendServices;
  close: () => void;
}

interface MethodDescription {
  name: string;
  summary: string;
  roles: unknown;
  access: string;
  input: unknown;
  output: unknown;
}

export const databaseFile = (dataDir: string) => join(dataDir, 'returnlens.sqlite');

/**
 * A process killed (or a PC switched off) in the middle of a bulk import commit, which runs under a rollback
 * journal (features/imports/commit.ts), leaves a hot journal beside the store. Only a read-write connection can
 * roll it back, and until that happens no read-only connection can read the file ("attempt to write a readonly
 * database"). So a hot journal is rolled back first, by a bare read-write open and one read, with no pragma that
 * would change the file: this is recovery of the last committed state, which any version of the app would do.
 */
const rollBackHotJournal = (file: string): void => {
  if (!existsSync(`${file}-journal`)) return;
  const recovery = new BetterSqlite3(file, { fileMustExist: true });
  try {
    recovery.prepare('SELECT count(*) FROM sqlite_master').get();
  } finally {
    recovery.close();
  }
};

/**
 * A database from a newer app is refused before the writer connection opens: opening it for writing would
 * already change the file (switching it to WAL), and the promise is that such a file is left untouched.
 */
const refuseNewerSchema = (file: string): void => {
  if (!existsSync(file)) return;
  rollBackHotJournal(file);
  const probe = openSqlite(file, { readonly: true });
  try {
    if ((probe.pragma('user_version', { simple: true }) as number) > latestVersion) migrate(probe); // throws the clear refusal
  } finally {
    probe.close();
  }
};

/** The whole application as plain Node: Electron's utilityProcess, `npm run serve`, tests and benches all start it here. */
export const createBackend = (options: BackendOptions): Backend => {
  mkdirSync(options.dataDir, { recursive: true });
  const env: BackendEnv = {
    dataDir: options.dataDir,
    now: options.now ?? Date.now,
    logger: options.logger ?? consoleLogger(),
  };
  refuseNewerSchema(databaseFile(options.dataDir));
  const db = openSqlite(databaseFile(options.dataDir));
  try {
    migrate(db, { backupBeforeMigrating: (from) => backupBeforeMigration(db, env, from) });
    ensureFirstRunData(db, env.now());
  } catch (error) {
    db.close();
    throw error;
  }
  const services = {} as BackendServices;
  // One gate per connection: an import commit or a restore holds it; every other use of the store waits for it,
  // and a statement that does not wait is refused (db/exclusive-guard.ts) instead of joining its transaction.
  const gate = new ExclusiveGate();
  guardConnection(db, gate);
  const backups = createBackupService(db, env, options.backupScheduler, gate);
  services.backups = backups;
  const sessions = new SessionStore();
  const dispatcher = createDispatcher({
    db,
    env,
    sessions,
    handlers,
    services,
    gate,
    onWrite: () => backups.noteWrite(),
    slowCallMs: options.slowCallMs,
  });

  const describe = (): MethodDescription[] =>
    methodNames.map((name) => {
      const spec = contract[name];
      return {
        name,
        summary: spec.summary,
        roles: spec.roles,
        access: spec.access,
        input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
        output: z.toJSONSchema(spec.output, { io: 'output', unrepresentable: 'any' }),
      };
    });

  return {
    dispatch: dispatcher.dispatch,
    describe,
    db,
    env,
    sessions,
    services,
    close: () => {
      backups.close();
      if (db.open) db.close();
    },
  };
};
