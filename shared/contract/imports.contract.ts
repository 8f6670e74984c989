import { z } from 'zod';
import { importEntities, importFieldsByKind, importKinds } from '../domain/import-presets';
import { defineMethod } from './define';
import { exportFileSchema } from './export.contract';

const importKindSchema = z.enum(importKinds);
const countsSchema = z.object({
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
});
export type EntityCounts = z.infer<typeof countsSchema>;
export const importCountsSchema = z.record(z.enum(importEntities), countsSchema);
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const importRejectSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  reason: z.string(),
});
export type ImportReject = z.infer<typeof importRejectSchema>;

export const presetSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: importKindSchema,
  builtin: z.boolean(),
  /** our field → source header */
  mapping: z.record(z.string(), z.string()),
});
export type ImportPreset = z.infer<typeof presetSchema>;

export const previewSchema = z.object({
  importId: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  encoding: z.string(),
  delimiter: z.string(),
  /** 1-based line of the header row in the file. */
  headerRow: z.number().int(),
  /** ready: counts computed; unknown_layout: no preset matched, map the columns (headers + samples given). */
  status: z.enum(['ready', 'unknown_layout']),
  kind: importKindSchema.nullable(),
  preset: z.object({ id: z.string(), name: z.string() }).nullable(),
  headers: z.array(z.string()),
  samples: z.array(z.array(z.string())),
  dataRows: z.number().int(),
  skippedRows: z.number().int(),
  duplicateRows: z.number().int(),
  counts: importCountsSchema,
  rejectedRows: z.number().int(),
  /** The first rejects (all of them are in imports.rejects). */
  rejects: z.array(importRejectSchema),
});
export type ImportPreview = z.infer<typeof previewSchema>;

export const progressSchema = z.object({
  importId: z.string(),
  phase: z.enum(['reading', 'checking', 'committing', 'done', 'cancelled', 'failed']),
  rowsDone: z.number().int(),
  percent: z.number(),
  rowsPerSecond: z.number(),
  secondsLeft: z.number().nullable(),
  message: z.string().nullable(),
});
export type ImportProgress = z.infer<typeof progressSchema>;

export const importRunSchema = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  fileSize: z.number().nullable(),
  encoding: z.string().nullable(),
  preset: z.string().nullable(),
  state: z.enum(['previewing', 'committing', 'committed', 'cancelled', 'failed']),
  counts: importCountsSchema.nullable(),
  rejectedCount: z.number().int(),
  error: z.string().nullable(),
  userName: z.string().nullable(),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
});
export type ImportRun = z.infer<typeof importRunSchema>;

const staff = ['owner', 'service'] as const;

export const importsContract = {
  'imports.preview': defineMethod({
    summary:
      'Reads an uploaded order or after-sales export (CSV/XLSX, UTF-8 or GB18030), detects its layout, validates every row and stages it; answers new/updated/unchanged/rejected counts per kind. Nothing in the store changes.',
    input: z
      .object({ uploadId: z.string().regex(/^[0-9A-Z]{26}$/, 'uploadId is not an upload id'), presetId: z.string().max(64).optional() })
      .strict(),
    output: previewSchema,
    roles: staff,
    access: 'job',
  }),
  'imports.commit': defineMethod({
    summary:
      'Writes a previewed import in one transaction (all or nothing; written in chunks so progress shows and a cancel rolls it back; other calls wait meanwhile), then refreshes derived data; a second identical file changes nothing.',
    input: z.object({ importId: z.string().min(1).max(64) }).strict(),
    output: z.object({ importId: z.string(), counts: importCountsSchema, rejectedRows: z.number().int() }),
    roles: staff,
    access: 'job',
  }),
  'imports.progress': defineMethod({
    summary: 'How far the running preview or commit is (rows/s, percent, time left); null when nothing runs.',
    input: z.object({ importId: z.string().max(64).optional() }).strict(),
    output: progressSchema.nullable(),
    roles: staff,
    access: 'read',
    answersDuringExclusiveJob: true,
  }),
  'imports.cancel': defineMethod({
    summary: 'Stops a running preview or commit (the commit rolls back) or drops a previewed import; the store is left as it was.',
    input: z.object({ importId: z.string().min(1).max(64) }).strict(),
    output: z.object({ importId: z.string(), state: z.string() }),
    roles: staff,
    access: 'job',
    answersDuringExclusiveJob: true,
  }),
  'imports.history': defineMethod({
    summary: 'Every import with its counts, newest first.',
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(),
    output: z.array(importRunSchema),
    roles: staff,
    access: 'read',
  }),
  'imports.rejects': defineMethod({
    summary: 'The rejected rows of an import as a CSV file (row, column, value, reason).',
    input: z.object({ importId: z.string().min(1).max(64), locale: z.enum(['zh-CN', 'en-US']).default('zh-CN') }).strict(),
    output: exportFileSchema,
    roles: staff,
    access: 'read',
  }),
  'imports.presets': defineMethod({
    summary: 'Built-in and saved column mappings, with the fields each import kind understands.',
    input: z.object({}).strict(),
    output: z.object({
      presets: z.array(presetSchema),
      fields: z.record(importKindSchema, z.array(z.object({ key: z.string(), required: z.boolean() }))),
    }),
    roles: staff,
    access: 'read',
  }),
  'imports.savePreset': defineMethod({
    summary: 'Saves a named column mapping (our field → source header) for a layout no built-in preset knows.',
    input: z
      .object({
        name: z.string().trim().min(1).max(60),
        kind: importKindSchema,
        mapping: z.record(z.string().max(40), z.string().trim().min(1).max(100)),
      })
      .strict()
      .superRefine((value, issue) => {
        const fields = importFieldsByKind[value.kind];
        for (const key of Object.keys(value.mapping)) {
          if (!fields.some((f) => f.key === key))
            issue.addIssue({ code: 'custom', message: `Unknown field ${key} for ${value.kind}`, path: ['mapping', key] });
        }
        for (const field of fields) {
          if (field.required && !value.mapping[field.key])
            issue.addIssue({ code: 'custom', message: `Required field ${field.key} is not mapped`, path: ['mapping', field.key] });
        }
      }),
    output: presetSchema,
    roles: staff,
    access: 'write',
  }),
} as const;
