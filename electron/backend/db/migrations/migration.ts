/**
 * A migration is plain SQL plus an optional step in code. Migrations never import app code, so a later
 * change to a repository cannot change what an old migration does.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  after?: (db: import('better-sqlite3').Database) => void;
}
