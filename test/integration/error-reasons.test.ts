import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { errorReasonKeys, isErrorReason } from '../../shared/contract/error-reasons';
import { startTestBackend, type TestBackend } from '../support/backend';

/**
 * Every error the backend (and Electron main, and the page's own client) can answer carries a reason from the
 * catalogue (shared/contract/error-reasons.ts), which the page words in the reader's language. `AppError` and
 * `ApiErrorBody` already require one by type; this reads the sources for what types cannot see (messages built
 * as plain objects in untyped places) and checks a few answers of the real dispatcher.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

const sources = (dir: string): string[] =>
  readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

const files = [...sources('electron'), ...sources('shared'), ...sources('renderer/src/api')].map((path) => ({
  path,
  text: readFileSync(join(root, path), 'utf8'),
}));
const codes = 'VALIDATION|NOT_FOUND|CONFLICT|FORBIDDEN|UNAUTHENTICATED|UNAVAILABLE|INTERNAL';

/**
 * A reason passed on by a typed helper (its parameter is an `ErrorReason`, so the type checks its callers), not
 * a literal: the helpers of shared/contract/errors.ts, csv-source's fileError, sqlite-errors' unexpectedReason.
 */
const passedOn = new Set(['reason', 'body.reason', 'unexpectedReason(access']);
const isCatalogued = (argument: string | undefined): boolean => {
  const text = argument?.trim() ?? '';
  if (passedOn.has(text)) return true;
  const reason = /^'(\w+)'$/.exec(text)?.[1];
  return reason !== undefined && isErrorReason(reason);
};

describe('every throw site names a reason', () => {
  it('new AppError(code, reason, …) and notFound/conflict/invalid(reason, …) use a reason of the catalogue', () => {
    const problems: string[] = [];
    for (const { path, text } of files) {
      for (const m of text.matchAll(/new AppError(?:<[^>]*>)?\(\s*([^,)]*)(?:,\s*([^,)]*))?/g)) {
        if (!isCatalogued(m[2])) problems.push(`${path}: ${m[0]}`);
      }
      for (const m of text.matchAll(/\b(notFound|conflict|invalid)\(\s*([^,)]*)/g)) {
        if (/(?:const|=)\s*withCode/.test(text.slice(Math.max(0, (m.index ?? 0) - 40), m.index))) continue;
        if (!isCatalogued(m[2])) problems.push(`${path}: ${m[0]}`);
      }
      for (const m of text.matchAll(/super\(\s*'([A-Z_]+)'\s*,\s*([^,)]*)/g)) {
        if (!isCatalogued(m[2])) problems.push(`${path}: ${m[0]}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('an error body written as a plain object ({ code: …, message }) has a reason beside its code', () => {
    const problems: string[] = [];
    for (const { path, text } of files) {
      for (const m of text.matchAll(new RegExp(`\\{\\s*code: '(?:${codes})',[^}]*\\}`, 'g'))) {
        // `reason` alone is a typed parameter passed on (Electron main's `unavailable(reason, message)`).
        const reason = /reason: '(\w+)'/.exec(m[0])?.[1];
        if ((!reason || !isErrorReason(reason)) && !/[{,]\s*reason\s*,/.test(m[0])) problems.push(`${path}: ${m[0].slice(0, 100)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every reason of the catalogue is used somewhere (no dead words to translate)', () => {
    const all = files.map((f) => f.text).join('\n');
    const unused = errorReasonKeys.filter((reason) => !all.includes(`'${reason}'`));
    expect(unused).toEqual([]);
  });

  it('the files read are the real ones', () => {
    expect(files.map((f) => relative('.', f.path))).toContain('electron/backend/core/dispatch.ts');
    expect(files.length).toBeGreaterThan(100);
  });
});

describe('answers of the real dispatcher carry a reason and its parameters', () => {
  let open: TestBackend | undefined;
  afterEach(() => {
    open?.close();
    open = undefined;
  });

  it('zod validation, a role refusal, a missing order, a duplicate name (SQLite) and a wrong PIN', async () => {
    open = startTestBackend();
    const { ownerId } = await open.withUsers();
    const error = async (method: string, input: unknown, session = 'owner') => {
      const result = await open!.raw(method, input, session);
      if (result.ok) throw new Error(`${method} succeeded`);
      return result.error;
    };
    expect(await error('users.create', { name: 'X', role: 'service', pin: '12' })).toMatchObject({
      code: 'VALIDATION',
      reason: 'invalid_input',
      params: { field: 'pin' },
    });
    expect(await error('users.list', {}, 'inspector')).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'role_forbidden',
      params: { role: 'inspector' },
    });
    expect(await error('users.list', {}, 'nobody')).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'login_required' });
    expect(
      await error('cases.create', {
        caseNumber: 'C-1',
        orderNumber: '999-missing',
        type: 'refund_only',
        reasonCategory: 'quality',
        requestedQuantity: 1,
        refundFen: 100,
      }),
    ).toMatchObject({ code: 'VALIDATION', reason: 'order_not_found', params: { orderNumber: '999-missing' } });
    expect(await error('users.create', { name: 'Owner', role: 'service', pin: '135790' })).toMatchObject({
      code: 'CONFLICT',
      reason: 'duplicate_record',
      params: { field: 'name' },
    });
    expect(await error('users.update', { id: ownerId, role: 'service' })).toMatchObject({ code: 'CONFLICT', reason: 'last_owner' });
    expect(await error('auth.login', { userId: ownerId, pin: '000000' }, 'fresh')).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'login_wrong_pin',
    });
  });
});
