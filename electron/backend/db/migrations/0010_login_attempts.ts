import type { Migration } from './migration';

/**
 * The PIN lockout, kept in the store so a restart does not forget it (features/auth/login-throttle.ts). One row
 * per user who has PIN attempts outstanding: `attempts` counts verifications started since the last successful
 * login or the end of the last lock (each is counted before its PIN is hashed, so guesses sent together cannot
 * outrun the count), `locked_until` is the epoch ms until which further guesses are refused (0: not locked).
 * Rows exist only for real users (the foreign key), so guessed user ids cannot grow the table.
 */
export const loginAttempts: Migration = {
  version: 10,
  name: 'login_attempts',
  sql: /* sql */ `
CREATE TABLE login_attempts (
  user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  attempts INTEGER NOT NULL CHECK (attempts >= 0),
  locked_until INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
`,
};
