import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * The real desktop app, launched by Playwright: where Electron's binary is present (better-sqlite3's N-API
 * binary serves Electron as it serves Node) this opens the window and checks the lockdown from inside; elsewhere it reports
 * itself skipped with the reason — this machine has no Electron binary and no network to fetch one.
 */
const electronDir = resolve('node_modules/electron');
const electronVersion = (JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string }).version;
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;

const skipReason = (): string | null => {
  if (!binary || !existsSync(binary))
    return `Electron ${electronVersion}'s binary is not installed (node_modules/electron/dist); run \`npm start\` once with network to fetch it.`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return 'No display to open a window on (run under xvfb-run).';
  if (!existsSync('out/main/index.js')) return 'The app is not built (npm run build).';
  return null;
};

const reason = skipReason();
if (reason && process.env.TEST_WORKER_INDEX !== undefined) console.log(`electron smoke test skipped: ${reason}`);

test('the Electron window loads app://, exposes only window.api, and reaches the backend', async () => {
  test.skip(reason !== null, reason ?? '');
  const dataDir = mkdtempSync(join(tmpdir(), 'returnlens-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: ['.', ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
    env: { ...process.env, RETURNLENS_DATA_DIR: dataDir },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByText('欢迎使用售后质检台')).toBeVisible({ timeout: 30_000 });
    expect(page.url()).toBe('app://returnlens/index.html');
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      apiKeys: Object.keys((globalThis as unknown as { api: object }).api).length,
    }));
    expect(globals).toMatchObject({ require: 'undefined', process: 'undefined' });
    expect(globals.apiKeys).toBeGreaterThan(0);
    const status = await page.evaluate(() =>
      (globalThis as unknown as { api: Record<string, (input: unknown) => Promise<unknown>> }).api['auth.status']!({}),
    );
    expect(status).toEqual({ ok: true, value: { needsSetup: true, user: null } });
    const opened = await page.evaluate(
      () => (globalThis as unknown as { open: (url: string) => unknown }).open('https://example.com') === null,
    );
    expect(opened).toBe(true);
  } finally {
    await app.close();
  }
});
