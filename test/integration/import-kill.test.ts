import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { makeTempDir, startTestBackend } from '../support/backend';
import { samplesDir, storeFingerprint, upload } from './import-helpers';

const storeFileHash = (dataDir: string) =>
  createHash('sha256')
    .update(readFileSync(join(dataDir, 'returnlens.sqlite')))
    .digest('hex');

it.each([
  ['an ordinary commit (WAL)', 'wal'],
  ['a bulk load (rollback journal, indexes dropped)', 'bulk'],
  ['a bulk load after its first cache spill (a hot journal beside the store)', 'spilled'],
])('killing the process in the middle of %s leaves the store as it was; the same preview commits afterwards', async (_, mode) => {
  const dataDir = makeTempDir();
  let t = startTestBackend({ dataDir });
  await t.withUsers();
  const ref = await upload(t, 'pdd-orders.csv', join(samplesDir, 'pdd-orders.csv'), true);
  const preview = await t.call('imports.preview', { uploadId: ref.uploadId });
  const before = storeFingerprint(t.backend.db);
  t.backend.close();
  const fileHashBefore = storeFileHash(dataDir);

  const child = spawn(process.execPath, ['--import', 'tsx', 'test/integration/import-kill-child.ts', dataDir, preview.importId, mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
  // A bulk load dies with a hot rollback journal beside the store; an ordinary commit with frames in the WAL.
  expect(existsSync(join(dataDir, 'returnlens.sqlite-journal'))).toBe(mode !== 'wal');
  if (mode === 'spilled') {
    // The journal is hot (its header counts pages to play back) and the store file already holds changed pages.
    const header = readFileSync(join(dataDir, 'returnlens.sqlite-journal')).subarray(0, 12);
    expect(header.readUInt32BE(8)).toBeGreaterThan(0);
    expect(storeFileHash(dataDir)).not.toBe(fileHashBefore);
  }

  t = startTestBackend({ dataDir });
  try {
    expect(storeFingerprint(t.backend.db)).toEqual(before);
    expect(t.backend.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect((t.backend.db.pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check).toBe('ok');
    expect((t.backend.db.prepare(`SELECT state FROM import_runs WHERE id = ?`).get(preview.importId) as { state: string }).state).toBe(
      'previewing',
    );
    // The rollup triggers the commit suspends inside its transaction are back.
    expect(
      (t.backend.db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rl_%'`).get() as { n: number })
        .n,
    ).toBeGreaterThan(0);
    await t.call(
      'auth.login',
      { userId: (t.backend.db.prepare(`SELECT id FROM users WHERE role = 'owner'`).get() as { id: string }).id, pin: '123456' },
      'owner',
    );
    const result = await t.call('imports.commit', { importId: preview.importId });
    expect(result.counts.orders.new).toBe(300);
  } finally {
    t.close();
  }
});
