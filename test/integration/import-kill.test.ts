import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { makeTempDir, startTestBackend } from '../support/backend';
import { samplesDir, storeFingerprint, upload } from './import-helpers';

it('killing the process in the middle of a commit leaves the store as it was; the same preview commits afterwards', async () => {
  const dataDir = makeTempDir();
  let t = startTestBackend({ dataDir });
  await t.withUsers();
  const ref = await upload(t, 'pdd-orders.csv', join(samplesDir, 'pdd-orders.csv'), true);
  const preview = await t.call('imports.preview', { uploadId: ref.uploadId });
  const before = storeFingerprint(t.backend.db);
  t.backend.close();

  const child = spawn(process.execPath, ['--import', 'tsx', 'test/integration/import-kill-child.ts', dataDir, preview.importId], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('IN-TRANSACTION')) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before the transaction: ${output}`)));
  });
  await new Promise((resolve) => child.once('exit', resolve));
  expect(output).toContain('IN-TRANSACTION products');
  expect(output).not.toContain('COMMITTED');

  t = startTestBackend({ dataDir });
  try {
    expect(storeFingerprint(t.backend.db)).toEqual(before);
    expect((t.backend.db.prepare(`SELECT state FROM import_runs WHERE id = ?`).get(preview.importId) as { state: string }).state).toBe('previewing');
    // The rollup triggers the commit suspends inside its transaction are back.
    expect((t.backend.db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rl_%'`).get() as { n: number }).n).toBeGreaterThan(0);
    await t.call('auth.login', { userId: (t.backend.db.prepare(`SELECT id FROM users WHERE role = 'owner'`).get() as { id: string }).id, pin: '123456' }, 'owner');
    const result = await t.call('imports.commit', { importId: preview.importId });
    expect(result.counts.orders.new).toBe(300);
  } finally {
    t.close();
  }
});
