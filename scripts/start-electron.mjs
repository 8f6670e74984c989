import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfStale } from './build-if-stale.mjs';

/**
 * `npm start [-- --data-dir DIR]`: the desktop app. Makes sure Electron's binary is there (the electron package
 * has no postinstall; its install.js fetches the binary here on first start, so installs work offline), builds the
 * app if stale, then runs Electron. better-sqlite3's N-API binary is the one Node uses: nothing is rebuilt.
 * Any missing piece ends in ONE sentence on stderr and a non-zero exit, never a stack trace.
 */
const stop = (sentence) => {
  process.stderr.write(`${sentence}\n`);
  process.exit(1);
};

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } }, allowPositionals: true, strict: false });
// RETURNLENS_ELECTRON_PACKAGE points at another copy of the electron package (tests use an empty one).
const electronDir = resolve(process.env.RETURNLENS_ELECTRON_PACKAGE ?? 'node_modules/electron');
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;

const electronBinary = () => {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
};

let binary = electronBinary();
if (!binary) {
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 10 * 60_000 });
  binary = electronBinary();
  if (binary) process.stderr.write(`Fetched Electron ${electronVersion}.\n`);
}
if (!binary) {
  stop(
    `ReturnLens cannot start: Electron ${electronVersion}'s binary is missing from node_modules/electron/dist and could not be downloaded (no network?); \`npm run serve\` opens the same app in your browser.`,
  );
}

buildIfStale();

const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
if (values['data-dir']) env.RETURNLENS_DATA_DIR = resolve(String(values['data-dir']));
const child = spawn(binary, ['.'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
