import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/app';
import { consoleLogger } from '../../electron/backend/core/logger';
import { autoBackupDelayMs, type BackupScheduler } from '../../electron/backend/features/backups/backup-service';
import { backupsDir } from '../../electron/backend/features/backups/backup-store';
import { backupsToKeep } from '../../electron/backend/features/backups/rota';
import { seedDatabase } from '../../electron/backend/seed/seed';
import { makeTempDir } from '../support/backend';

const day = 24 * 3600_000;
const start = Date.UTC(2026, 10, 20, 2, 0); // 10:00 China time

/** A timer the test fires by hand. */
const drivenScheduler = () => {
  const pending = new Map<number, { run: () => void; ms: number }>();
  let next = 1;
  const scheduler: BackupScheduler = {
    setTimeout: (run, ms) => {
      pending.set(next, { run, ms });
      return next++;
    },
    clearTimeout: (handle) => pending.delete(handle as number),
  };
  const fireAll = () => {
    const due = [...pending.values()];
    pending.clear();
    due.forEach((task) => task.run());
  };
  return { scheduler, pending, fireAll };
};

const opened: Array<{ backend: Backend; dataDir: string }> = [];
const open = (options: { now?: () => number; scheduler?: BackupScheduler; dataDir?: string } = {}) => {
  const dataDir = options.dataDir ?? makeTempDir('rl-backups-');
  const backend = createBackend({ dataDir, now: options.now, logger: consoleLogger(true), backupScheduler: options.scheduler });
  backend.sessions.set('owner', { id: 'u-owner', name: 'owner', role: 'owner', locale: 'zh-CN' });
  backend.sessions.set('inspector', { id: 'u-insp', name: 'inspector', role: 'inspector', locale: 'zh-CN' });
  opened.push({ backend, dataDir });
  return { backend, dataDir };
};

afterEach(() => {
  for (const { backend, dataDir } of opened.splice(0)) {
    backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

const ok = async <T>(backend: Backend, method: string, input: unknown, session = 'owner'): Promise<T> => {
  const result = await backend.dispatch(method, input, session);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
};

const contentHash = (backend: Backend, tables: string[]) =>
  Object.fromEntries(
    tables.map((table) => {
      const hash = createHash('sha256');
      for (const row of backend.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).iterate()) hash.update(JSON.stringify(row));
      return [table, hash.digest('hex')];
    }),
  );
const factTables = [
  'orders',
  'order_lines',
  'after_sales_cases',
  'inspections',
  'inspection_defects',
  'communications',
  'users',
  'skus',
  'lots',
];

interface Info {
  id: string;
  reason: string;
  createdAt: number;
  attachmentCount: number;
}

describe('backups', () => {
  it('creates an owner-only online backup of the database and the attachments, and lists it', async () => {
    const { backend, dataDir } = open();
    seedDatabase(backend.db, { orders: 300, seed: 3 });
    mkdirSync(join(dataDir, 'attachments'), { recursive: true });
    writeFileSync(join(dataDir, 'attachments', 'a'.repeat(64)), 'photo bytes');

    const forbidden = await backend.dispatch('backups.create', {}, 'inspector');
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const info = await ok<Info>(backend, 'backups.create', {});
    expect(info).toMatchObject({ reason: 'manual', attachmentCount: 1 });
    const folder = join(backupsDir(dataDir), info.id);
    expect(readdirSync(folder).sort()).toEqual(['attachments', 'manifest.json', 'returnlens.sqlite']);
    const listed = await ok<{ backups: Info[] }>(backend, 'backups.list', {});
    expect(listed.backups.map((b) => b.id)).toEqual([info.id]);
    expect(
      (backend.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE entity = 'backup' AND action = 'create'`).get() as { n: number }).n,
    ).toBe(1);
  });

  it('names a backup folder in China time, as the app shows it, whatever the PC zone', async () => {
    const { backend } = open({ now: () => Date.UTC(2026, 10, 21, 23, 45, 0, 123) }); // 07:45 on 22 Nov, China time
    const info = await ok<Info>(backend, 'backups.create', {});
    expect(info.id).toBe('2026-11-22_07-45-00-123-manual');
  });

  it('copies a backup to another folder (owner only), refusing a bad folder with the reason and leaving nothing half-copied', async () => {
    const { backend, dataDir } = open();
    mkdirSync(join(dataDir, 'attachments'), { recursive: true });
    writeFileSync(join(dataDir, 'attachments', 'b'.repeat(64)), 'photo bytes');
    const info = await ok<Info>(backend, 'backups.create', {});
    const drive = makeTempDir('rl-usb-');
    opened.push({ backend: { close: () => undefined } as Backend, dataDir: drive });

    const refused = async (folder: string, session = 'owner') => {
      const answer = await backend.dispatch('backups.copyTo', { id: info.id, folder }, session);
      return answer.ok ? 'copied' : `${answer.error.code} ${answer.error.reason}`;
    };
    expect(await refused(drive, 'inspector')).toBe('FORBIDDEN role_forbidden');
    expect(await refused('usb/backups')).toBe('VALIDATION backup_target_not_absolute');
    expect(await refused(join(drive, 'no-such-folder'))).toBe('VALIDATION backup_target_missing');
    expect(await refused(join(dataDir, 'backups'))).toBe('VALIDATION backup_target_inside_data');
    expect(await refused(dataDir)).toBe('VALIDATION backup_target_inside_data');
    expect(readdirSync(drive)).toEqual([]);

    const copied = await ok<{ path: string }>(backend, 'backups.copyTo', { id: info.id, folder: drive });
    expect(copied.path).toBe(join(drive, info.id));
    expect(readdirSync(copied.path).sort()).toEqual(['attachments', 'manifest.json', 'returnlens.sqlite']);
    expect(readdirSync(drive)).toEqual([info.id]);
    const copy = new BetterSqlite3(join(copied.path, 'returnlens.sqlite'), { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      copy.close();
    }
    // A second copy to the same place overwrites nothing; the audit says who copied what, where.
    expect(await refused(drive)).toBe('CONFLICT backup_copy_exists');
    const audit = backend.db.prepare(`SELECT entity_id, after FROM audit_log WHERE entity = 'backup' AND action = 'copy'`).all();
    expect(audit).toEqual([{ entity_id: info.id, after: JSON.stringify({ path: copied.path }) }]);
  });

  it('restores a backup so every table reads as it did, and the automatic pre-restore copy undoes it', async () => {
    let now = start;
    const { backend, dataDir } = open({ now: () => now });
    seedDatabase(backend.db, { orders: 400, seed: 5 });
    const before = contentHash(backend, factTables);
    const backup = await ok<Info>(backend, 'backups.create', {});

    now += 60_000;
    backend.db.prepare(`UPDATE orders SET merchant_note = 'changed after the backup'`).run();
    backend.db.prepare(`UPDATE after_sales_cases SET status = 'closed' WHERE status = 'awaiting_return'`).run();
    const changed = contentHash(backend, factTables);
    expect(changed.orders).not.toBe(before.orders);

    now += 60_000;
    const result = await ok<{ restored: Info; undo: Info }>(backend, 'backups.restore', { id: backup.id });
    expect(result.restored.id).toBe(backup.id);
    expect(result.undo.reason).toBe('pre_restore');
    // The same connection (the one the dispatcher holds) now reads the backup's data.
    expect(contentHash(backend, factTables)).toEqual(before);
    expect(backend.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const restoreAudit = backend.db
      .prepare(`SELECT after FROM audit_log WHERE entity = 'backup' AND action = 'restore'`)
      .pluck()
      .all() as string[];
    expect(restoreAudit).toHaveLength(1);

    now += 60_000;
    await ok(backend, 'backups.restore', { id: result.undo.id });
    expect(contentHash(backend, factTables)).toEqual(changed);
    // A fresh connection on the file sees the same thing (the restore reached the file, not just a cache).
    backend.close();
    const reopened = open({ dataDir });
    expect(contentHash(reopened.backend, factTables)).toEqual(changed);
  });

  it('restores a backup whose pages differ in size from the store (4 KiB from an earlier version into a new 16 KiB store)', async () => {
    let now = start;
    const { backend, dataDir } = open({ now: () => now });
    seedDatabase(backend.db, { orders: 300, seed: 7 });
    const before = contentHash(backend, factTables);
    const backup = await ok<Info>(backend, 'backups.create', {});
    // Rewrite the backup with 4 KiB pages, as a store made before 16 KiB pages would have written it.
    const file = new BetterSqlite3(join(backupsDir(dataDir), backup.id, 'returnlens.sqlite'));
    file.pragma('journal_mode = DELETE');
    file.pragma('page_size = 4096');
    file.exec('VACUUM');
    expect(file.pragma('page_size', { simple: true })).toBe(4096);
    file.close();
    expect(backend.db.pragma('page_size', { simple: true })).toBe(16384);

    now += 60_000;
    backend.db.prepare(`UPDATE orders SET merchant_note = 'changed after the backup'`).run();
    const result = await ok<{ restored: Info; undo: Info }>(backend, 'backups.restore', { id: backup.id });
    expect(contentHash(backend, factTables)).toEqual(before);
    expect(backend.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The store now has the backup's pages, and is back in WAL mode; it takes writes and survives a reopen.
    expect([backend.db.pragma('page_size', { simple: true }), backend.db.pragma('journal_mode', { simple: true })]).toEqual([4096, 'wal']);
    backend.db.prepare(`UPDATE orders SET merchant_note = 'after the restore' WHERE rowid = 1`).run();
    const after = contentHash(backend, factTables);

    // And back again: the undo copy (16 KiB pages) restores into what is now a 4 KiB store.
    now += 60_000;
    await ok(backend, 'backups.restore', { id: result.undo.id });
    expect(backend.db.pragma('page_size', { simple: true })).toBe(16384);
    expect(contentHash(backend, factTables)).not.toEqual(after);
    backend.close();
    const reopened = open({ dataDir });
    expect(reopened.backend.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(reopened.backend.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses a backup that fails integrity_check and changes nothing', async () => {
    const { backend, dataDir } = open();
    seedDatabase(backend.db, { orders: 200, seed: 2 });
    const backup = await ok<Info>(backend, 'backups.create', {});
    const file = join(backupsDir(dataDir), backup.id, 'returnlens.sqlite');
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, 4096 * 3);
    closeSync(fd);
    const before = contentHash(backend, factTables);

    const result = await backend.dispatch('backups.restore', { id: backup.id }, 'owner');
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(result.ok ? '' : result.error.message).toMatch(/nothing was restored/);
    expect(contentHash(backend, factTables)).toEqual(before);
    expect((await ok<{ backups: Info[] }>(backend, 'backups.list', {})).backups.map((b) => b.reason)).toEqual(['manual']);

    expect(await backend.dispatch('backups.restore', { id: '../../etc' }, 'owner')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await backend.dispatch('backups.restore', { id: '2026-01-01T00-00-00-000Z-manual' }, 'owner')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('backs up automatically 15 minutes after data changes, once per burst, and stops on close', async () => {
    const timer = drivenScheduler();
    const { backend, dataDir } = open({ scheduler: timer.scheduler });
    expect(timer.pending.size).toBe(0);
    await ok(backend, 'users.create', { name: 'Li', role: 'inspector', pin: '246810' });
    await ok(backend, 'users.create', { name: 'Wang', role: 'service', pin: '135790' });
    expect([...timer.pending.values()].map((t) => t.ms)).toEqual([autoBackupDelayMs]);
    timer.fireAll();
    await backend.services.backups!.settled();
    expect(readdirSync(backupsDir(dataDir)).filter((name) => name.endsWith('-auto'))).toHaveLength(1);

    // No write since: nothing scheduled. A write schedules again; closing the backend cancels it.
    expect(timer.pending.size).toBe(0);
    await ok(backend, 'users.create', { name: 'Zhao', role: 'service', pin: '975310' });
    expect(timer.pending.size).toBe(1);
    backend.close();
    expect(timer.pending.size).toBe(0);
  });

  it('keeps exactly 3 backups from today and the newest of each of the previous 30 days', async () => {
    let now = start - 40 * day;
    const { backend } = open({ now: () => now });
    const made: Info[] = [];
    // Two backups a day for 40 days, then five today.
    for (let d = 0; d < 40; d += 1) {
      for (const hour of [1, 7]) {
        now = start - (40 - d) * day + hour * 3600_000;
        made.push(await backend.services.backups!.create('auto'));
      }
    }
    for (let i = 0; i < 5; i += 1) {
      now = start + i * 60_000;
      made.push(await backend.services.backups!.create('manual'));
    }
    const kept = (await ok<{ backups: Info[] }>(backend, 'backups.list', {})).backups;
    const todays = made.slice(-3).reverse();
    const daily = Array.from({ length: 30 }, (_, age) => made[(40 - (age + 1)) * 2 + 1]!);
    expect(kept.map((b) => b.id)).toEqual([...todays, ...daily].map((b) => b.id));
    expect(kept).toHaveLength(33);
  });

  it('rota: pure rule over China-time days', () => {
    const at = (iso: string) => Date.parse(iso);
    const now = at('2026-11-21T12:00:00Z'); // 20:00 China time on the 21st
    const backups = [
      { id: 'a', createdAt: at('2026-11-21T15:59:00Z') }, // 23:59 on the 21st (today)
      { id: 'b', createdAt: at('2026-11-21T16:00:00Z') }, // 00:00 on the 22nd: China's tomorrow, still "today or later"
      { id: 'c', createdAt: at('2026-11-20T17:00:00Z') }, // 01:00 on the 21st
      { id: 'd', createdAt: at('2026-11-20T15:00:00Z') }, // 23:00 on the 20th
      { id: 'e', createdAt: at('2026-11-20T10:00:00Z') }, // 18:00 on the 20th
      { id: 'f', createdAt: at('2026-10-21T10:00:00Z') }, // 31 days ago
    ];
    expect([...backupsToKeep(backups, now)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
