/**
 * first_screen (issue 14, item 7): how fast a new user gets in, in Chromium against `serve` on the bench's dataset.
 * - load_ms: a fresh browser context (no cache) opens the app until the login picker is usable (a user to pick and the
 *   PIN box on screen), timed inside the page from navigation start.
 * - login_ms: the owner's PIN submitted until their home screen (the quality dashboard) is drawn with its data.
 * - backend_ms: the shipped backend bundle (out/main/backend.js, what Electron's utilityProcess runs) spawned in Node on
 *   the store until it answers `ready` to main's `init` (a stand-in for Electron's parentPort is preloaded).
 * Baselines from the same run, sample by sample interleaved with ours:
 * - load and login: the same renderer built as it was before the split (one unminified script, no lazy areas),
 *   served by a second serve process on the same store;
 * - backend: a bare Node process that opens the same SQLite file with better-sqlite3 and reads from it.
 * ratio = ours / baseline (lower is better). Targets: medians load ≤ 500, login ≤ 800, backend ≤ 1,000 ms.
 */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import type { BenchContext, BenchScenario } from '../scenario';
import { percentile, round } from '../scenario';

const rounds = 7;
const owner = { name: 'owner', pin: '123456' };

const startServe = (dataDir: string, staticRoot: string) => {
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/backend/cli/serve.cli.ts', '--data-dir', dataDir, '--static-root', staticRoot, '--quiet'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = new Promise<string>((resolveUrl, reject) => {
    server.stdout.once('data', (chunk: Buffer) => resolveUrl(chunk.toString().trim().split('\n')[0] ?? ''));
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { server, url };
};

/** Spawn to first line of output of a bare better-sqlite3 open on the same store: the floor for a backend start. */
const bareOpenMs = (dataDir: string) =>
  new Promise<number>((resolveMs, reject) => {
    const started = performance.now();
    const script = `const D=require('better-sqlite3');const db=new D(${JSON.stringify(join(dataDir, 'returnlens.sqlite'))},{readonly:true});db.prepare('SELECT count(*) FROM sqlite_master').get();console.log('ready')`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.once('data', () => resolveMs(performance.now() - started));
    child.once('exit', (code) => code !== 0 && reject(new Error(`bare open exited with ${code}`)));
  });

/** Electron's utilityProcess parentPort, played in plain Node: sends `init`, prints `ready` and exits. */
const parentPortStandIn = `
const listeners = [];
process.parentPort = {
  on: (_event, listener) => listeners.push(listener),
  postMessage: (message) => {
    if (message.type === 'ready') { process.stdout.write('ready\\n'); process.exit(0); }
    if (message.type === 'failed') { process.stderr.write(message.message + '\\n'); process.exit(1); }
  },
};
setImmediate(() => listeners.forEach((listener) => listener({ data: { type: 'init', dataDir: process.env.RL_BENCH_DATA_DIR } })));
`;

const backendStartMs = (dataDir: string, standIn: string) =>
  new Promise<number>((resolveMs, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', standIn, resolve('out/main/backend.js')], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, RL_BENCH_DATA_DIR: dataDir },
    });
    child.stdout.once('data', () => resolveMs(performance.now() - started));
    child.once('exit', (code) => code !== 0 && reject(new Error(`the backend bundle exited with ${code}`)));
  });

/** The renderer as it was built before the split: one script, not minified (electron-vite's renderer default). */
const buildSingleScript = async (outDir: string) => {
  await build({
    root: resolve('renderer'),
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      chunkSizeWarningLimit: 10_000,
      rollupOptions: { input: resolve('renderer/index.html'), output: { codeSplitting: false } },
    },
  });
};

/** One new user's visit: open the app, log in as the owner, wait for the dashboard with its data. */
const visit = async (browser: Browser, url: string) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const load = await page.waitForFunction(
      () => {
        const pin = document.querySelector<HTMLInputElement>('[data-testid="login-pin"]');
        const user = document.querySelector('[data-testid^="login-user-"]');
        return pin && user && !pin.disabled ? performance.now() : false;
      },
      undefined,
      { polling: 'raf', timeout: 120_000 },
    );
    const loadMs = (await load.jsonValue()) as number;
    await page.getByTestId(`login-user-${owner.name}`).click();
    await page.getByTestId('login-pin').fill(owner.pin);
    await page.evaluate(() => {
      const w = window as unknown as { __submitAt: number };
      const button = document.querySelector('[data-testid="login-submit"]');
      button?.addEventListener('click', () => (w.__submitAt = performance.now()), { capture: true });
    });
    await page.getByTestId('login-submit').click();
    const login = await page.waitForFunction(
      () => {
        const ready = document.querySelector('[data-testid="quality-page"][data-ready="true"]');
        const w = window as unknown as { __submitAt: number };
        return ready ? performance.now() - w.__submitAt : false;
      },
      undefined,
      { polling: 'raf', timeout: 120_000 },
    );
    return { loadMs, loginMs: (await login.jsonValue()) as number };
  } finally {
    await context.close();
  }
};

const median = (samples: number[]) => round(percentile(samples, 50));
const spread = (samples: number[]) => `${round(Math.min(...samples))}–${round(Math.max(...samples))}`;

export const firstScreenScenario: BenchScenario = {
  name: 'first_screen',
  description: 'Chromium + serve: page load to login picker, PIN to home drawn, backend start to ready (medians, ms)',
  run: async (ctx: BenchContext) => {
    // Ours is the app's own build (made here when stale, as the tests do).
    spawnSync(process.execPath, ['--input-type=module', '-e', "(await import('./scripts/build-if-stale.mjs')).buildIfStale()"], {
      stdio: 'inherit',
    });
    const before = join(ctx.scratchDir, 'renderer-before');
    ctx.log('first_screen: building the single-script renderer (the baseline) …');
    await buildSingleScript(before);

    // Backend start, interleaved with the bare open (each pair after the same cache warm-up).
    const backend: number[] = [];
    const bare: number[] = [];
    await bareOpenMs(ctx.dataDir);
    const standIn = join(ctx.scratchDir, 'parent-port-stand-in.mjs');
    writeFileSync(standIn, parentPortStandIn);
    await backendStartMs(ctx.dataDir, standIn);
    for (let i = 0; i < rounds; i += 1) {
      bare.push(await bareOpenMs(ctx.dataDir));
      backend.push(await backendStartMs(ctx.dataDir, standIn));
    }

    const ours = startServe(ctx.dataDir, resolve('out/renderer'));
    const baseline = startServe(ctx.dataDir, before);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const urls = { ours: await ours.url, baseline: await baseline.url };
      // One visit each to warm the disk cache and the backend's statements; not counted.
      await visit(browser, urls.ours);
      await visit(browser, urls.baseline);
      const samples = { load: [] as number[], login: [] as number[], loadBase: [] as number[], loginBase: [] as number[] };
      for (let i = 0; i < rounds; i += 1) {
        const a = await visit(browser, urls.baseline);
        const b = await visit(browser, urls.ours);
        samples.loadBase.push(a.loadMs);
        samples.loginBase.push(a.loginMs);
        samples.load.push(b.loadMs);
        samples.login.push(b.loginMs);
      }
      return {
        load_ms: median(samples.load),
        load_baseline: median(samples.loadBase),
        load_ratio: round(median(samples.load) / median(samples.loadBase), 2),
        login_ms: median(samples.login),
        login_baseline: median(samples.loginBase),
        login_ratio: round(median(samples.login) / median(samples.loginBase), 2),
        backend_ms: median(backend),
        backend_baseline: median(bare),
        backend_ratio: round(median(backend) / median(bare), 2),
        rounds,
        orders: ctx.orders,
        spread: `load ${spread(samples.load)} / before ${spread(samples.loadBase)}; login ${spread(samples.login)} / before ${spread(samples.loginBase)}; backend ${spread(backend)} / bare ${spread(bare)}`,
      };
    } finally {
      await browser.close();
      ours.server.kill('SIGTERM');
      baseline.server.kill('SIGTERM');
    }
  },
};
