import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { rawQuery } from '../../db/raw-sql';

let t: TestBackend;
afterEach(() => t?.close());

describe('first launch and login', () => {
  it('asks for the owner on an empty data dir, then never again', async () => {
    t = startTestBackend();
    expect(await t.call('auth.status', {}, 'w1')).toEqual({ needsSetup: true, user: null, lockedUser: null });

    const owner = await t.call('auth.setupOwner', { name: '王店长', pin: '135790', locale: 'zh-CN' }, 'w1');
    expect(owner.role).toBe('owner');
    expect((await t.call('auth.status', {}, 'w1')).user?.name).toBe('王店长');
    expect((await t.call('auth.status', {}, 'other-window')).user).toBeNull();

    const again = await t.raw('auth.setupOwner', { name: 'Intruder', pin: '999999', locale: 'en-US' }, 'w2');
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const row = rawQuery<{ pin_hash: string }>(t.backend.db, 'SELECT pin_hash FROM users').one();
    expect(row.pin_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(row.pin_hash).not.toContain('135790');
  });

  it('logs in with the right PIN only, per session, and audits it', async () => {
    t = startTestBackend();
    const { inspectorId } = await t.withUsers();
    const wrong = await t.raw('auth.login', { userId: inspectorId, pin: '000000' }, 'tablet');
    expect(wrong).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await t.call('auth.status', {}, 'tablet')).user).toBeNull();

    const user = await t.call('auth.login', { userId: inspectorId, pin: '234567' }, 'tablet');
    expect(user).toMatchObject({ id: inspectorId, role: 'inspector' });
    const audit = t.backend.db
      .prepare(`SELECT user_name, action FROM audit_log WHERE entity = 'user' AND action = 'login' AND entity_id = ?`)
      .all(inspectorId);
    expect(audit.length).toBeGreaterThanOrEqual(1);

    await t.call('auth.logout', {}, 'tablet');
    expect((await t.call('auth.status', {}, 'tablet')).user).toBeNull();
  });

  it('locks a user out after five wrong PINs, even if the sixth is right', async () => {
    t = startTestBackend();
    const { serviceId } = await t.withUsers();
    for (let i = 0; i < 5; i += 1) {
      expect(await t.raw('auth.login', { userId: serviceId, pin: '111111' }, 'x')).toMatchObject({ ok: false });
    }
    const locked = await t.raw('auth.login', { userId: serviceId, pin: '345678' }, 'x');
    expect(locked).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses weak PINs at the boundary and keeps the last owner', async () => {
    t = startTestBackend();
    const { ownerId, inspectorId } = await t.withUsers();
    const weak = await t.raw('users.create', { name: 'Li', role: 'service', pin: '123' });
    expect(weak).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const demote = await t.raw('users.update', { id: ownerId, role: 'inspector' });
    expect(demote).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const byInspector = await t.raw('users.create', { name: 'Li', role: 'owner', pin: '123456' }, 'inspector');
    expect(byInspector).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await t.call('users.update', { id: inspectorId, active: false });
    expect((await t.call('auth.status', {}, 'inspector')).user).toBeNull();
  });

  it('remembers the language on the user', async () => {
    t = startTestBackend();
    const { ownerId } = await t.withUsers();
    await t.call('auth.setLocale', { locale: 'en-US' });
    const row = rawQuery<{ locale: string }>(t.backend.db, 'SELECT locale FROM users WHERE id = ?').one(ownerId);
    expect(row.locale).toBe('en-US');
  });
});
