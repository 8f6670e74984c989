import { AppError } from '../../../shared/contract/errors';
import type { Sqlite } from './connection';
import { latestVersion, migrations } from './migrations';

interface MigrateOptions {
  /** Called before an existing database is migrated, so a failed or unwanted upgrade can be undone. */
  backupBeforeMigrating?: (fromVersion: number) => void;
}

/** Applies each pending migration in its own transaction; refuses a database written by a newer app. */
export const migrate = (db: Sqlite, options: MigrateOptions = {}): { from: number; to: number } => {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > latestVersion) {
    throw new AppError(
      'UNAVAILABLE',
      'store_from_newer_app',
      {},
      `This database was written by a newer ReturnLens (schema ${from}; this app knows up to ${latestVersion}). Update the app; the data was not changed.`,
      { schemaVersion: from, appVersion: latestVersion },
    );
  }
  if (from === latestVersion) return { from, to: from };
  if (from > 0) options.backupBeforeMigrating?.(from);
  for (const migration of migrations.slice(from)) {
    db.transaction(() => {
      db.exec(migration.sql);
      migration.after?.(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { from, to: latestVersion };
};
