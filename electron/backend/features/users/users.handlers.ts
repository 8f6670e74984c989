import { conflict, notFound } from '../../../../shared/contract/errors';
import { defineHandlers, type HandlerContext } from '../../core/context';
import { newId } from '../../core/ids';
import { hashPin } from './pin';
import { countActiveOwners, findUser, insertUser, listUsers, toSessionUser, toUserSummary, updateUser } from './users.repository';

const requireExisting = (ctx: HandlerContext, id: string) => {
  const row = findUser(ctx.db, id);
  if (!row) throw notFound('user_not_found', {}, 'User not found', { id });
  return row;
};

export const usersHandlers = defineHandlers({
  'users.list': (_input, ctx) => listUsers(ctx.db).map(toUserSummary),

  'users.create': async (input, ctx) => {
    const pinHash = await hashPin(input.pin);
    const now = ctx.env.now();
    const row = {
      id: newId(),
      name: input.name,
      role: input.role,
      pin_hash: pinHash,
      locale: null,
      active: 1 as const,
      created_at: now,
      updated_at: now,
    };
    await ctx.transaction(() => {
      insertUser(ctx.db, row);
      ctx.audit({ entity: 'user', entityId: row.id, action: 'create', after: toUserSummary(row) });
    });
    return toUserSummary(row);
  },

  'users.update': async (input, ctx) => {
    const pinHash = input.pin ? await hashPin(input.pin) : undefined;
    return await ctx.transaction(() => {
      const before = requireExisting(ctx, input.id);
      const losesOwner =
        before.role === 'owner' && before.active === 1 && ((input.role !== undefined && input.role !== 'owner') || input.active === false);
      if (losesOwner && countActiveOwners(ctx.db) <= 1)
        throw conflict('last_owner', {}, 'The last active owner cannot be demoted or deactivated.');
      updateUser(ctx.db, input.id, {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.role !== undefined && { role: input.role }),
        ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
        ...(pinHash !== undefined && { pin_hash: pinHash }),
        updated_at: ctx.env.now(),
      });
      const after = requireExisting(ctx, input.id);
      ctx.audit({
        entity: 'user',
        entityId: input.id,
        action: pinHash ? 'update_with_pin_reset' : 'update',
        before: toUserSummary(before),
        after: toUserSummary(after),
      });
      ctx.sessions.refreshUser(after.active ? toSessionUser(after) : null, after.id);
      return toUserSummary(after);
    });
  },
});
