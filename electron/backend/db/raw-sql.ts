import type { Statement } from 'better-sqlite3';
import type { Sqlite } from './connection';
import { prepared } from './query';

/**
 * The one way to run SQL that Kysely cannot express (window functions over rollups, FILTER clauses, ATTACHed
 * staging files, sqlite_master): the caller names the row type once, here, instead of casting each result.
 * Statements are cached per connection (db/query.ts `prepared`) unless `cache: false`, for text that is built
 * once per call (a staging file's tables, an index list) and would only fill the cache.
 */
interface RawQuery<Row> {
  all: (...params: unknown[]) => Row[];
  get: (...params: unknown[]) => Row | undefined;
  /** For a query that always yields a row (an aggregate without GROUP BY): a missing row is a bug, so it throws. */
  one: (...params: unknown[]) => Row;
}

interface RawOptions {
  cache?: boolean;
}

export const rawQuery = <Row>(db: Sqlite, text: string, options: RawOptions = {}): RawQuery<Row> => {
  const statement = (): Statement => (options.cache === false ? db.prepare(text) : prepared(db, text));
  return {
    all: (...params) => statement().all(...params) as Row[],
    get: (...params) => statement().get(...params) as Row | undefined,
    one: (...params) => {
      const row = statement().get(...params) as Row | undefined;
      if (row === undefined) throw new Error(`expected a row from: ${text.slice(0, 80)}`);
      return row;
    },
  };
};

/** A single number (`SELECT count(*) AS n …`); 0 when the query yields no row or NULL. */
export const rawCount = (db: Sqlite, text: string, params: readonly unknown[] = [], options: RawOptions = {}): number =>
  rawQuery<{ n: number | null }>(db, text, options).get(...params)?.n ?? 0;

/**
 * An SQL list literal, `('a', 'b')`, from a shared/domain constant, so an `IN (…)` in a query or a trigger says
 * the same as the enum the contract validates with. Values are code-defined enum members, quoted anyway.
 */
export const sqlList = (values: readonly string[]): string => `(${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`;
