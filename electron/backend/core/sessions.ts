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

  get(key: string): SessionUser | null {
    return this.byKey.get(key) ?? null;
  }

  set(key: string, user: SessionUser): void {
    this.byKey.set(key, user);
  }

  end(key: string): void {
    this.byKey.delete(key);
  }

  /** After a user is changed or deactivated, their open sessions follow. */
  refreshUser(user: SessionUser | null, userId: string): void {
    for (const [key, current] of this.byKey) {
      if (current.id !== userId) continue;
      if (user) this.byKey.set(key, user);
      else this.byKey.delete(key);
    }
  }
}
