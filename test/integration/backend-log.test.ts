import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/app';
import { fileLogger } from '../../electron/backend/core/file-logger';
import { logsDir } from '../../electron/backend/core/logger';
import { makeTempDir } from '../support/backend';

/**
 * The backend's log file as the desktop app and `npm run serve` write it: `<data>/logs/backend.log`, one JSON line
 * per entry. Failed calls carry method, code, reason and duration; slow calls method and duration; no PIN, no
 * session key and no input ever; the file rotates past its size limit.
 */
const pins = { owner: '804613972', ownerWrong: '390527164', inspector: '517308249' } as const;
const sessionKey = 'sess-7d3f9b21c84e6a05';

interface Line {
  at: string;
  level: string;
  message: string;
  data?: { method?: string; code?: string; reason?: string; ms?: number };
}

let dataDir: string;
let backend: Backend;
const logFile = () => join(logsDir(dataDir), 'backend.log');
const lines = (): Line[] =>
  readFileSync(logFile(), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Line);

beforeAll(async () => {
  dataDir = makeTempDir('returnlens-log-');
  // Threshold 0: every successful call counts as slow, so the slow-call line is certain without a waiting handler.
  backend = createBackend({ dataDir, logger: fileLogger({ dataDir }), slowCallMs: 0 });
  const ok = async (method: string, input: unknown) => {
    const result = await backend.dispatch(method, input, sessionKey);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value as Record<string, unknown>;
  };
  await ok('auth.setupOwner', { name: 'Owner Zhang', pin: pins.owner, locale: 'zh-CN' });
  const ownerId = ((await ok('auth.status', {})).user as { id: string }).id;
  await ok('auth.logout', {});
  expect((await backend.dispatch('auth.login', { userId: ownerId, pin: pins.ownerWrong }, sessionKey)).ok).toBe(false);
  await ok('auth.login', { userId: ownerId, pin: pins.owner });
  await ok('users.create', { name: 'Inspector Li', role: 'inspector', pin: pins.inspector });
  expect((await backend.dispatch('users.create', { name: 'Bad', role: 'inspector', pin: 'x1' }, sessionKey)).ok).toBe(false);
  expect((await backend.dispatch('no.such.method', { pin: pins.owner }, sessionKey)).ok).toBe(false);
}, 60_000);

afterAll(() => {
  backend.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('backend log file', () => {
  it('lives at <data>/logs/backend.log and holds one JSON object per line', () => {
    expect(existsSync(logFile())).toBe(true);
    for (const line of lines())
      expect(line).toMatchObject({ at: expect.any(String), level: expect.any(String), message: expect.any(String) });
  });

  it('logs each failed call with its method, code, reason and duration', () => {
    const failed = lines().filter((line) => line.message === 'call failed');
    expect(failed.map((line) => line.data)).toEqual(
      expect.arrayContaining([
        { method: 'auth.login', code: 'UNAUTHENTICATED', reason: expect.any(String), ms: expect.any(Number) },
        { method: 'users.create', code: 'VALIDATION', reason: 'invalid_input', ms: expect.any(Number) },
        { method: '(unknown)', code: 'NOT_FOUND', reason: 'unknown_method', ms: 0 },
      ]),
    );
  });

  it('logs a call slower than the threshold with its method and duration', () => {
    const slow = lines().filter((line) => line.message === 'slow call');
    expect(slow.map((line) => line.data?.method)).toEqual(expect.arrayContaining(['auth.setupOwner', 'auth.login', 'users.create']));
    for (const line of slow) expect(Object.keys(line.data ?? {}).sort()).toEqual(['method', 'ms']);
  });

  it('keeps quiet about fast calls under the default threshold', async () => {
    const quietDir = makeTempDir('returnlens-log-');
    const quiet = createBackend({ dataDir: quietDir, logger: fileLogger({ dataDir: quietDir }) });
    try {
      await quiet.dispatch('auth.status', {}, 'anyone');
      const text = existsSync(join(logsDir(quietDir), 'backend.log')) ? readFileSync(join(logsDir(quietDir), 'backend.log'), 'utf8') : '';
      expect(text).not.toContain('"method":"auth.status"');
    } finally {
      quiet.close();
      rmSync(quietDir, { recursive: true, force: true });
    }
  });

  it('never holds a PIN, the session key, a name or an input', () => {
    for (const name of readdirSync(logsDir(dataDir))) {
      const text = readFileSync(join(logsDir(dataDir), name), 'utf8');
      for (const secret of [...Object.values(pins), sessionKey, 'Owner Zhang', 'Inspector Li', 'no.such.method'])
        expect(text).not.toContain(secret);
    }
  });

  it('rotates past the size limit and keeps a few old files', () => {
    const dir = makeTempDir('returnlens-log-');
    try {
      const logger = fileLogger({ dataDir: dir, maxBytes: 2_000, keep: 2 });
      for (let i = 0; i < 200; i += 1) logger.info('slow call', { method: 'imports.commit', ms: 1000 + i });
      const files = readdirSync(logsDir(dir)).sort();
      expect(files).toEqual(['backend.1.log', 'backend.2.log', 'backend.log']);
      for (const name of files) expect(statSync(join(logsDir(dir), name)).size).toBeLessThan(2_000 + 200);
      // The newest line is in backend.log, the one before the last rotation in backend.1.log.
      expect(readFileSync(join(logsDir(dir), 'backend.log'), 'utf8')).toContain('"ms":1199');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
