import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { ensureElectronSqlite } from '../../scripts/electron-native.mjs';

type Ensure = (version: string, options: { root: string }) => { binding: string | null; logFile?: string };

const nodeBuild = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/**
 * The Electron build of better-sqlite3 lives in its own folder and never touches the Node build the tests load.
 * With every download route closed (no prebuilt, no Electron headers) it fails softly: no binding, a log to read.
 */
describe('better-sqlite3 for Electron', () => {
  it('fails without a binding (and with a log) when nothing can be downloaded, leaving the Node build untouched', () => {
    const before = digest(nodeBuild);
    const root = mkdtempSync(join(tmpdir(), 'rl-electron-native-'));
    const unreachable = 'http://127.0.0.1:9';
    const saved = { ...process.env };
    Object.assign(process.env, {
      HTTPS_PROXY: unreachable, HTTP_PROXY: unreachable, https_proxy: unreachable, http_proxy: unreachable,
      npm_config_proxy: unreachable, npm_config_https_proxy: unreachable,
    });
    try {
      const version = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
      const result = (ensureElectronSqlite as Ensure)(version, { root });
      expect(result.binding).toBeNull();
      expect(result.logFile).toBe(join(root, version, 'build.log'));
      expect(readFileSync(result.logFile!, 'utf8')).toMatch(/prebuild-install[\s\S]*node-gyp/);
      expect(existsSync(join(root, version, 'better-sqlite3', 'src'))).toBe(true);
    } finally {
      process.env = saved;
      rmSync(root, { recursive: true, force: true });
    }
    expect(digest(nodeBuild)).toBe(before);
  });
});
