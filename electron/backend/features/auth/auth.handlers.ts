import { AppError, conflict } from '../../../../shared/contract/errors';
import { defineHandlers } from '../../core/context';
import { newId } from '../../core/ids';
import { clearAttempts, recordFailure, reserveAttempt } from './login-throttle';
import { hashPin, verifyPin } from '../users/pin';
import { countUsers, findUser, insertUser, listUsers, toSessionUser, toUserSummary, updateUser } from '../users/users.repository';

export const authHandlers = defineHandlers({
  'auth.status': (_input, ctx) => {
    const locked = ctx.user ? null : ctx.sessions.lockedUser(ctx.sessionKey);
    return {
      needsSetup: countUsers(ctx.db) === 0,
      user: ctx.user,
      lockedUser: locked && { id: locked.id, name: locked.name, role: locked.role },
    };
  },

  'auth.setupOwner': async (input, ctx) => {
    if (countUsers(ctx.db) > 0) throw conflict('owner_exists', {}, 'The owner already exists; log in instead.');
    const pinHash = await hashPin(input.pin);
    const now = ctx.env.now();
    const row = {
      id: newId(),
      name: input.name,
      role: 'owner' as const,
      pin_hash: pinHash,
      locale: input.locale,
      active: 1 as const,
      created_at: now,
      updated_at: now,
    };
    await ctx.transaction(() => {
      // Checked again inside the transaction: two first-run windows must not both create an owner.
      if (countUsers(ctx.db) > 0) throw conflict('owner_exists', {}, 'The owner already exists; log in instead.');
      insertUser(ctx.db, row);
      ctx.user = toSessionUser(row);
      ctx.audit({ entity: 'user', entityId: row.id, action: 'create_owner', after: toUserSummary(row) });
    });
    const user = toSessionUser(row);
    ctx.sessions.set(ctx.sessionKey, user);
    return user;
  },

  'auth.loginChoices': (_input, ctx) => listUsers(ctx.db, true).map(({ id, name, role }) => ({ id, name, role })),

  'auth.login': async (input, ctx) => {
    const wrong = () => new AppError('UNAUTHENTICATED', 'login_wrong_pin', {}, 'Wrong user or PIN.');
    // The attempt is counted before the PIN is hashed, in its own transaction: guesses sent together each take
    // one of the five attempts, and those beyond them are refused without hashing (login-throttle.ts).
    const start = await ctx.transaction(() => {
      const row = findUser(ctx.db, input.userId);
      // Unknown or inactive users get no row (nothing to guess, nothing to store).
      if (!row || row.active !== 1) return undefined;
      return { row, reservation: reserveAttempt(ctx.db, row.id, ctx.env.now()) };
    });
    if (!start) throw wrong();
    const { row, reservation } = start;
    if (!reservation.ok) {
      const { retryAfterMs } = reservation;
      throw new AppError(
        'FORBIDDEN',
        'login_locked',
        { seconds: Math.ceil(retryAfterMs / 1000) },
        `Too many wrong PINs. Try again in ${Math.ceil(retryAfterMs / 1000)} s.`,
        { retryAfterMs },
      );
    }
    if (!(await verifyPin(input.pin, row.pin_hash))) {
      await ctx.transaction(() => {
        const now = ctx.env.now();
        const state = recordFailure(ctx.db, row.id, now);
        ctx.audit({ entity: 'user', entityId: row.id, action: 'login_failed', after: state ?? null });
        // The failure that used up the attempts: the lockout is an event of its own in the log.
        if (state && state.lockedUntil > now) ctx.audit({ entity: 'user', entityId: row.id, action: 'login_lockout', after: state });
      });
      throw wrong();
    }
    const user = await ctx.transaction(() => {
      // The PIN was checked against the row read before hashing: refuse if the user was deactivated or given
      // a new PIN meanwhile.
      const current = findUser(ctx.db, row.id);
      if (!current || current.active !== 1 || current.pin_hash !== row.pin_hash) throw wrong();
      clearAttempts(ctx.db, row.id);
      // The same person coming back to the window they locked: an unlock, not a new login.
      const unlock = ctx.sessions.lockedUser(ctx.sessionKey)?.id === row.id;
      ctx.user = toSessionUser(current);
      ctx.audit({ entity: 'user', entityId: row.id, action: unlock ? 'unlock' : 'login' });
      return ctx.user;
    });
    ctx.sessions.set(ctx.sessionKey, user);
    return user;
  },

  'auth.logout': (_input, ctx) => {
    ctx.sessions.end(ctx.sessionKey);
    return { ok: true as const };
  },

  'auth.lock': (input, ctx) => {
    const user = ctx.requireUser();
    ctx.audit({ entity: 'user', entityId: user.id, action: 'lock', after: { reason: input.reason } });
    ctx.sessions.lock(ctx.sessionKey);
    return { ok: true as const };
  },

  'auth.setLocale': (input, ctx) => {
    const user = ctx.requireUser();
    updateUser(ctx.db, user.id, { locale: input.locale, updated_at: ctx.env.now() });
    ctx.audit({
      entity: 'user',
      entityId: user.id,
      action: 'set_locale',
      before: { locale: user.locale },
      after: { locale: input.locale },
    });
    const updated = { ...user, locale: input.locale };
    ctx.sessions.refreshUser(updated, user.id);
    return updated;
  },
});
