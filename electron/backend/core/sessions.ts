import type { SessionUser } from '../../../shared/contract/auth.contract';
import type { MethodName } from '../../../shared/contract';

/**
 * Calls that log someone in. A transport whose session key a client could know before the login (the HTTP
 * cookie) runs them under a fresh key and keeps it only on success, ending the old key's session: a key
 * planted or seen before the login is never a logged-in one (session fixation). Electron's key,
 * `window:<webContents id>`, is chosen by main and never seen by the page, so it stays as it is.
 */
export const sessionStartingMethods: ReadonlySet<string> = new Set<MethodName>(['auth.login', 'auth.setupOwner']);

/**
 * Who is logged in, keyed by what the transport knows and the page cannot forge: the Electron window's
 * webContents id, or the HTTP transport's HttpOnly session cookie. Kept in memory: a restart logs everyone out.
 */
export class SessionStore {
  private readonly byKey = new Map<string, SessionUser>();
  /**
   * Sessions locked on a shared PC (idle, or "switch user"): the key has no user any more (every call is refused
   * as for a logged-out one), but it remembers who left, so that person's PIN on this key is an unlock.
   */
  private readonly lockedByKey = new Map<string, SessionUser>();

  get(key: string): SessionUser | null {
    return this.byKey.get(key) ?? null;
  }

  set(key: string, user: SessionUser): void {
    this.byKey.set(key, user);
    this.lockedByKey.delete(key);
  }

  end(key: string): void {
    this.byKey.delete(key);
    this.lockedByKey.delete(key);
  }

  /** Logs the key's user out but remembers them as the one who left it locked. */
  lock(key: string): SessionUser | null {
    const user = this.byKey.get(key) ?? null;
    this.byKey.delete(key);
    if (user) this.lockedByKey.set(key, user);
    return user;
  }

  lockedUser(key: string): SessionUser | null {
    return this.lockedByKey.get(key) ?? null;
  }

  /** A login under a fresh key (session fixation, see sessionStartingMethods) still knows whose lock it opens. */
  copyLock(from: string, to: string): void {
    const user = this.lockedByKey.get(from);
    if (user) this.lockedByKey.set(to, user);
  }

  /** After a user is changed or deactivated, their open sessions follow. */
  refreshUser(user: SessionUser | null, userId: string): void {
    for (const [key, current] of this.byKey) {
      if (current.id !== userId) continue;
      if (user) this.byKey.set(key, user);
      else this.byKey.delete(key);
    }
    for (const [key, current] of this.lockedByKey) {
      if (current.id !== userId) continue;
      if (user) this.lockedByKey.set(key, user);
      else this.lockedByKey.delete(key);
    }
  }
}
