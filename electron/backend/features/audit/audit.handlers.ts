import { defineHandlers } from '../../core/context';
import { listAudit } from './audit.repository';

export const auditHandlers = defineHandlers({
  'audit.list': (input, ctx) =>
    listAudit(ctx.db, { entity: input.entity, entityId: input.entityId, userId: input.userId }, input.limit, input.offset),
});
