import { z } from 'zod';
import { defectCategories, defectClasses } from '../domain/inspection';
import { defineMethod } from './define';

export const defectTypeSchema = z.object({
  id: z.string(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  category: z.enum(defectCategories),
  defaultClass: z.enum(defectClasses),
  active: z.boolean(),
  sortOrder: z.number().int(),
  /** How many inspection findings use it: a type in use can be renamed or deactivated, never deleted. */
  usageCount: z.number().int(),
});
export type DefectType = z.infer<typeof defectTypeSchema>;

const name = (label: string) => z.string().trim().min(1, `${label} is required.`).max(40, `${label} has at most 40 characters.`);
const code = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_]{1,31}$/, 'Code: 2–32 letters, digits or _, starting with a letter (e.g. SEAM_OPEN).');

export const taxonomyContract = {
  'taxonomy.list': defineMethod({
    summary: 'Defect types, searchable by Chinese or English name or code; inactive ones only when asked (pickers hide them).',
    input: z.object({ search: z.string().trim().max(40).optional(), includeInactive: z.boolean().default(false) }).strict(),
    output: z.array(defectTypeSchema),
    roles: 'anyUser',
    access: 'read',
  }),
  'taxonomy.create': defineMethod({
    summary: 'Add a defect type with its bilingual names, category and default class.',
    input: z
      .object({
        code,
        nameZh: name('Chinese name'),
        nameEn: name('English name'),
        category: z.enum(defectCategories),
        defaultClass: z.enum(defectClasses),
      })
      .strict(),
    output: defectTypeSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'taxonomy.update': defineMethod({
    summary: 'Rename (zh/en), re-class, re-categorise or re-order a defect type; past findings keep their recorded class.',
    input: z
      .object({
        id: z.string().min(1).max(64),
        nameZh: name('Chinese name').optional(),
        nameEn: name('English name').optional(),
        category: z.enum(defectCategories).optional(),
        defaultClass: z.enum(defectClasses).optional(),
        sortOrder: z.number().int().min(0).max(100_000).optional(),
      })
      .strict(),
    output: defectTypeSchema,
    roles: ['owner'],
    access: 'write',
  }),
  'taxonomy.setActive': defineMethod({
    summary: 'Deactivate (hide from pickers) or reactivate a defect type. There is no delete: findings keep their type.',
    input: z.object({ id: z.string().min(1).max(64), active: z.boolean() }).strict(),
    output: defectTypeSchema,
    roles: ['owner'],
    access: 'write',
  }),
} as const;
