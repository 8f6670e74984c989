import type { ImportCounts, ImportPreset, ImportRun } from '../../../../shared/contract/imports.contract';
import { builtinPresets, type ImportKind, type PresetDefinition } from '../../../../shared/domain/import-presets';
import type { Sqlite } from '../../db/connection';
import { all, first, sql$ } from '../../db/query';
import type { Row } from '../../db/schema';

type RunState = ImportRun['state'];

/** An import_runs row as db/schema.ts declares it (SELECT * reads every column). */
type RunRow = Row<'import_runs'>;

export const insertRun = (db: Sqlite, run: { id: string; fileName: string; fileSize: number; userId: string | null; now: number }) => {
  db.prepare(
    `INSERT INTO import_runs (id, kind, file_name, file_size, state, user_id, started_at) VALUES (?, 'unknown', ?, ?, 'previewing', ?, ?)`,
  ).run(run.id, run.fileName, run.fileSize, run.userId, run.now);
};

export const updateRun = (
  db: Sqlite,
  id: string,
  patch: Partial<{
    kind: string;
    encoding: string;
    preset: string;
    state: RunState;
    counts: ImportCounts;
    rejected_count: number;
    error: string;
    finished_at: number;
  }>,
) => {
  const entries = Object.entries(patch).filter(([, v]) => v !== undefined);
  if (!entries.length) return;
  const values = entries.map(([k, v]) => (k === 'counts' ? JSON.stringify(v) : v));
  db.prepare(`UPDATE import_runs SET ${entries.map(([k]) => `${k} = ?`).join(', ')} WHERE id = ?`).run(...values, id);
};

export const getRun = (db: Sqlite, id: string): RunRow | undefined =>
  first(db, sql$.selectFrom('import_runs').selectAll().where('id', '=', id));

export const listRuns = (db: Sqlite, limit: number): ImportRun[] =>
  all(
    db,
    sql$
      .selectFrom('import_runs as r')
      .leftJoin('users as u', 'u.id', 'r.user_id')
      .selectAll('r')
      .select('u.name as user_name')
      .orderBy('r.started_at', 'desc')
      .orderBy('r.id', 'desc')
      .limit(limit),
  ).map((r) => ({
    id: r.id,
    kind: r.kind,
    fileName: r.file_name,
    fileSize: r.file_size,
    encoding: r.encoding,
    preset: r.preset,
    state: r.state,
    counts: r.counts ? (JSON.parse(r.counts) as ImportCounts) : null,
    rejectedCount: r.rejected_count,
    error: r.error,
    userName: r.user_name,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  }));

/** Copies the staged rejects (attached as `stg`) into the run's import_rejects. */
export const copyRejects = (db: Sqlite, importId: string): number =>
  db
    .prepare(
      `INSERT INTO import_rejects (import_id, row_number, column_name, value, reason) SELECT ?, row, column_name, value, reason FROM stg.stage_rejects ORDER BY row`,
    )
    .run(importId).changes;

export const firstRejects = (db: Sqlite, importId: string, limit: number) =>
  all(
    db,
    sql$
      .selectFrom('import_rejects')
      .select(['row_number as row', 'column_name as column', 'value', 'reason'])
      .where('import_id', '=', importId)
      .orderBy('row_number')
      .orderBy('id')
      .limit(limit),
  );

/** Built-in presets first, then the user's saved ones (newest first). */
export const allPresets = (db: Sqlite): ImportPreset[] => [
  ...builtinPresets.map((p) => ({ ...p, mapping: { ...p.mapping }, builtin: true })),
  ...all(db, sql$.selectFrom('import_presets').select(['id', 'name', 'kind', 'mapping']).orderBy('created_at', 'desc')).map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    mapping: JSON.parse(p.mapping) as Record<string, string>,
    builtin: false,
  })),
];

export const presetDefinitions = (db: Sqlite): PresetDefinition[] => allPresets(db);

export const presetNameTaken = (db: Sqlite, name: string): boolean =>
  first(db, sql$.selectFrom('import_presets').select('id').where('name', '=', name)) !== undefined;

export const insertPreset = (
  db: Sqlite,
  preset: { id: string; name: string; kind: ImportKind; mapping: Record<string, string>; userId: string; now: number },
) => {
  db.prepare(`INSERT INTO import_presets (id, name, kind, mapping, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)`).run(
    preset.id,
    preset.name,
    preset.kind,
    JSON.stringify(preset.mapping),
    preset.userId,
    preset.now,
  );
};
