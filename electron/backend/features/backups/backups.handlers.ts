import { AppError } from '../../../../shared/contract/errors';
import { defineHandlers, type HandlerContext } from '../../core/context';
import type { BackupService } from './backup-service';
import { copyBackupTo } from './backup-copy';
import { backupsDir } from './backup-store';
import { logsDir } from '../../core/logger';

const backupsOf = (ctx: HandlerContext): BackupService => {
  const service = ctx.services.backups;
  if (!service) throw new AppError('UNAVAILABLE', 'backups_unavailable', {}, 'Backups are not available in this process.');
  return service;
};

export const backupsHandlers = defineHandlers({
  'backups.create': async (_input, ctx) => {
    const info = await backupsOf(ctx).create('manual');
    await ctx.transaction(() => ctx.audit({ entity: 'backup', entityId: info.id, action: 'create', after: info }));
    return info;
  },

  'backups.list': (_input, ctx) => ({
    backups: backupsOf(ctx).list(),
    directory: backupsDir(ctx.env.dataDir),
    logsDirectory: logsDir(ctx.env.dataDir),
  }),

  'backups.restore': async (input, ctx) => {
    const result = await backupsOf(ctx).restore(input.id);
    // Written into the restored database: its history now says who brought it back, and from where.
    await ctx.transaction(() =>
      ctx.audit({ entity: 'backup', entityId: input.id, action: 'restore', after: { restored: result.restored.id, undo: result.undo.id } }),
    );
    return result;
  },

  'backups.copyTo': async (input, ctx) => {
    const copied = copyBackupTo(ctx.env.dataDir, input.id, input.folder);
    await ctx.transaction(() => ctx.audit({ entity: 'backup', entityId: input.id, action: 'copy', after: { path: copied.path } }));
    return copied;
  },
});
