import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { generateOrderExport } from '../support/pdd-order-export';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/backend';
import { upload } from './import-helpers';

/**
 * An import commit keeps one transaction open on the store's one connection across many event-loop turns.
 * Calls that were already under way when it started (a user being created while its PIN hashes, a login writing
 * its audit row, a preview reading its file) resume in the middle of it. These tests make that overlap happen
 * on purpose and prove that such a call waits for the commit instead of writing inside its transaction, so a
 * cancelled (rolled-back) import cannot take an acknowledged write with it.
 */
let t: TestBackend;
let ids: { ownerId: string; inspectorId: string; serviceId: string };
beforeEach(async () => {
  t = startTestBackend();
  ids = await t.withUsers();
});
afterEach(() => t.close());

/**
 * Rows enough that the commit (a bulk load: ~2 s here) far outlasts a PIN hash (scrypt: ~0.6 s here), so the
 * straddling call resumes inside the commit on any machine this runs on. Made once, uploaded per test.
 */
const rows = 150_000;
let exportDir: string;
let exportFile: string;
beforeAll(async () => {
  exportDir = makeTempDir();
  exportFile = join(exportDir, 'orders.csv');
  await generateOrderExport(exportFile, rows);
});
afterAll(() => rmSync(exportDir, { recursive: true, force: true }));

const previewExport = async (name: string) => {
  const ref = await upload(t, name, exportFile, true);
  return t.call('imports.preview', { uploadId: ref.uploadId });
};

const committedImports = () =>
  (t.backend.db.prepare(`SELECT count(*) AS n FROM import_runs WHERE state = 'committed'`).get() as { n: number }).n;

/** Starts `straddling` (which passes the dispatcher before the commit does), then the commit, then cancels the commit. */
const straddleAndCancel = async <T>(straddling: () => Promise<T>) => {
  const preview = await previewExport('orders.csv');
  const write = straddling();
  const commit = t.raw('imports.commit', { importId: preview.importId });
  const acknowledged = await write;
  // If the commit still runs, this rolls it back; a write that joined its transaction would roll back with it.
  await t.raw('imports.cancel', { importId: preview.importId });
  await commit;
  return acknowledged;
};

it('a user created while an import commit starts stays saved when that import is cancelled', async () => {
  const created = await straddleAndCancel(() => t.call('users.create', { name: '新来的质检员', role: 'inspector', pin: '482913' }));
  expect(created.name).toBe('新来的质检员');
  const row = t.backend.db.prepare(`SELECT name, role FROM users WHERE id = ?`).get(created.id);
  expect(row).toEqual({ name: '新来的质检员', role: 'inspector' });
  const audit = t.backend.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'create'`).get(created.id) as {
    n: number;
  };
  expect(audit.n).toBe(1);
});

it('a PIN change made while an import commit starts stays saved when that import is cancelled', async () => {
  const before = t.backend.db.prepare(`SELECT pin_hash FROM users WHERE id = ?`).get(ids.inspectorId) as { pin_hash: string };
  const updated = await straddleAndCancel(() => t.call('users.update', { id: ids.inspectorId, name: '改过名的质检员', pin: '918273' }));
  expect(updated.name).toBe('改过名的质检员');
  const after = t.backend.db.prepare(`SELECT name, pin_hash FROM users WHERE id = ?`).get(ids.inspectorId) as {
    name: string;
    pin_hash: string;
  };
  expect(after.name).toBe('改过名的质检员');
  expect(after.pin_hash).not.toBe(before.pin_hash);
});

it("a login's audit row written while an import commit starts stays saved when that import is cancelled", async () => {
  const auditRows = () =>
    (
      t.backend.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'login' AND entity_id = ?`).get(ids.serviceId) as {
        n: number;
      }
    ).n;
  const before = auditRows();
  const user = await straddleAndCancel(() => t.call('auth.login', { userId: ids.serviceId, pin: '345678' }, 'fresh-session'));
  expect(user.id).toBe(ids.serviceId);
  expect(auditRows()).toBe(before + 1);
});

it('a preview that finishes while another import commits succeeds, and both imports land whole', async () => {
  const first = await previewExport('first.csv');
  const ref = await upload(t, 'second.csv', exportFile, true);
  // The preview passes the dispatcher first and reads its file over many turns; the commit starts meanwhile.
  const preview = t.raw('imports.preview', { uploadId: ref.uploadId });
  const commit = t.raw('imports.commit', { importId: first.importId });
  const [previewed, committed] = await Promise.all([preview, commit]);
  expect(committed.ok).toBe(true);
  expect(previewed).toMatchObject({ ok: true, value: { status: 'ready' } });
  if (!previewed.ok) return;
  const second = previewed.value as { importId: string };
  expect(await t.raw('imports.commit', { importId: second.importId })).toMatchObject({ ok: true });
  expect(committedImports()).toBe(2);
});

it('a statement that does not wait for a running commit is refused, never run inside its transaction', async () => {
  const preview = await previewExport('orders.csv');
  const commit = t.raw('imports.commit', { importId: preview.importId });
  for (const until = Date.now() + 30_000; Date.now() < until;) {
    const progress = await t.call('imports.progress', { importId: preview.importId });
    if (progress?.phase === 'committing') break;
    await new Promise((resolve) => setImmediate(resolve));
  }
  // As a handler would that forgot to wait: straight onto the connection, from outside the commit.
  expect(() => t.backend.db.prepare(`UPDATE users SET name = 'sneaky' WHERE id = ?`).run(ids.serviceId)).toThrow(
    expect.objectContaining({ code: 'UNAVAILABLE', details: { exclusiveJob: true } }),
  );
  expect(() => t.backend.db.exec(`UPDATE users SET name = 'sneaky'`)).toThrow(expect.objectContaining({ code: 'UNAVAILABLE' }));
  expect(await commit).toMatchObject({ ok: true });
  expect((t.backend.db.prepare(`SELECT name FROM users WHERE id = ?`).get(ids.serviceId) as { name: string }).name).toBe('Service');
});
