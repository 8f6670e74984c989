import type { SessionUser } from '../../../shared/contract/auth.contract';

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
