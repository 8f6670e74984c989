import { AppError } from '../../../../shared/contract/errors';
import { importFieldsByKind } from '../../../../shared/domain/import-presets';
import { defineHandlers, type HandlerContext } from '../../core/context';
import { newId } from '../../core/ids';
import { toCsv } from '../../core/table-file';
import { buildExportTable } from '../export/export-lists';
import { commitImport, discardImport } from './commit';
import { allPresets, getRun, insertPreset, listRuns, presetNameTaken } from './import-runs.repository';
import { finishTracking, ImportCancelled, progressOf, report, requestCancel, startTracking } from './progress';
import { previewImport } from './preview';

/**
 * Drops a previewed (or just rolled-back) import and records who cancelled it; answers the run's state. Waits
 * while another import commits (a cancel is answered during that job, but must not write into its transaction).
 */
const discardAudited = async (ctx: HandlerContext, importId: string): Promise<string> => {
  const state = await ctx.whenFree(() => discardImport(ctx.db, ctx.env.dataDir, importId, ctx.env.now()));
  await ctx.transaction(() => ctx.audit({ entity: 'import', entityId: importId, action: 'cancel' }));
  return state;
};

export const importsHandlers = defineHandlers({
  'imports.preview': async (input, ctx) =>
    previewImport(
      { db: ctx.db, dataDir: ctx.env.dataDir, now: ctx.env.now, userId: ctx.requireUser().id, whenFree: ctx.whenFree },
      input.uploadId,
      input.presetId,
    ),

  'imports.commit': (input, ctx) =>
    // Exclusive: the commit keeps one transaction open across chunks; other calls wait, progress and cancel answer.
    ctx.exclusive(async () => {
      const tracker = startTracking(input.importId, 1, ctx.env.now(), 'committing');
      try {
        const result = await commitImport(
          {
            db: ctx.db,
            dataDir: ctx.env.dataDir,
            now: ctx.env.now,
            audit: (counts) => ctx.audit({ entity: 'import', entityId: input.importId, action: 'commit', after: counts }),
            onStep: (step) => {
              tracker.total = step.total;
              report(tracker, 'committing', step.rowsDone, step.rowsDone, ctx.env.now());
            },
            between: () => new Promise((resolve) => setImmediate(resolve)),
          },
          input.importId,
        );
        finishTracking(input.importId, 'done');
        return { importId: input.importId, ...result };
      } catch (error) {
        if (error instanceof ImportCancelled) {
          await discardAudited(ctx, input.importId);
          finishTracking(input.importId, 'cancelled');
          throw new AppError(
            'CONFLICT',
            'import_commit_cancelled',
            {},
            'The import was cancelled while it was being written; nothing was written.',
            { importId: input.importId, cancelled: true },
          );
        }
        finishTracking(input.importId, 'failed', error instanceof Error ? error.message : null);
        throw error;
      }
    }),

  'imports.progress': (input) => progressOf(input.importId),

  'imports.cancel': async (input, ctx) => {
    if (requestCancel(input.importId)) return { importId: input.importId, state: 'cancelling' };
    return { importId: input.importId, state: await discardAudited(ctx, input.importId) };
  },

  'imports.history': (input, ctx) => listRuns(ctx.db, input.limit),

  'imports.rejects': (input, ctx) => {
    const run = getRun(ctx.db, input.importId);
    if (!run) throw new AppError('NOT_FOUND', 'import_not_found', {}, `Import ${input.importId} not found.`);
    const table = buildExportTable(ctx.db, 'import_rejects', { importId: input.importId }, input.locale, 1_000_000);
    const file = toCsv(table);
    const base = run.file_name.replace(/\.[^.]+$/, '');
    return {
      fileName: `${base}-rejects.csv`,
      mime: 'text/csv; charset=utf-8',
      base64: file.toString('base64'),
      rowCount: table.rows.length,
    };
  },

  'imports.presets': (_input, ctx) => ({
    presets: allPresets(ctx.db),
    fields: {
      orders: importFieldsByKind.orders.map((f) => ({ ...f })),
      aftersales: importFieldsByKind.aftersales.map((f) => ({ ...f })),
    },
  }),

  'imports.savePreset': (input, ctx) => {
    const user = ctx.requireUser();
    if (presetNameTaken(ctx.db, input.name))
      throw new AppError('CONFLICT', 'import_preset_name_taken', { name: input.name }, `A preset named “${input.name}” already exists.`);
    const id = newId();
    insertPreset(ctx.db, { id, name: input.name, kind: input.kind, mapping: input.mapping, userId: user.id, now: ctx.env.now() });
    ctx.audit({ entity: 'import_preset', entityId: id, action: 'create', after: input });
    return { id, name: input.name, kind: input.kind, mapping: input.mapping, builtin: false };
  },
});
