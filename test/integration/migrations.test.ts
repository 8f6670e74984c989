import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, databaseFile } from '../../electron/backend/app';
import { consoleLogger } from '../../electron/backend/core/logger';
import { backupsDir } from '../../electron/backend/features/backups/backup-store';
import { latestVersion } from '../../electron/backend/db/migrations';
import { makeTempDir } from '../support/backend';

const fixturesDir = join(import.meta.dirname, '../fixtures/db');
const fixtures = readdirSync(fixturesDir)
  .filter((name) => /^v\d+\.sqlite$/.test(name))
  .sort();
const tables = [
  'users',
  'stores',
  'suppliers',
  'products',
  'skus',
  'lots',
  'orders',
  'order_lines',
  'after_sales_cases',
  'inspections',
  'inspection_defects',
  'defect_types',
  'communications',
  'settings',
];

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Row counts plus a few whole records, read straight from a file (no app code involved). */
const snapshot = (file: string) => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const counts = Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
    const records = {
      firstOrder: db.prepare('SELECT * FROM orders ORDER BY id LIMIT 1').get(),
      lastCase: db.prepare('SELECT * FROM after_sales_cases ORDER BY id DESC LIMIT 1').get(),
      someInspection: db.prepare(`SELECT * FROM inspections WHERE kind = 'return' ORDER BY id LIMIT 1`).get(),
      owner: db.prepare(`SELECT * FROM users WHERE role = 'owner' ORDER BY id LIMIT 1`).get(),
    };
    return { version: db.pragma('user_version', { simple: true }) as number, counts, records };
  } finally {
    db.close();
  }
};

/** The v-old columns of a record as they are now (later migrations may add columns, never drop or change old ones). */
const sameColumns = (before: unknown, after: unknown) => {
  const old = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  return Object.fromEntries(Object.keys(old).map((key) => [key, now[key]]));
};

describe('schema migrations', () => {
  it('has a fixture for at least schema v1', () => {
    expect(fixtures).toContain('v1.sqlite');
  });

  for (const fixture of fixtures) {
    it(`migrates ${fixture} to v${latestVersion} with its data intact and a backup taken first`, () => {
      const dataDir = makeTempDir('rl-migrate-');
      dirs.push(dataDir);
      copyFileSync(join(fixturesDir, fixture), databaseFile(dataDir));
      const before = snapshot(databaseFile(dataDir));
      expect(before.version).toBeLessThan(latestVersion);

      const backend = createBackend({ dataDir, logger: consoleLogger(true) });
      try {
        expect(backend.db.pragma('user_version', { simple: true })).toBe(latestVersion);
        expect(backend.db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(backend.db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
        // An existing store keeps its page size (new stores get 16 KiB pages; connection.ts).
        expect(backend.db.pragma('page_size', { simple: true })).toBe(4096);
      } finally {
        backend.close();
      }
      const after = snapshot(databaseFile(dataDir));
      expect(after.counts).toEqual(before.counts);
      for (const [name, record] of Object.entries(before.records)) {
        expect(record, name).toBeTruthy();
        expect(sameColumns(record, after.records[name as keyof typeof after.records]), name).toEqual(record);
      }

      // The pre-migration backup is an ordinary, listed backup holding the old version's data.
      const backups = readdirSync(backupsDir(dataDir));
      expect(backups).toHaveLength(1);
      expect(backups[0]).toMatch(/-pre_migration$/);
      const manifest = JSON.parse(readFileSync(join(backupsDir(dataDir), backups[0]!, 'manifest.json'), 'utf8')) as {
        reason: string;
        schemaVersion: number;
      };
      expect(manifest).toMatchObject({ reason: 'pre_migration', schemaVersion: before.version });
      const saved = snapshot(join(backupsDir(dataDir), backups[0]!, 'returnlens.sqlite'));
      expect(saved.version).toBe(before.version);
      expect(saved.counts).toEqual(before.counts);
    });
  }

  it('opens a current database without a backup', () => {
    const dataDir = makeTempDir('rl-migrate-');
    dirs.push(dataDir);
    createBackend({ dataDir, logger: consoleLogger(true) }).close();
    createBackend({ dataDir, logger: consoleLogger(true) }).close();
    expect(existsSync(backupsDir(dataDir)) ? readdirSync(backupsDir(dataDir)) : []).toEqual([]);
    // A new store is made with 16 KiB pages (bulk imports commit faster), in WAL mode.
    const file = new BetterSqlite3(databaseFile(dataDir), { readonly: true });
    expect([file.pragma('page_size', { simple: true }), file.pragma('journal_mode', { simple: true })]).toEqual([16384, 'wal']);
    file.close();
  });

  it('refuses a database written by a newer version, clearly, and leaves it byte-for-byte unchanged', () => {
    const dataDir = makeTempDir('rl-migrate-');
    dirs.push(dataDir);
    createBackend({ dataDir, logger: consoleLogger(true) }).close();
    const file = databaseFile(dataDir);
    const db = new BetterSqlite3(file);
    db.pragma(`user_version = ${latestVersion + 1}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const hash = () => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = hash();

    expect(() => createBackend({ dataDir, logger: consoleLogger(true) })).toThrow(
      new RegExp(`written by a newer ReturnLens \\(schema ${latestVersion + 1}; this app knows up to ${latestVersion}\\)`),
    );
    expect(hash()).toBe(before);
    expect(existsSync(backupsDir(dataDir)) ? readdirSync(backupsDir(dataDir)) : []).toEqual([]);
  });
});
