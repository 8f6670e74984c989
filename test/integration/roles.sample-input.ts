import type { z } from 'zod';
import { defOf, wrapperTypes, type Def } from '../support/zod-def';

/**
 * Builds a small valid value for a zod schema by walking its definition, so tests can call every method in
 * the contract (including ones added later) with an input that passes validation and reaches the role check.
 * Only what the contract uses is covered; a schema it cannot satisfy yields `undefined` and the caller says so.
 */
const checkValue = (def: Def, name: string, key: 'minimum' | 'value'): number | undefined => {
  const value = def.checks?.find((c) => c._zod.def.check === name)?._zod.def[key];
  return value === undefined ? undefined : Number(value);
};

const stringCandidates = (min: number): string[] => [
  'Asia/Shanghai',
  '123456',
  'sample',
  'A1',
  '2026-06-01',
  'owner@example.cn',
  '01J00000000000000000000000',
  'image/jpeg',
  'a'.repeat(Math.max(min, 1)),
  '1'.repeat(Math.max(min, 6)),
];

const firstValid = (schema: z.ZodType, candidates: unknown[]): unknown => candidates.find((c) => schema.safeParse(c).success);

export const sampleFor = (schema: z.ZodType, depth = 0): unknown => {
  if (depth > 12) return undefined;
  const def = defOf(schema);
  const next = (s: z.ZodType) => sampleFor(s, depth + 1);
  if (wrapperTypes.has(def.type)) return def.innerType ? next(def.innerType) : undefined;
  switch (def.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        const kind = defOf(field).type;
        if (kind === 'optional' || kind === 'default' || kind === 'prefault') continue;
        out[key] = next(field);
      }
      return out;
    }
    case 'string': {
      const min = checkValue(def, 'min_length', 'minimum') ?? 0;
      return firstValid(schema, stringCandidates(min));
    }
    case 'number': {
      const low = checkValue(def, 'greater_than', 'value');
      const value = low === undefined ? 1 : Math.floor(low) + 1;
      return firstValid(schema, [value, 1, 0, 100]);
    }
    case 'boolean':
      return false;
    case 'literal':
      return def.values?.[0];
    case 'enum':
      return Object.values(def.entries ?? {})[0];
    case 'nullable':
      return def.innerType ? next(def.innerType) : null;
    case 'array': {
      const min = checkValue(def, 'min_length', 'minimum') ?? 0;
      return def.element ? Array.from({ length: min }, () => next(def.element as z.ZodType)) : [];
    }
    case 'tuple':
      return (def.items ?? []).map(next);
    case 'union':
      return firstValid(schema, (def.options ?? []).map(next));
    case 'intersection': {
      const left = def.left ? next(def.left) : {};
      const right = def.right ? next(def.right) : {};
      return { ...(left as object), ...(right as object) };
    }
    case 'pipe':
      return def.in ? next(def.in) : undefined;
    case 'lazy':
      return def.getter ? next(def.getter()) : undefined;
    case 'record':
      return {};
    case 'date':
      return new Date(Date.UTC(2026, 0, 1));
    case 'null':
      return null;
    default:
      return undefined;
  }
};

type Json = Record<string, unknown>;

const getAt = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Json)[key as string] : undefined), root);

const setAt = (root: Json, path: readonly PropertyKey[], value: unknown): void => {
  let node: Json = root;
  path.slice(0, -1).forEach((key) => {
    const child = node[key as string];
    if (!child || typeof child !== 'object') node[key as string] = {};
    node = node[key as string] as Json;
  });
  const last = path[path.length - 1];
  if (last === undefined) return;
  if (value === undefined) delete node[last as string];
  else node[last as string] = value;
};

/**
 * Cross-field rules (superRefine) are invisible in the definition; their issues say where the value is wrong.
 * A missing value is filled, a refused one removed, and the input is checked again.
 */
export const validSampleFor = (schema: z.ZodType): unknown => {
  const value = sampleFor(schema);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const draft = structuredClone(value) as Json;
  for (let round = 0; round < 20; round += 1) {
    const result = schema.safeParse(draft);
    if (result.success) return draft;
    for (const issue of result.error.issues) {
      if (issue.path.length === 0) return draft;
      setAt(draft, issue.path, getAt(draft, issue.path) === undefined ? 'sample' : undefined);
    }
  }
  return draft;
};
