import { rmSync } from 'node:fs';
import { postJson } from '../support/http-post';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/contract/errors';
import { reserveAttempt } from '../../electron/backend/features/auth/login-throttle';
import type * as PinModule from '../../electron/backend/features/users/pin';
import { startHttpTransport } from '../../electron/backend/transport/http-server';
import * as support from '../support/backend';

/**
 * The PIN lockout (features/auth/login-throttle.ts) against guesses sent together, through the real dispatcher
 * and the real scrypt verification. Every verification is counted by wrapping `verifyPin`; nothing here
 * depends on timing: the clock is injected.
 */
const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../electron/backend/features/users/pin', async (importOriginal) => {
  const real = await importOriginal<typeof PinModule>();
  return {
    ...real,
    verifyPin: (pin: string, stored: string) => {
      verifications.count += 1;
      return real.verifyPin(pin, stored);
    },
  };
});

const lockMs = 60_000;
const start = Date.UTC(2026, 0, 5, 2, 0, 0);

/**
 * A backend from a fresh module graph, as a new process would load it after a restart: state kept in module
 * memory (where the old lockout lived) is gone, only what is in the data dir remains.
 */
const restartedBackend = async (options: { dataDir: string; now: () => number }): Promise<support.TestBackend> => {
  vi.resetModules();
  const fresh = await import('../support/backend');
  return fresh.startTestBackend(options);
};

const open: support.TestBackend[] = [];
const dirs: string[] = [];
afterEach(() => {
  open.splice(0).forEach((t) => t.backend.close());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});
const track = (t: support.TestBackend) => {
  open.push(t);
  if (!dirs.includes(t.dataDir)) dirs.push(t.dataDir);
  return t;
};

const wrongPins = (n: number) => Array.from({ length: n }, (_, i) => String(100_000 + i));
const codeOf = (result: Result<unknown>) => (result.ok ? 'OK' : result.error.code);
const tally = (results: Result<unknown>[]) =>
  results.reduce<Record<string, number>>((counts, r) => ({ ...counts, [codeOf(r)]: (counts[codeOf(r)] ?? 0) + 1 }), {});
const attemptsRow = (t: support.TestBackend, userId: string) =>
  t.backend.db.prepare('SELECT attempts, locked_until FROM login_attempts WHERE user_id = ?').get(userId) as
    { attempts: number; locked_until: number } | undefined;

describe('PIN lockout', () => {
  it('checks at most five PINs of a burst of 60 sent together, and the right PIN sent last does not log in', async () => {
    const t = track(support.startTestBackend({ now: () => start }));
    const { serviceId, inspectorId } = await t.withUsers();
    verifications.count = 0;

    const pins = [...wrongPins(59), '345678'];
    const results = await Promise.all(pins.map((pin) => t.raw('auth.login', { userId: serviceId, pin }, 'attacker')));

    expect(verifications.count).toBeLessThanOrEqual(5);
    expect(tally(results)).toEqual({ UNAUTHENTICATED: verifications.count, FORBIDDEN: 60 - verifications.count });
    const last = results.at(-1)!;
    expect(last).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    for (const result of results.filter((r) => codeOf(r) === 'FORBIDDEN')) {
      const { retryAfterMs } = (result as { error: { details: { retryAfterMs: number } } }).error.details;
      expect(retryAfterMs).toBeGreaterThan(0);
      expect(retryAfterMs).toBeLessThanOrEqual(lockMs);
    }
    expect((await t.call('auth.status', {}, 'attacker')).user).toBeNull();

    // Still locked for the right PIN on its own, refused without hashing it.
    const before = verifications.count;
    expect(await t.raw('auth.login', { userId: serviceId, pin: '345678' }, 'attacker')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(verifications.count).toBe(before);

    // The lock is the guessed user's only.
    expect(await t.call('auth.login', { userId: inspectorId, pin: '234567' }, 'tablet')).toMatchObject({ id: inspectorId });
    // Each wrong PIN that was checked left an audit row.
    const failed = t.backend.db
      .prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'login_failed' AND entity_id = ?`)
      .get(serviceId);
    expect(failed).toEqual({ n: before });
  });

  it('keeps the lock across a restart, ends it after its minute, and a successful login clears the count', async () => {
    let now = start;
    const first = track(support.startTestBackend({ now: () => now }));
    const { ownerId } = await first.withUsers();
    for (const pin of wrongPins(5)) {
      expect(await first.raw('auth.login', { userId: ownerId, pin }, 'desk')).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
    }
    first.backend.close();

    now = start + 1_000;
    const second = track(await restartedBackend({ dataDir: first.dataDir, now: () => now }));
    verifications.count = 0;
    expect(await second.raw('auth.login', { userId: ownerId, pin: '123456' }, 'desk')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { retryAfterMs: lockMs - 1_000 } },
    });
    now = start + lockMs - 1;
    expect(await second.raw('auth.login', { userId: ownerId, pin: '123456' }, 'desk')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { retryAfterMs: 1 } },
    });
    expect(verifications.count).toBe(0);

    now = start + lockMs;
    expect(await second.call('auth.login', { userId: ownerId, pin: '123456' }, 'desk')).toMatchObject({ id: ownerId, role: 'owner' });
    expect(attemptsRow(second, ownerId)).toBeUndefined();
    // A fresh count: the next wrong PIN is the first of five again.
    expect(await second.raw('auth.login', { userId: ownerId, pin: '999999' }, 'desk')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(attemptsRow(second, ownerId)).toEqual({ attempts: 1, locked_until: 0 });
  });

  it('stores nothing for unknown or inactive users and hashes nothing for them', async () => {
    const t = track(support.startTestBackend({ now: () => start }));
    const { inspectorId } = await t.withUsers();
    await t.call('users.update', { id: inspectorId, active: false });
    verifications.count = 0;
    const results = await Promise.all([
      ...Array.from({ length: 100 }, (_, i) => t.raw('auth.login', { userId: `guess-${i}`, pin: '123456' }, 'x')),
      t.raw('auth.login', { userId: inspectorId, pin: '234567' }, 'x'),
    ]);
    expect(tally(results)).toEqual({ UNAUTHENTICATED: 101 });
    expect(verifications.count).toBe(0);
    expect(t.backend.db.prepare('SELECT count(*) AS n FROM login_attempts').get()).toEqual({ n: 0 });
  });

  it('forgets wrong PINs after a quiet quarter of an hour, so old typos do not lock a worker out at the next slip', async () => {
    let now = start;
    const t = track(support.startTestBackend({ now: () => now }));
    const { serviceId } = await t.withUsers();
    const reserve = () => t.backend.db.transaction(() => reserveAttempt(t.backend.db, serviceId, now))();
    for (let i = 0; i < 4; i += 1) expect(reserve()).toEqual({ ok: true });
    now += 15 * 60_000; // exactly the window: still remembered
    expect(reserve()).toEqual({ ok: true });
    expect(attemptsRow(t, serviceId)).toEqual({ attempts: 5, locked_until: now + lockMs });
    now += lockMs + 15 * 60_000 + 1;
    for (let i = 0; i < 4; i += 1) expect(reserve()).toEqual({ ok: true });
    now += 15 * 60_000 + 1; // quiet for longer than the window: a fresh count
    expect(reserve()).toEqual({ ok: true });
    expect(attemptsRow(t, serviceId)).toEqual({ attempts: 1, locked_until: 0 });
  });

  it('never locks for longer than a minute from now when the clock was set back', async () => {
    let now = start;
    const t = track(support.startTestBackend({ now: () => now }));
    const { serviceId } = await t.withUsers();
    const reserve = () => t.backend.db.transaction(() => reserveAttempt(t.backend.db, serviceId, now))();
    for (let i = 0; i < 5; i += 1) expect(reserve()).toEqual({ ok: true });
    expect(reserve()).toEqual({ ok: false, retryAfterMs: lockMs });
    now = start - 24 * 3600_000;
    expect(reserve()).toEqual({ ok: false, retryAfterMs: lockMs });
    now += lockMs;
    expect(reserve()).toEqual({ ok: true });
    expect(attemptsRow(t, serviceId)).toEqual({ attempts: 1, locked_until: 0 });
  });
});

const post = postJson;

describe('PIN lockout over the HTTP transport', () => {
  it('answers 403 with retryAfterMs to a burst beyond five guesses, and the right PIN sent last does not log in', async () => {
    const t = track(support.startTestBackend({ now: () => start }));
    const { inspectorId } = await t.withUsers();
    const transport = await startHttpTransport({ backend: t.backend, maxJsonBytes: 64 * 1024 });
    try {
      const headers = {
        Authorization: `Bearer ${transport.token}`,
        Host: `127.0.0.1:${transport.port}`,
        'Content-Type': 'application/json',
      };
      const cookie = /rl_sid=[^;]+/.exec((await post(transport.port, '/api/auth.status', headers, '{}')).setCookie)![0];
      const withCookie = { ...headers, Cookie: cookie };
      verifications.count = 0;

      const pins = [...wrongPins(19), '234567'];
      const answers = await Promise.all(
        pins.map((pin) => post(transport.port, '/api/auth.login', withCookie, JSON.stringify({ userId: inspectorId, pin }))),
      );
      expect(verifications.count).toBeLessThanOrEqual(5);
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(verifications.count);
      expect(statuses.filter((s) => s === 403)).toHaveLength(20 - verifications.count);
      expect(answers.at(-1)).toMatchObject({
        status: 403,
        json: { ok: false, error: { code: 'FORBIDDEN', details: { retryAfterMs: lockMs } } },
      });
      const status = await post(transport.port, '/api/auth.status', withCookie, '{}');
      expect(status.json).toMatchObject({ ok: true, value: { user: null } });
    } finally {
      await transport.close();
    }
  });
});
