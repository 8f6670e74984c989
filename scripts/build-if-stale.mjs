import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds with electron-vite when any output a test or `serve` uses is missing or older than any source file the
 * bundles use. Called by `npm test`, `npm run serve`, Playwright's global setup and the tests that load a built
 * file, so a test never runs against a build it merely assumes.
 */
const newestMtime = (dir) => {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
};

/** One file per electron-vite entry (electron.vite.config.ts): a build missing any of them is rebuilt. */
export const builtOutputs = [
  'out/main/index.js',
  'out/main/backend.js',
  'out/main/import-read-worker.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];

/** True when every output exists and is newer than every source. */
export const buildIsFresh = () => {
  if (!builtOutputs.every((file) => existsSync(file))) return false;
  const built = Math.min(...builtOutputs.map((file) => statSync(file).mtimeMs));
  const sources = ['renderer', 'shared', 'electron', 'resources'].filter(existsSync);
  const newest = Math.max(...sources.map(newestMtime), statSync('electron.vite.config.ts').mtimeMs);
  return built >= newest;
};

export const buildIfStale = () => {
  if (buildIsFresh()) return;
  process.stderr.write('Building the app (electron-vite build)…\n');
  const result = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0)
    throw new Error(`The build failed (electron-vite exited with ${result.status ?? result.signal}); see the messages above.`);
};
