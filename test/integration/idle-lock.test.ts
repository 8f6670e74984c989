import { postJson } from '../support/http-post';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttpTransport } from '../../electron/backend/transport/http-server';
import { startTestBackend, type TestBackend } from '../support/backend';

/**
 * The shared PC's lock (issue 14, item 5) in the backend: a locked window's session is logged out but remembers
 * who left it; that person's PIN is audited as an unlock, anyone else's as a login; failed PINs and the lockout
 * they cause are in the audit log. Over the real HTTP transport, whose logins run under a fresh cookie.
 */
const open: TestBackend[] = [];
afterEach(() => open.splice(0).forEach((t) => t.close()));

const post = postJson;

const auditOf = (t: TestBackend) =>
  t.backend.db.prepare(`SELECT entity_id AS userId, action, "after" AS after FROM audit_log WHERE entity = 'user' ORDER BY seq`).all() as {
    userId: string;
    action: string;
    after: string | null;
  }[];

describe('locking a window on a shared PC', () => {
  it('logs the window out, remembers who left it, and audits the same user’s PIN as an unlock and another’s as a login', async () => {
    const t = startTestBackend();
    open.push(t);
    const { ownerId, inspectorId } = await t.withUsers();
    const transport = await startHttpTransport({ backend: t.backend, maxJsonBytes: 64 * 1024 });
    try {
      const headers = {
        Authorization: `Bearer ${transport.token}`,
        Host: `127.0.0.1:${transport.port}`,
        'Content-Type': 'application/json',
      };
      let cookie = /rl_sid=[^;]+/.exec((await post(transport.port, '/api/auth.status', headers, '{}')).setCookie)![0];
      const send = async (method: string, input: unknown) => {
        const answer = await post(transport.port, `/api/${method}`, { ...headers, Cookie: cookie }, JSON.stringify(input));
        const fresh = /rl_sid=[^;]+/.exec(answer.setCookie)?.[0];
        if (fresh) cookie = fresh;
        return answer;
      };

      expect((await send('auth.login', { userId: ownerId, pin: '123456' })).json).toMatchObject({ ok: true });
      expect((await send('auth.lock', { reason: 'idle' })).json).toMatchObject({ ok: true });
      // Locked: nothing answers for the owner any more, but the window knows who left it.
      expect((await send('cases.list', { group: 'all' })).status).toBe(401);
      expect((await send('auth.status', {})).json).toMatchObject({
        ok: true,
        value: { user: null, lockedUser: { id: ownerId, role: 'owner' } },
      });

      expect((await send('auth.login', { userId: ownerId, pin: '999999' })).status).toBe(401);
      // A wrong PIN does not forget the lock: the right one after it is still an unlock.
      expect((await send('auth.login', { userId: ownerId, pin: '123456' })).json).toMatchObject({ ok: true });
      expect((await send('auth.status', {})).json).toMatchObject({ ok: true, value: { user: { id: ownerId }, lockedUser: null } });

      expect((await send('auth.lock', { reason: 'switch' })).json).toMatchObject({ ok: true });
      expect((await send('auth.login', { userId: inspectorId, pin: '234567' })).json).toMatchObject({ ok: true });

      const audit = auditOf(t).map(({ userId, action, after }) => [
        userId === ownerId ? 'owner' : 'inspector',
        action,
        (after ? (JSON.parse(after) as { reason?: string }).reason : undefined) ?? null,
      ]);
      expect(audit).toEqual([
        ['owner', 'login', null],
        ['owner', 'lock', 'idle'],
        ['owner', 'login_failed', null],
        ['owner', 'unlock', null],
        ['owner', 'lock', 'switch'],
        ['inspector', 'login', null],
      ]);
    } finally {
      await transport.close();
    }
  });

  it('audits the wrong PIN that locks a user out as a lockout, once', async () => {
    const t = startTestBackend();
    open.push(t);
    const { serviceId } = await t.withUsers();
    for (let i = 0; i < 6; i += 1) await t.raw('auth.login', { userId: serviceId, pin: String(100_000 + i) }, 'kiosk');
    const actions = auditOf(t).map((row) => row.action);
    expect(actions.filter((a) => a === 'login_failed')).toHaveLength(5);
    expect(actions.filter((a) => a === 'login_lockout')).toHaveLength(1);
  });

  it('keeps idle minutes per role: anyone reads them, only the owner changes them, and nonsense is refused', async () => {
    const t = startTestBackend();
    open.push(t);
    await t.withUsers();
    expect(await t.call('settings.getIdleLock', {}, 'inspector')).toEqual({ owner: 10, inspector: 10, service: 10 });
    expect(await t.call('settings.updateIdleLock', { inspector: 3 })).toEqual({ owner: 10, inspector: 3, service: 10 });
    expect(await t.call('settings.getIdleLock', {}, 'service')).toMatchObject({ inspector: 3 });
    expect(await t.raw('settings.updateIdleLock', { inspector: 30 }, 'inspector')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    for (const bad of [0, -5, 1.5, 481]) {
      expect(await t.raw('settings.updateIdleLock', { service: bad })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await t.call('settings.getIdleLock', {})).toEqual({ owner: 10, inspector: 3, service: 10 });
  });
});
