import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BackendEnv } from '../core/context';
import type { Sqlite } from './connection';

/**
 * Before an existing database is migrated, a consistent copy is written with VACUUM INTO (synchronous, so the
 * migration cannot start before the copy is complete). The backups feature lists these with the others.
 */
export const preMigrationBackup = (db: Sqlite, env: BackendEnv, fromVersion: number): string => {
  const dir = join(env.dataDir, 'backups');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date(env.now()).toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `pre-migration-v${fromVersion}-${stamp}.sqlite`);
  db.prepare('VACUUM INTO ?').run(file);
  env.logger.info('backup before migration', { file, fromVersion });
  return file;
};
