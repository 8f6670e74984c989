import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/contract/errors';
import type { Handlers } from '../../electron/backend/core/context';
import { createDispatcher, type Dispatcher } from '../../electron/backend/core/dispatch';
import { startTestBackend, type TestBackend } from '../support/backend';

/**
 * The dispatcher on a real SQLite file, with handlers replaced by spies so each rule is observed directly:
 * what reaches a handler, what gets committed, what comes back.
 */
let harness: TestBackend | null = null;
afterEach(() => {
  harness?.close();
  harness = null;
});

type Spy = ReturnType<typeof vi.fn>;

const setup = async (overrides: Record<string, (input: unknown, ctx: { db: TestBackend['backend']['db'] }) => unknown>) => {
  harness = startTestBackend();
  await harness.withUsers();
  const spies = new Map<string, Spy>();
  const handlers = new Proxy({} as Record<string, Spy>, {
    get: (_target, method: string) => {
      let spy = spies.get(method);
      if (!spy) {
        spy = vi.fn(overrides[method] ?? (() => ({})));
        spies.set(method, spy);
      }
      return spy;
    },
  }) as unknown as Handlers;
  const { backend } = harness;
  const dispatcher: Dispatcher = createDispatcher({ db: backend.db, env: backend.env, sessions: backend.sessions, handlers, services: {} });
  const spy = (method: string) => (handlers as unknown as Record<string, Spy>)[method]!;
  const userCount = () => (backend.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  const auditCount = () => (backend.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  return { dispatcher, spy, backend, userCount, auditCount };
};

const sessionUser = { id: 'x', name: 'Owner', role: 'owner', locale: 'en-US' } as const;

describe('dispatcher', () => {
  it.each([
    ['a missing field', {}],
    ['a wrong type', { locale: 42 }],
    ['a value outside the enum', { locale: 'fr-FR' }],
    ['an unknown extra field', { locale: 'en-US', role: 'owner' }],
    ['an array', ['en-US']],
    ['a string', 'en-US'],
  ])('never lets %s reach the handler (VALIDATION)', async (_label, input) => {
    const { dispatcher, spy } = await setup({});
    const result = await dispatcher.dispatch('auth.setLocale', input, 'owner');
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(spy('auth.setLocale')).not.toHaveBeenCalled();
  });

  it('says which field was wrong', async () => {
    const { dispatcher } = await setup({});
    const result = await dispatcher.dispatch('auth.setLocale', { locale: 42 }, 'owner');
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [expect.objectContaining({ path: 'locale' })] } });
  });

  it('answers NOT_FOUND for an unknown method, including names inherited from Object.prototype', async () => {
    const { dispatcher } = await setup({});
    for (const method of ['nope.nothing', '__proto__', 'constructor', 'hasOwnProperty', '']) {
      expect(await dispatcher.dispatch(method, {}, 'owner')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('refuses a role the method does not allow with FORBIDDEN, and a logged-out caller with UNAUTHENTICATED', async () => {
    const { dispatcher, spy } = await setup({});
    expect(await dispatcher.dispatch('users.list', {}, 'inspector')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await dispatcher.dispatch('users.list', {}, 'service')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await dispatcher.dispatch('users.list', {}, 'nobody')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(spy('users.list')).not.toHaveBeenCalled();
  });

  it('answers who may call before what the input must be: UNAUTHENTICATED or FORBIDDEN even for malformed input', async () => {
    const { dispatcher, spy } = await setup({});
    for (const input of [{ nonsense: true }, 'x'.repeat(10_000), [1, 2], null]) {
      expect(await dispatcher.dispatch('users.create', input, 'nobody')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect(await dispatcher.dispatch('users.create', input, 'inspector')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    // A public method still says what was wrong with its input.
    expect(await dispatcher.dispatch('auth.login', { userId: 42 }, 'nobody')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(spy('users.create')).not.toHaveBeenCalled();
  });

  it('checks the handler output against the contract (INTERNAL when it does not match, the value when it does)', async () => {
    const { dispatcher } = await setup({ 'auth.status': () => ({ needsSetup: 'no' }), 'auth.loginChoices': () => [] });
    expect(await dispatcher.dispatch('auth.status', {}, 'owner')).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await dispatcher.dispatch('auth.loginChoices', {}, 'owner')).toEqual({ ok: true, value: [] });
  });

  it('a write that fails half-way leaves nothing written (no row, no audit)', async () => {
    const { dispatcher, userCount, auditCount } = await setup({
      'auth.setLocale': (_input, ctx) => {
        ctx.db
          .prepare(
            "INSERT INTO users (id, name, role, pin_hash, locale, active, created_at, updated_at) VALUES ('half', 'Half', 'service', 'x', NULL, 1, 0, 0)",
          )
          .run();
        throw new AppError('CONFLICT', 'internal_error', {}, 'changed my mind');
      },
    });
    const [users, audits] = [userCount(), auditCount()];
    expect(await dispatcher.dispatch('auth.setLocale', { locale: 'en-US' }, 'owner')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect([userCount(), auditCount()]).toEqual([users, audits]);
  });

  it('a write that breaks a constraint is a typed error and rolls back what came before it', async () => {
    const { dispatcher, userCount } = await setup({
      'auth.setLocale': (_input, ctx) => {
        const insert = ctx.db.prepare(
          "INSERT INTO users (id, name, role, pin_hash, locale, active, created_at, updated_at) VALUES (?, ?, 'service', 'x', NULL, 1, 0, 0)",
        );
        // Different names, the same id: only the primary key is broken, so the answer can name it.
        insert.run('twin', 'Twin A');
        insert.run('twin', 'Twin B');
        return sessionUser;
      },
    });
    const before = userCount();
    const result = await dispatcher.dispatch('auth.setLocale', { locale: 'en-US' }, 'owner');
    // A second row with the same primary key: CONFLICT naming the field, never VALIDATION or INTERNAL.
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'duplicate_record', params: { field: 'id' } } });
    expect(userCount()).toBe(before);
  });

  it('a write whose answer breaks the contract is not kept: the output is checked before COMMIT', async () => {
    const { dispatcher, userCount, auditCount } = await setup({
      'auth.setLocale': (_input, ctx) => {
        ctx.db
          .prepare(
            "INSERT INTO users (id, name, role, pin_hash, locale, active, created_at, updated_at) VALUES ('kept', 'Kept?', 'service', 'x', NULL, 1, 0, 0)",
          )
          .run();
        return { ...sessionUser, locale: 'fr-FR' };
      },
    });
    const [users, audits] = [userCount(), auditCount()];
    expect(await dispatcher.dispatch('auth.setLocale', { locale: 'en-US' }, 'owner')).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect([userCount(), auditCount()]).toEqual([users, audits]);
  });

  it('a successful write commits with an audit row even when the handler wrote none', async () => {
    const { dispatcher, auditCount } = await setup({ 'auth.setLocale': () => sessionUser });
    const before = auditCount();
    expect(await dispatcher.dispatch('auth.setLocale', { locale: 'en-US' }, 'owner')).toEqual({ ok: true, value: sessionUser });
    expect(auditCount()).toBe(before + 1);
  });

  it('an unexpected exception becomes INTERNAL without a stack in the answer', async () => {
    const { dispatcher } = await setup({
      'auth.status': () => {
        throw new TypeError('boom at secret/path.ts:12');
      },
    });
    const result = await dispatcher.dispatch('auth.status', {}, 'owner');
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret/path.ts');
  });
});
