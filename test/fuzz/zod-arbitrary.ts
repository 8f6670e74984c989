import fc from 'fast-check';
import type { z } from 'zod';
import { sampleFor } from '../integration/roles.sample-input';
import { defOf, wrapperTypes, type CheckDef, type Def } from '../support/zod-def';

export { defOf };

/**
 * fast-check arbitraries derived from a zod v4 schema by walking its definition (`schema._zod.def`), so a method
 * added to the contract is fuzzed without anyone writing a generator for it. Two modes:
 *
 * - `valid`: the shape the schema asks for, filled with hostile values that still pass it (NUL and lone
 *   surrogates inside allowed strings, strings at their maximum length, numbers at their bounds, `__proto__`
 *   record keys, real ids and codes from the store). Most of these reach the handler.
 * - `hostile`: the same walk, but at every node the value may instead be of the wrong type, out of range,
 *   huge (1 MB strings), deeply nested (5,000 and 100,000 levels), missing, or accompanied by extra keys such as
 *   `__proto__`, `constructor` and `prototype`.
 *
 * Values are plain data plus `RawJson` fragments (text spliced verbatim into the body by `toJsonText`), so
 * nesting far beyond what JSON.stringify's recursion allows costs nothing to build or send.
 */

export type Mode = 'valid' | 'hostile';

/**
 * Strings from the store (ids, order and case numbers, upload and backup ids), read when a value is drawn. The
 * hint is the name of the field being filled (`caseId`, `uploadId`, `id`…), so the pool can offer the records
 * that field names first.
 */
export type Pool = (hint: string) => readonly string[];
/** The pool as one leaf sees it (its field's hint already applied). */
type LeafPool = () => readonly string[];

/** JSON text inserted as-is where it stands in the value (deep nesting, exotic numbers). */
export class RawJson {
  constructor(
    readonly text: string,
    readonly label: string,
  ) {}
}

/** What goes over the wire: a value serialised with `toJsonText`, or raw bytes (malformed JSON, bad UTF-8). */
export type FuzzBody = { kind: 'json'; value: unknown } | { kind: 'raw'; bytes: Buffer; label: string };

const checksOf = (def: Def): CheckDef[] => (def.checks ?? []).map((c) => c._zod.def);

/** Serialises a fuzz value: like JSON.stringify (own enumerable keys, `__proto__` included), plus RawJson splices. */
export const toJsonText = (value: unknown): string => {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : toJsonText(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const parts: string[] = [];
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined) continue;
      parts.push(`${JSON.stringify(key)}:${toJsonText(v)}`);
    }
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

/** Builds an object whose keys are own data properties even when one is `__proto__` (plain assignment would not). */
const objectFrom = (entries: readonly (readonly [string, unknown])[]): Record<string, unknown> => Object.fromEntries(entries);

const OMIT = Symbol('omit');

// ---------------------------------------------------------------------------------------------------------------
// Hostile building blocks
// ---------------------------------------------------------------------------------------------------------------

export const oneMegabyte = 1024 * 1024;

/** Strings that have broken parsers, SQL, spreadsheets, file names and prototype lookups before. */
export const nastyStrings: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uD83D',
  '\uDE00y',
  '\u202Eevil',
  '\u200B',
  '\uFEFF',
  '\u2028\u2029',
  '𠀀𠀁',
  '😀👍🏽',
  '售后质检台',
  "' OR 1=1 --",
  '"; DROP TABLE orders; --',
  '%',
  '_',
  '%_%',
  '\\',
  '\\%',
  'NULL',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '=HYPERLINK("http://evil.example")',
  '+1+1',
  '-1',
  '@SUM(A1)',
  '\t=1',
  '\r\n',
  '../../../etc/passwd',
  '..\\..\\win.ini',
  'CON',
  'nul',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '*?:\\/[]',
  '１２３４５６',
  'ＡＢＣ',
  '2026-13-01',
  '0000-00',
  '9999-12',
  '1e308',
  '-0',
  '0x10',
  ' 123456 ',
  '123456',
  '000000000000',
];

/** Numbers outside what a schema asks for, and ones that break Date, int64 binding or formatting. */
export const nastyNumbers: readonly number[] = [
  1e308,
  -1e308,
  2 ** 53 + 1,
  -(2 ** 53 + 1),
  2 ** 53 - 1,
  2 ** 63,
  -(2 ** 63),
  8.64e15 + 1,
  -1,
  -0,
  0.5,
  1.5,
  -0.5,
  5e-324,
  1e21,
  2 ** 31,
  2 ** 32,
];

const deepArrayText = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObjectText = (depth: number) => `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`;

/** Built once: each is shared by every draw that picks it. */
const bigValues = (() => {
  let cache: RawJson[] | undefined;
  return () =>
    (cache ??= [
      new RawJson(JSON.stringify('x'.repeat(oneMegabyte)), '1 MB string'),
      // 512 Ki code units, but 3 MB of JSON escapes: two of them in one body still stay under the 16 MB limit.
      new RawJson(JSON.stringify('\u0000\uD800'.repeat(oneMegabyte / 4)), '512 Ki NULs and lone surrogates'),
      new RawJson(deepArrayText(5000), '5,000 nested arrays'),
      new RawJson(deepObjectText(5000), '5,000 nested objects'),
      new RawJson(deepArrayText(100_000), '100,000 nested arrays'),
      new RawJson(`[${'0,'.repeat(100_000)}0]`, '100,001-element array'),
      new RawJson('1e400', 'number literal beyond double range (parses as Infinity)'),
      new RawJson('-1e-400', 'number literal below double precision (parses as -0)'),
      new RawJson('123456789012345678901234567890', '30-digit integer literal'),
    ]);
})();

/** Values of the wrong type for almost any field. */
const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom<unknown>(null, true, false, 0, 1, -1, '', 'x', [], {}, [null], '1', 'true', 1e308, 2 ** 53 + 1, 0.5),
  },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...nastyStrings) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      objectFrom([['__proto__', { polluted: 'yes' }]]),
      objectFrom([['constructor', { prototype: { polluted: 'yes' } }]]),
      objectFrom([['prototype', { polluted: 'yes' }]]),
      objectFrom([['__proto__', null]]),
      objectFrom([['toString', 'not a function']]),
    ),
  },
  { weight: 1, arbitrary: fc.nat({ max: 8 }).map((i) => bigValues()[i]) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** A code unit stream with NUL, lone surrogates, LIKE wildcards and quotes among any code point. */
const nastyUnit = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '%', '_', '\\', "'", '"', '\u202E', '，', '　') },
);

// ---------------------------------------------------------------------------------------------------------------
// Bounds read from checks
// ---------------------------------------------------------------------------------------------------------------

interface LengthBounds {
  min: number;
  max: number | undefined;
}

const lengthBounds = (def: Def): LengthBounds => {
  let min = 0;
  let max: number | undefined;
  for (const c of checksOf(def)) {
    if (c.check === 'min_length' && c.minimum !== undefined) min = Math.max(min, c.minimum);
    if (c.check === 'max_length' && c.maximum !== undefined) max = Math.min(max ?? Infinity, c.maximum);
    if (c.check === 'length_equals' && c.length !== undefined) {
      min = c.length;
      max = c.length;
    }
  }
  return { min, max };
};

interface NumberBounds {
  lo: number;
  hi: number;
  int: boolean;
}

const numberBounds = (def: Def): NumberBounds => {
  let lo = -Number.MAX_VALUE;
  let hi = Number.MAX_VALUE;
  let int = false;
  for (const c of checksOf(def)) {
    if (c.check === 'number_format') {
      int = true;
      if (c.format === 'safeint') {
        lo = Math.max(lo, Number.MIN_SAFE_INTEGER);
        hi = Math.min(hi, Number.MAX_SAFE_INTEGER);
      } else if (c.format === 'int32') {
        lo = Math.max(lo, -(2 ** 31));
        hi = Math.min(hi, 2 ** 31 - 1);
      } else if (c.format === 'uint32') {
        lo = Math.max(lo, 0);
        hi = Math.min(hi, 2 ** 32 - 1);
      }
    }
    const v = typeof c.value === 'bigint' ? Number(c.value) : c.value;
    if (c.check === 'greater_than' && v !== undefined) lo = Math.max(lo, c.inclusive ? v : int ? Math.floor(v) + 1 : v + Number.EPSILON);
    if (c.check === 'less_than' && v !== undefined) hi = Math.min(hi, c.inclusive ? v : int ? Math.ceil(v) - 1 : v - Number.EPSILON);
  }
  return { lo, hi, int };
};

const fitLength = (s: string, { min, max }: LengthBounds): string => {
  let out = s;
  if (max !== undefined && out.length > max) out = out.slice(0, max);
  if (out.length < min) out = out.padEnd(min, 'x');
  return out;
};

// ---------------------------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------------------------

export interface ArbitraryOptions {
  /** Real ids and codes from the store, mixed into every string so valid-shaped calls find records. */
  pool?: Pool;
  /** The hint for the root and for fields whose own name says nothing (`id`): usually the method's name. */
  rootHint?: string;
}

/** A known-valid value for this node (the sampler of roles.test.ts, or a pool string that passes). */
const fallbackFor = (schema: z.ZodType, pool: LeafPool | undefined): (() => unknown) => {
  let sample: unknown;
  let sampled = false;
  return () => {
    if (!sampled) {
      sample = sampleFor(schema);
      sampled = true;
    }
    if (sample !== undefined && schema.safeParse(sample).success) return sample;
    return pool?.().find((p) => schema.safeParse(p).success);
  };
};

/** Keeps a drawn value when it passes the node's own schema; otherwise a known-valid one when there is one. */
const orValid = (schema: z.ZodType, arb: fc.Arbitrary<unknown>, pool: LeafPool | undefined): fc.Arbitrary<unknown> => {
  const fallback = fallbackFor(schema, pool);
  return arb.map((v) => {
    if (schema.safeParse(v).success) return v;
    const f = fallback();
    return f === undefined ? v : f;
  });
};

const poolArb = (pool: LeafPool | undefined): fc.Arbitrary<string> =>
  fc.nat().map((i) => {
    const values = pool?.() ?? [];
    return values.length === 0 ? 'sample' : (values[i % values.length] ?? 'sample');
  });

/** Values of the right type that pass the node (mostly): what `valid` mode draws for a string. */
const validStringArb = (schema: z.ZodType, def: Def, pool: LeafPool | undefined): fc.Arbitrary<unknown> => {
  const bounds = lengthBounds(def);
  // Unbounded strings get 256 Ki code units at the limit (a NUL escapes to 6 bytes of JSON); 1 MB ones come from junk.
  const cap = bounds.max ?? oneMegabyte / 4;
  const drawn = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...nastyStrings).map((s) => fitLength(s, bounds)) },
    // Empty and blank values slip past truthiness checks (`if (filter.x)`) that a defined-value check does not.
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u0000', '\u3000').map((s) => fitLength(s, bounds)) },
    { weight: 3, arbitrary: poolArb(pool) },
    {
      weight: 2,
      arbitrary: fc
        .string({ unit: nastyUnit, minLength: bounds.min, maxLength: Math.min(cap, Math.max(bounds.min, 40)) })
        .map((s) => fitLength(s, bounds)),
    },
    // At the limit: multi-byte and astral characters measure differently in UTF-16, UTF-8 and SQLite.
    // (Past 256 Ki code units only ASCII: a 'x' is one byte on the wire, a NUL six, and bodies stay under 16 MB.)
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...(cap > oneMegabyte / 4 ? ['x', 'A'] : ['é', '售', '𠀀', 'x', '\u0000', '%']))
        .map((unit) => fitLength(unit.repeat(Math.ceil(cap / unit.length)), bounds)),
    },
  );
  return orValid(schema, drawn, pool);
};

/** Same type, wrong value: over and under length, breaking the pattern. */
const hostileStringArb = (def: Def): fc.Arbitrary<unknown> => {
  const { min, max } = lengthBounds(def);
  const options: unknown[] = [''];
  if (max !== undefined) options.push('x'.repeat(max + 1));
  if (max !== undefined && max < oneMegabyte) options.push('𠀀'.repeat(Math.ceil((max + 1) / 2)));
  if (min > 1) options.push('x'.repeat(min - 1));
  return fc.oneof(fc.constantFrom(...options), fc.constantFrom(...nastyStrings));
};

const validNumberArb = (schema: z.ZodType, def: Def, pool: LeafPool | undefined): fc.Arbitrary<unknown> => {
  const { lo, hi, int } = numberBounds(def);
  const candidates = [
    lo,
    hi,
    lo + 1,
    hi - 1,
    0,
    -0,
    1,
    -1,
    2 ** 31 - 1,
    2 ** 31,
    2 ** 32,
    2 ** 53 - 1,
    8.64e15,
    8.64e15 + 1,
    1e15,
    1_800_000_000_000,
    0.5,
    1e-9,
  ].filter((n) => n >= lo && n <= hi && (!int || Number.isInteger(n)));
  const clampLo = Math.max(lo, -(2 ** 40));
  const clampHi = Math.min(hi, 2 ** 40);
  const ranged = int
    ? fc.integer({
        min: Math.ceil(Math.max(clampLo, Number.MIN_SAFE_INTEGER)),
        max: Math.floor(Math.min(clampHi, Number.MAX_SAFE_INTEGER)),
      })
    : fc.double({ min: clampLo, max: clampHi, noNaN: true, noDefaultInfinity: true });
  const drawn = candidates.length > 0 ? fc.oneof(fc.constantFrom(...candidates), ranged) : ranged;
  return orValid(schema, drawn, pool);
};

const hostileNumberArb = (def: Def): fc.Arbitrary<unknown> => {
  const { lo, hi, int } = numberBounds(def);
  const edges: number[] = [];
  if (lo > -Number.MAX_VALUE) edges.push(lo - 1, lo - 0.5);
  if (hi < Number.MAX_VALUE) edges.push(hi + 1, hi + 0.5);
  if (int) edges.push(lo + 0.5);
  return fc.constantFrom(...nastyNumbers, ...edges, '1', '0x10', ' 1');
};

const enumValues = (def: Def): unknown[] => (def.type === 'enum' ? Object.values(def.entries ?? {}) : (def.values ?? []));

const hostileEnumArb = (def: Def): fc.Arbitrary<unknown> => {
  const values = enumValues(def).filter((v): v is string => typeof v === 'string');
  const variants = values.flatMap((v) => [
    v.toUpperCase(),
    ` ${v}`,
    `${v}\u0000`,
    v.normalize('NFKD') === v ? `${v}\u0301` : v.normalize('NFKD'),
  ]);
  return fc.constantFrom<unknown>(...variants, 'toString', '__proto__', '', 0, true);
};

interface Walker {
  (schema: z.ZodType, mode: Mode, depth: number, hint: string): fc.Arbitrary<unknown>;
}

const extraKeyArb = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'extra',
  '',
  '\u0000',
  'x'.repeat(10_000),
  'toString',
  'valueOf',
);

const objectArb = (def: Def, mode: Mode, depth: number, walk: Walker, hint: string): fc.Arbitrary<unknown> => {
  const shape = def.shape ?? {};
  const keys = Object.keys(shape);
  const fields = keys.map((key) => {
    const field = shape[key] as z.ZodType;
    const kind = defOf(field).type;
    const optional = kind === 'optional' || kind === 'default' || kind === 'prefault';
    // A field's name is the hint for what it holds; `id` and the like say nothing, so they keep the parent's.
    const value = walk(field, mode, depth + 1, /^ids?$/i.test(key) ? hint : key);
    if (mode === 'valid') return optional ? fc.option(value, { nil: OMIT }) : value;
    // Hostile: a required key may go missing, an optional one may be sent.
    return fc.oneof({ weight: 8, arbitrary: value }, { weight: optional ? 4 : 1, arbitrary: fc.constant(OMIT as unknown) });
  });
  const extras =
    mode === 'valid'
      ? fc.constant<[string, unknown][]>([])
      : fc.oneof(
          { weight: 4, arbitrary: fc.constant<[string, unknown][]>([]) },
          { weight: 1, arbitrary: fc.array(fc.tuple(extraKeyArb, junkArb), { minLength: 1, maxLength: 2 }) },
        );
  return fc.tuple(fc.tuple(...fields), extras).map(([values, extra]) => {
    const entries: [string, unknown][] = [];
    keys.forEach((key, i) => {
      const v = values[i];
      if (v !== OMIT && v !== undefined) entries.push([key, v]);
    });
    for (const [k, v] of extra) if (!entries.some(([key]) => key === k)) entries.push([k, v]);
    return objectFrom(entries);
  });
};

const arrayArb = (def: Def, mode: Mode, depth: number, walk: Walker, hint: string): fc.Arbitrary<unknown> => {
  const element = def.element as z.ZodType;
  const { min, max } = lengthBounds(def);
  const short = fc.array(walk(element, mode, depth + 1, hint), { minLength: min, maxLength: Math.min(max ?? min + 4, min + 4) });
  // At (or, when hostile, one past) the maximum: filled with one small valid element, so the body stays small.
  const small = sampleFor(element);
  const longLengths = max === undefined ? [1000] : mode === 'valid' ? [max] : [max + 1];
  const long = fc.constantFrom(...longLengths).map((n) => Array.from({ length: n }, () => small ?? null));
  return fc.oneof({ weight: 9, arbitrary: short }, { weight: 1, arbitrary: long });
};

const recordArb = (def: Def, mode: Mode, depth: number, walk: Walker, hint: string, pool: LeafPool | undefined): fc.Arbitrary<unknown> => {
  const keyType = def.keyType as z.ZodType;
  const valueType = def.valueType as z.ZodType;
  const keyDef = defOf(keyType);
  const keyNames = keyDef.type === 'enum' || keyDef.type === 'literal' ? enumValues(keyDef).map(String) : [];
  const keyArb: fc.Arbitrary<string> =
    keyNames.length > 0
      ? mode === 'valid'
        ? fc.constantFrom(...keyNames)
        : fc.oneof(fc.constantFrom(...keyNames), extraKeyArb)
      : fc.oneof(
          fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', 'a', '售后'),
          validStringArb(keyType, keyDef, pool).map(String),
        );
  return fc.array(fc.tuple(keyArb, walk(valueType, mode, depth + 1, hint)), { maxLength: 4 }).map((pairs) => {
    const seen = new Map<string, unknown>();
    for (const [k, v] of pairs) if (v !== undefined && v !== OMIT) seen.set(k, v);
    return objectFrom([...seen]);
  });
};

/**
 * Builds the arbitrary for `schema`. Exported entry points are `validArbitrary` and `hostileArbitrary`.
 */
const makeWalker = (options: ArbitraryOptions): Walker => {
  const walk: Walker = (schema, mode, depth, hint) => {
    if (depth > 24) return junkArb;
    const def = defOf(schema);
    const next = (s: z.ZodType) => walk(s, mode, depth + 1, hint);
    const source = options.pool;
    const pool: LeafPool | undefined = source ? () => source(hint) : undefined;
    let structural: fc.Arbitrary<unknown>;
    let sameTypeHostile: fc.Arbitrary<unknown> | undefined;
    // A wrapper is walked as its inner schema; leaving the key out is decided by the object that holds it.
    if (wrapperTypes.has(def.type)) return def.innerType ? walk(def.innerType, mode, depth, hint) : junkArb;
    switch (def.type) {
      case 'object':
        structural = objectArb(def, mode, depth, walk, hint);
        break;
      case 'string':
        structural = validStringArb(schema, def, pool);
        sameTypeHostile = hostileStringArb(def);
        break;
      case 'number':
        structural = validNumberArb(schema, def, pool);
        sameTypeHostile = hostileNumberArb(def);
        break;
      case 'boolean':
        structural = fc.boolean();
        sameTypeHostile = fc.constantFrom<unknown>('true', 0, 1, 'false');
        break;
      case 'enum':
      case 'literal': {
        const values = enumValues(def);
        structural = values.length > 0 ? fc.constantFrom(...values) : fc.constant(undefined);
        sameTypeHostile = hostileEnumArb(def);
        break;
      }
      case 'null':
        structural = fc.constant(null);
        break;
      case 'nullable':
        structural = def.innerType
          ? fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: next(def.innerType) })
          : fc.constant(null);
        break;
      case 'array':
        structural = arrayArb(def, mode, depth, walk, hint);
        break;
      case 'tuple':
        structural = fc.tuple(...(def.items ?? []).map(next));
        break;
      case 'union':
        structural = (def.options ?? []).length > 0 ? fc.oneof(...(def.options ?? []).map(next)) : junkArb;
        break;
      case 'intersection':
        structural = fc
          .tuple(def.left ? next(def.left) : fc.constant({}), def.right ? next(def.right) : fc.constant({}))
          .map(([l, r]) =>
            l && r && typeof l === 'object' && typeof r === 'object' ? objectFrom([...Object.entries(l), ...Object.entries(r)]) : l,
          );
        break;
      case 'record':
        structural = recordArb(def, mode, depth, walk, hint, pool);
        break;
      case 'pipe':
        // What the caller sends is the pipe's input; the whole pipe (transform + refinements) judges it.
        structural = def.in ? orValid(schema, walk(def.in, 'valid', depth + 1, hint), pool) : junkArb;
        if (mode === 'hostile' && def.in) sameTypeHostile = walk(def.in, 'hostile', depth + 1, hint);
        break;
      case 'lazy':
        return def.getter ? walk(def.getter(), mode, depth + 1, hint) : junkArb;
      default:
        // unknown, any, date, bigint…: anything JSON can carry.
        structural = fc.oneof(fc.jsonValue({ maxDepth: 2 }), junkArb);
    }
    if (mode === 'valid') return structural;
    const arms: { weight: number; arbitrary: fc.Arbitrary<unknown> }[] = [{ weight: 8, arbitrary: structural }];
    if (sameTypeHostile) arms.push({ weight: 2, arbitrary: sameTypeHostile });
    arms.push({ weight: 1, arbitrary: junkArb });
    return fc.oneof(...arms);
  };
  return walk;
};

/** Inputs of the schema's shape whose values are hostile but (mostly) allowed: they reach the handler. */
export const validArbitrary = (schema: z.ZodType, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> =>
  makeWalker(options)(schema, 'valid', 0, options.rootHint ?? '');

/** Inputs derived from the schema and broken in every way it could be: wrong types, sizes, keys, nesting. */
export const hostileArbitrary = (schema: z.ZodType, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> =>
  makeWalker(options)(schema, 'hostile', 0, options.rootHint ?? '');

/** Bodies that are not JSON of any shape, or JSON the parser must survive (BOM, bad UTF-8, deep nesting). */
export const rawBodies = (): { label: string; bytes: Buffer }[] => [
  { label: 'empty body', bytes: Buffer.alloc(0) },
  { label: 'truncated object', bytes: Buffer.from('{"a":') },
  { label: 'trailing comma', bytes: Buffer.from('{"a":1,}') },
  { label: 'JSON null', bytes: Buffer.from('null') },
  { label: 'JSON array', bytes: Buffer.from('[]') },
  { label: 'JSON string', bytes: Buffer.from('"owner"') },
  { label: 'JSON number', bytes: Buffer.from('1e999') },
  { label: 'UTF-8 BOM before {}', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{}')]) },
  { label: 'UTF-16LE {}', bytes: Buffer.from('{}', 'utf16le') },
  {
    label: 'invalid UTF-8 in a string',
    bytes: Buffer.concat([Buffer.from('{"q":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}')]),
  },
  { label: 'NUL byte', bytes: Buffer.from([0]) },
  { label: 'duplicate __proto__ keys', bytes: Buffer.from('{"__proto__":{"polluted":"yes"},"__proto__":[]}') },
  { label: 'constructor.prototype', bytes: Buffer.from('{"constructor":{"prototype":{"polluted":"yes"}}}') },
  { label: '100,000 nested arrays', bytes: Buffer.from(deepArrayText(100_000)) },
  { label: '5,000 nested objects', bytes: Buffer.from(deepObjectText(5000)) },
];

/** Root arbitrary of one fuzz call: mostly JSON from the schema walk; in hostile mode now and then raw bytes. */
export const bodyArbitrary = (schema: z.ZodType, mode: Mode, options: ArbitraryOptions = {}): fc.Arbitrary<FuzzBody> => {
  const json = (mode === 'valid' ? validArbitrary(schema, options) : hostileArbitrary(schema, options)).map((value): FuzzBody => ({
    kind: 'json',
    value,
  }));
  if (mode === 'valid') return json;
  const raws = rawBodies();
  const raw = fc.nat({ max: raws.length - 1 }).map((i): FuzzBody => ({ kind: 'raw', bytes: raws[i]!.bytes, label: raws[i]!.label }));
  return fc.oneof({ weight: 12, arbitrary: json }, { weight: 1, arbitrary: raw });
};

/** A short, printable description of a body for reports (big strings and deep nesting summarised). */
export const describeBody = (body: FuzzBody, limit = 600): string => {
  if (body.kind === 'raw') return `<raw: ${body.label}>`;
  const text = JSON.stringify(body.value, (_key, v: unknown) => {
    if (v instanceof RawJson) return `<${v.label}>`;
    if (typeof v === 'string' && v.length > 80) return `<${v.length}-char string starting ${JSON.stringify(v.slice(0, 20))}>`;
    if (Array.isArray(v) && v.length > 20) return `<array of ${v.length}, first ${JSON.stringify(v[0])}>`;
    return v;
  });
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
};
