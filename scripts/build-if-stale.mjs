import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Builds with electron-vite when out/ is missing or older than any source file the bundles use. */
const newestMtime = (dir) => {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
};

export const buildIfStale = () => {
  const marker = 'out/renderer/index.html';
  const sources = ['renderer', 'shared', 'electron', 'resources'].filter(existsSync);
  const built = existsSync(marker) ? statSync(marker).mtimeMs : 0;
  const newest = Math.max(...sources.map(newestMtime), statSync('electron.vite.config.ts').mtimeMs);
  if (built >= newest) return;
  process.stderr.write('Building the app (electron-vite build)…\n');
  const result = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    process.stderr.write('The build failed; see the messages above.\n');
    process.exit(result.status ?? 1);
  }
};
