import { defineHandlers } from '../../core/context';
import { readPolicy } from '../settings/policy.repository';
import { assignCases, claimCase } from './desk-assign.repository';
import { takeDeskAlerts } from './desk-alerts.repository';
import { deskCounter, deskQueue } from './desk-queue';

export const deskHandlers = defineHandlers({
  'desk.queue': (input, ctx) => deskQueue(ctx.db, input, ctx.requireUser().id, ctx.env.now()),

  'desk.counter': (_input, ctx) => deskCounter(ctx.db, ctx.env.now()),

  'desk.claim': (input, ctx) => {
    const me = ctx.requireUser();
    const { row, before, changed } = claimCase(ctx.db, input.id, me.id, ctx.env.now());
    if (changed)
      ctx.audit({
        entity: 'case',
        entityId: input.id,
        action: 'claim',
        before: { assigneeId: before.assigneeId },
        after: { assigneeId: me.id },
      });
    else ctx.audit({ entity: 'case', entityId: input.id, action: 'claim_again' });
    return row;
  },

  'desk.assign': (input, ctx) => {
    const { rows, changes } = assignCases(ctx.db, input.ids, input.assigneeId, ctx.env.now());
    for (const change of changes)
      ctx.audit({
        entity: 'case',
        entityId: change.id,
        action: 'assign',
        before: { assigneeId: change.from },
        after: { assigneeId: input.assigneeId },
      });
    if (changes.length === 0) ctx.audit({ entity: 'case', action: 'assign_unchanged', after: { count: rows.length } });
    return { rows };
  },

  // A job, not a write: most polls find nothing to alert, and those should leave no audit row behind.
  'desk.takeAlerts': async (_input, ctx) => {
    const alerts = await ctx.transaction(() => {
      const taken = takeDeskAlerts(ctx.db, readPolicy(ctx.db).deskAlerts.hoursBefore, ctx.env.now());
      if (taken.length > 0) ctx.audit({ entity: 'desk', action: 'alert', after: { cases: taken.map((a) => a.caseNumber) } });
      return taken;
    });
    return { alerts };
  },
});
