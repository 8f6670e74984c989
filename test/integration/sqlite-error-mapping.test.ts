import BetterSqlite3 from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/app';
import { newId } from '../../electron/backend/core/ids';
import type { Logger } from '../../electron/backend/core/logger';
import { sqliteErrorToAppError } from '../../electron/backend/core/sqlite-errors';
import { insertUser, toSessionUser } from '../../electron/backend/features/users/users.repository';
import { makeTempDir } from '../support/backend';

interface Logged {
  level: 'info' | 'warn' | 'error';
  message: string;
  data?: unknown;
}
const capturingLogger = (): Logger & { lines: Logged[] } => {
  const lines: Logged[] = [];
  return {
    lines,
    info: (message, data) => lines.push({ level: 'info', message, data }),
    warn: (message, data) => lines.push({ level: 'warn', message, data }),
    error: (message, data) => lines.push({ level: 'error', message, data }),
  };
};

const refusedWrite = /refused the change/i;

describe('sqliteErrorToAppError: the unexpected case', () => {
  it('logs the error with its method and never says a read refused a change', () => {
    const logger = capturingLogger();
    const error = new BetterSqlite3.SqliteError('disk I/O error', 'SQLITE_IOERR_READ');
    const read = sqliteErrorToAppError(error, { method: 'cases.list', logger });
    expect(read.code).toBe('INTERNAL');
    expect(read.message).not.toMatch(refusedWrite);
    expect(read.message).toMatch(/could not read/);
    expect(read.message).toMatch(/logged/);
    expect(read.details).toEqual({ sqlite: 'SQLITE_IOERR_READ' });
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatchObject({ level: 'error', data: { method: 'cases.list', access: 'read', sqlite: 'SQLITE_IOERR_READ' } });
    expect(JSON.stringify(logger.lines[0]!.data)).toMatch(/disk I\/O error/);

    const write = sqliteErrorToAppError(error, { method: 'auth.setLocale', logger });
    expect(write.message).toMatch(/nothing was saved/);
    expect(logger.lines).toHaveLength(2);
    // Without a method the words still do not claim a refused write.
    expect(sqliteErrorToAppError(error).message).not.toMatch(refusedWrite);
  });

  it('still maps constraint failures without logging them', () => {
    const logger = capturingLogger();
    const unique = sqliteErrorToAppError(
      new BetterSqlite3.SqliteError('UNIQUE constraint failed: users.name', 'SQLITE_CONSTRAINT_UNIQUE'),
      { method: 'users.create', logger },
    );
    expect(unique.code).toBe('CONFLICT');
    expect(logger.lines).toHaveLength(0);
  });
});

describe('the dispatcher logs an unexpected SQLite error', () => {
  let backend: Backend | undefined;
  let dataDir = '';
  afterEach(() => {
    backend?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const start = () => {
    dataDir = makeTempDir();
    const logger = capturingLogger();
    backend = createBackend({ dataDir, logger });
    const now = Date.now();
    const row = {
      id: newId(),
      name: 'Owner',
      role: 'owner' as const,
      pin_hash: 'unused',
      locale: null,
      active: 1 as const,
      created_at: now,
      updated_at: now,
    };
    insertUser(backend.db, row);
    backend.sessions.set('owner', toSessionUser(row));
    return { backend, logger };
  };

  it('a failed read answers INTERNAL in read words and leaves a log line', async () => {
    const { backend, logger } = start();
    backend.db.exec('ALTER TABLE import_rejects RENAME TO import_rejects_gone');
    const result = await backend.dispatch('export.list', { list: 'import_rejects', format: 'csv' }, 'owner');
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', details: { sqlite: 'SQLITE_ERROR' } } });
    const message = result.ok ? '' : result.error.message;
    expect(message).not.toMatch(refusedWrite);
    expect(message).toMatch(/could not read/);
    const logged = logger.lines.filter((line) => line.level === 'error');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      message: 'unexpected SQLite error',
      data: { method: 'export.list', access: 'read', sqlite: 'SQLITE_ERROR' },
    });
    expect(JSON.stringify(logged[0]!.data)).toMatch(/no such table: import_rejects/);
  });

  it('a failed write answers INTERNAL, saves nothing and leaves a log line', async () => {
    const { backend, logger } = start();
    backend.db.exec(`CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit refused'); END`);
    const result = await backend.dispatch('auth.setLocale', { locale: 'en-US' }, 'owner');
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(result.ok ? '' : result.error.message).toMatch(/nothing was saved/);
    expect((backend.db.prepare("SELECT locale FROM users WHERE name = 'Owner'").get() as { locale: string | null }).locale).toBeNull();
    const logged = logger.lines.filter((line) => line.level === 'error');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ message: 'unexpected SQLite error', data: { method: 'auth.setLocale', access: 'write' } });
  });
});
