import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeFileHandOver } from '../../shared/domain/uploads';
import { startTestBackend, type TestBackend } from '../support/backend';

/**
 * The backend's half of `uploads.takeFile`: Electron main copies a dropped file only on the hand-over answer
 * (electron/main/relay.ts), so that answer must come only after the dispatcher has checked input and role.
 */
let t: TestBackend;
beforeAll(async () => {
  t = startTestBackend();
  await t.withUsers();
});
afterAll(() => t.close());

describe('uploads.takeFile in the backend', () => {
  it('hands over to main for owner and service users, with the marker main waits for', async () => {
    for (const session of ['owner', 'service']) {
      const answer = await t.raw('uploads.takeFile', { kind: 'import' }, session);
      expect(answer).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', details: takeFileHandOver } });
    }
  });

  it('refuses an inspector, a logged-out window and bad input without the marker', async () => {
    const refused = [
      await t.raw('uploads.takeFile', { kind: 'import' }, 'inspector'),
      await t.raw('uploads.takeFile', { kind: 'import' }, 'nobody'),
      await t.raw('uploads.takeFile', { kind: 'import', path: '/etc/passwd' }, 'owner'),
      await t.raw('uploads.takeFile', { kind: 'photos' }, 'owner'),
    ];
    expect(refused.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['FORBIDDEN', 'UNAUTHENTICATED', 'VALIDATION', 'VALIDATION']);
    for (const r of refused) expect(r.ok ? undefined : r.error.details).not.toEqual(takeFileHandOver);
  });
});
