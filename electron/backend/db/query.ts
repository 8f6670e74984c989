import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type Compilable, type InferResult } from 'kysely';
import type { Sqlite } from './connection';
import type { Database } from './schema';

/**
 * Kysely builds and types the SQL; better-sqlite3 runs it synchronously. Synchronous execution is what lets a
 * whole write (facts + audit row) sit inside one better-sqlite3 transaction, which Kysely's async driver cannot.
 */
export const sql$ = new Kysely<Database>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

const statementCache = new WeakMap<Sqlite, Map<string, import('better-sqlite3').Statement>>();

/** Prepared statements are cached per connection: the scan station's lookups must not re-parse SQL. */
export const prepared = (db: Sqlite, text: string): import('better-sqlite3').Statement => {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    statement = db.prepare(text);
    cache.set(text, statement);
  }
  return statement;
};

type Query = Compilable<unknown>;
type Rows<Q extends Query> = InferResult<Q> extends (infer R)[] ? R : never;

export const all = <Q extends Query>(db: Sqlite, query: Q): Rows<Q>[] => {
  const { sql, parameters } = query.compile();
  return prepared(db, sql).all(...(parameters as unknown[])) as Rows<Q>[];
};

export const first = <Q extends Query>(db: Sqlite, query: Q): Rows<Q> | undefined => {
  const { sql, parameters } = query.compile();
  return prepared(db, sql).get(...(parameters as unknown[])) as Rows<Q> | undefined;
};

/** Runs an INSERT/UPDATE without RETURNING; answers how many rows changed. */
export const run = (db: Sqlite, query: Query): number => {
  const { sql, parameters } = query.compile();
  return prepared(db, sql).run(...(parameters as unknown[])).changes;
};
