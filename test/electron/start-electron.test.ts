import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm start` where Electron's binary cannot be downloaded: an electron package without dist/ and every
 * download route pointed at a closed local port, so the outcome is the same on any machine, online or not.
 */
describe('npm start without an Electron binary', () => {
  it('prints one sentence naming what is missing and `npm run serve`, and exits non-zero without a stack trace', () => {
    const fakeElectron = mkdtempSync(join(tmpdir(), 'rl-electron-pkg-'));
    for (const file of ['package.json', 'install.js', 'checksums.json'])
      copyFileSync(resolve('node_modules/electron', file), join(fakeElectron, file));
    const unreachable = 'http://127.0.0.1:9/';
    const result = spawnSync(process.execPath, ['scripts/start-electron.mjs'], {
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        RETURNLENS_ELECTRON_PACKAGE: fakeElectron,
        NODE_PATH: resolve('node_modules'),
        ELECTRON_MIRROR: unreachable,
        ELECTRON_GET_USE_PROXY: '1',
        HTTPS_PROXY: unreachable,
        HTTP_PROXY: unreachable,
        electron_config_cache: mkdtempSync(join(tmpdir(), 'rl-electron-cache-')),
      },
    });
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Electron .*binary is missing/);
    expect(lines[0]).toContain('npm run serve');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(fakeElectron, 'dist'))).toBe(false);
  });
});
