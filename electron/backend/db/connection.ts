import BetterSqlite3 from 'better-sqlite3';
import type { Database as SqliteDb } from 'better-sqlite3';

export type Sqlite = SqliteDb;

export interface OpenOptions {
  /** Under Electron the addon is built for Electron's ABI and lives in its own folder (see scripts/). */
  nativeBinding?: string;
  readonly?: boolean;
}

/**
 * One writer connection per data dir. synchronous=FULL because a save the screen calls "saved" must survive
 * a power cut; WAL keeps readers (dashboard) from blocking the writer.
 */
export const openSqlite = (file: string, options: OpenOptions = {}): Sqlite => {
  const db = new BetterSqlite3(file, {
    nativeBinding: options.nativeBinding ?? process.env.RETURNLENS_SQLITE_BINDING,
    readonly: options.readonly ?? false,
  });
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 10000');
  db.pragma('cache_size = -65536');
  db.pragma('temp_store = MEMORY');
  return db;
};
