import type { z } from 'zod';

/**
 * The parts of a zod v4 schema's internal definition (`_zod.def`) that the tests walk to make inputs: the roles
 * test's one valid sample per method (roles.sample-input.ts) and the fuzz suite's generators (zod-arbitrary.ts).
 */
export interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number | bigint;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

export interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  element?: z.ZodType;
  in?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  getter?: () => z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
}

export const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Schema types that only wrap another (`innerType`): both walkers look through them to the inner schema. */
export const wrapperTypes: ReadonlySet<string> = new Set(['optional', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);
