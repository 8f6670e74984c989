/**
 * Bulk loading without per-row side work. Features keep derived tables current with row triggers (the
 * dashboard's rollups); that is right for single edits but multiplies the cost of a million-row load. So the
 * seed lifts the triggers of the tables it fills, loads, puts the very same trigger SQL back and lets
 * refreshDerivedData rebuild everything once. Secondary indexes are lifted the same way: building an index once
 * from sorted keys is several times faster than updating it a million times at random places. It all happens inside the caller's transaction, so a failure
 * restores the triggers with everything else.
 */
import type { Sqlite } from '../db/connection';
import { rawQuery } from '../db/raw-sql';

export const withTriggersLifted = <T>(db: Sqlite, tables: readonly string[], work: () => T): T => {
  if (!db.inTransaction) throw new Error('withTriggersLifted must run inside a transaction');
  const placeholders = tables.map(() => '?').join(', ');
  // Explicit secondary indexes (sql not null; constraint indexes stay) are rebuilt once, sorted, after the load.
  const lifted = rawQuery<{ type: 'trigger' | 'index'; name: string; sql: string }>(
    db,
    `SELECT type, name, sql FROM sqlite_master
       WHERE type IN ('trigger', 'index') AND sql IS NOT NULL AND tbl_name IN (${placeholders}) ORDER BY type DESC, name`,
    { cache: false },
  ).all(...tables);
  for (const item of lifted) db.exec(`DROP ${item.type.toUpperCase()} "${item.name.replace(/"/g, '""')}"`);
  const result = work();
  for (const item of [...lifted].reverse()) db.exec(item.sql);
  return result;
};
