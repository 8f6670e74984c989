import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export interface Served {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  process: ChildProcess;
  /** Stops the server with a signal (SIGTERM closes the database cleanly; SIGKILL kills the process with no clean shutdown). */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/** Starts the real serve command (backend + HTTP transport + built renderer) on a data dir. */
export const startServe = (dataDir = mkdtempSync(join(tmpdir(), 'returnlens-e2e-')), port?: number): Promise<Served> =>
  new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', 'electron/backend/cli/serve.cli.ts', '--data-dir', dataDir, '--quiet'];
    if (port) args.push('--port', String(port));
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.once('data', (chunk: Buffer) => {
      const url = chunk.toString().trim().split('\n')[0] ?? '';
      const parsed = new URL(url);
      resolve({
        url,
        origin: parsed.origin,
        token: parsed.searchParams.get('token') ?? '',
        dataDir,
        process: child,
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill(signal);
          }),
      });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });

/** Takes a full-page screenshot into test-results/screens (artifacts, not committed). */
export const screenshot = async (page: Page, name: string) => {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join('test-results', 'screens', `${name}.png`), fullPage: true });
};

/** First-run owner setup through the UI, then we are logged in. */
export const setupOwnerViaUi = async (page: Page, name = '王店长', pin = '246810') => {
  await page.getByTestId('setup-name').fill(name);
  await page.getByTestId('setup-pin').fill(pin);
  await page.getByTestId('setup-pin-confirm').fill(pin);
  await page.getByTestId('setup-submit').click();
  await expect(page.getByTestId('current-user')).toHaveText(name);
};

export const test = base.extend<{ served: Served }>({
  served: async ({}, use) => {
    const served = await startServe();
    await use(served);
    await served.stop();
  },
});
export { expect };
