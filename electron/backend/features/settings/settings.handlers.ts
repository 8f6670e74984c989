import { applyPolicyChange } from '../../../../shared/domain/policy';
import { defineHandlers } from '../../core/context';
import { readIdleLock, writeIdleLock } from './idle-lock.repository';
import { readPolicy, writePolicy } from './policy.repository';

export const settingsHandlers = defineHandlers({
  'settings.getPolicy': (_input, ctx) => readPolicy(ctx.db),

  'settings.updatePolicy': (input, ctx) => {
    const before = readPolicy(ctx.db);
    const after = applyPolicyChange(before, input);
    writePolicy(ctx.db, after, ctx.env.now());
    ctx.audit({ entity: 'settings', entityId: 'policy', action: 'update_policy', before, after });
    return after;
  },

  'settings.getIdleLock': (_input, ctx) => readIdleLock(ctx.db),

  'settings.updateIdleLock': (input, ctx) => {
    const before = readIdleLock(ctx.db);
    const after = { ...before, ...input };
    writeIdleLock(ctx.db, after, ctx.env.now());
    ctx.audit({ entity: 'settings', entityId: 'idle_lock', action: 'update_idle_lock', before, after });
    return after;
  },
});
