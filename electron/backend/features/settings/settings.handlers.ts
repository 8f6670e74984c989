import { applyPolicyChange } from '../../../../shared/domain/policy';
import { defineHandlers } from '../../core/context';
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
});
