import type { Sqlite } from '../../db/connection';
import { first, run, sql$ } from '../../db/query';

/**
 * Five PIN attempts, then a minute's lock: a 6-digit PIN must not be guessable by a script on the shared PC.
 *
 * The count lives in the store (`login_attempts`, migration 10), so a restart does not forget it, and an attempt
 * is counted when its verification is *reserved*, before the PIN is hashed: scrypt takes a few hundred ms, and a
 * count taken only after it let every guess already waiting through (60 guesses sent at once were all checked).
 * So per user at most `maxAttempts` verifications are ever in flight or failed between a successful login and
 * the end of a lock. The reservation that reaches `maxAttempts` starts the lock (later guesses are refused
 * without hashing, a right PIN included; its own PIN, if right, still logs in); a failure once the attempts are
 * used up moves the lock's end to a minute after that failure. A successful login deletes the row; a lock that
 * has run out starts a fresh count.
 *
 * Every function here must run inside one transaction (the handler's `ctx.transaction`), so the read and the
 * write of a count are never split by another call.
 */
const lockoutPolicy = { maxAttempts: 5, lockMs: 60_000, forgetMs: 15 * 60_000 } as const;
/**
 * `forgetMs`: wrong PINs are forgotten after this long without another attempt, so last week's typos do not lock a
 * worker out at today's first slip; a script guessing at any useful rate never gets that quiet.
 */
type LockoutPolicy = { maxAttempts: number; lockMs: number; forgetMs: number };

type Reservation = { ok: true } | { ok: false; retryAfterMs: number };

const readAttempts = (db: Sqlite, userId: string) =>
  first(db, sql$.selectFrom('login_attempts').select(['attempts', 'locked_until', 'updated_at']).where('user_id', '=', userId));

const writeAttempts = (db: Sqlite, userId: string, attempts: number, lockedUntil: number, now: number): void => {
  run(
    db,
    sql$
      .insertInto('login_attempts')
      .values({ user_id: userId, attempts, locked_until: lockedUntil, updated_at: now })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ attempts, locked_until: lockedUntil, updated_at: now })),
  );
};

/** Counts one PIN verification for `userId` (an existing user: the table's foreign key), or refuses it while locked. */
export const reserveAttempt = (db: Sqlite, userId: string, now: number, policy: LockoutPolicy = lockoutPolicy): Reservation => {
  const row = readAttempts(db, userId);
  let attempts = row?.attempts ?? 0;
  let lockedUntil = row?.locked_until ?? 0;
  if (lockedUntil > now + policy.lockMs) {
    // The clock was set back since the lock began: no lock lasts longer than one window from now.
    lockedUntil = now + policy.lockMs;
    writeAttempts(db, userId, attempts, lockedUntil, now);
  }
  if (lockedUntil > now) return { ok: false, retryAfterMs: lockedUntil - now };
  if (lockedUntil !== 0) {
    attempts = 0; // the lock has run out: a fresh count
    lockedUntil = 0;
  } else if (row && now - row.updated_at > policy.forgetMs) {
    attempts = 0; // the last attempt was long ago
  }
  attempts += 1;
  if (attempts >= policy.maxAttempts) lockedUntil = now + policy.lockMs;
  writeAttempts(db, userId, attempts, lockedUntil, now);
  return { ok: true };
};

/**
 * A reserved verification failed (its attempt is already counted). When it was the one that used up the
 * attempts, the lock runs from now. Answers the count as it stands, for the audit row.
 */
export const recordFailure = (
  db: Sqlite,
  userId: string,
  now: number,
  policy: LockoutPolicy = lockoutPolicy,
): { attempts: number; lockedUntil: number } | undefined => {
  const row = readAttempts(db, userId);
  if (!row) return undefined; // a right PIN sent alongside logged in and cleared the count
  let lockedUntil = row.locked_until;
  if (row.attempts >= policy.maxAttempts && lockedUntil !== 0) {
    lockedUntil = Math.max(lockedUntil, now + policy.lockMs);
    writeAttempts(db, userId, row.attempts, lockedUntil, now);
  }
  return { attempts: row.attempts, lockedUntil };
};

/** A successful login starts the count afresh. */
export const clearAttempts = (db: Sqlite, userId: string): void => {
  run(db, sql$.deleteFrom('login_attempts').where('user_id', '=', userId));
};
