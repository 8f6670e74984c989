import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * better-sqlite3 compiled for Electron's ABI, kept in .electron-native/<electron version>/ so the Node build in
 * node_modules/better-sqlite3/build (used by `npm test` and `npm run serve`) is never touched. The backend
 * loads it through RETURNLENS_SQLITE_BINDING (db/connection.ts passes it to better-sqlite3 as nativeBinding).
 */
/** The machine's npm may point node-gyp at Node's own headers (nodedir); for Electron that would build the wrong ABI. */
const envForElectron = () => {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(key)) delete env[key];
  return env;
};

const run = (command, args, cwd, log) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 15 * 60_000, env: envForElectron() });
  log.push(`$ ${command} ${args.join(' ')}`, result.stdout ?? '', result.stderr ?? '', `exit ${result.status}`);
  return result.status === 0;
};

/** Returns the binding's absolute path, building it on first use; null when neither a prebuilt nor node-gyp worked. */
export const ensureElectronSqlite = (electronVersion, { arch = process.arch, root = '.electron-native' } = {}) => {
  const home = resolve(root, electronVersion);
  const binding = join(home, 'better_sqlite3.node');
  if (existsSync(binding)) return { binding };

  const source = join(home, 'better-sqlite3');
  mkdirSync(home, { recursive: true });
  cpSync('node_modules/better-sqlite3', source, {
    recursive: true,
    filter: (path) => !/[\\/](build|node_modules)([\\/]|$)/.test(path.slice(resolve('node_modules/better-sqlite3').length)),
  });
  const log = [];
  const electronTarget = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${arch}`];
  const built =
    run(process.execPath, [resolve('node_modules/prebuild-install/bin.js'), ...electronTarget], source, log) ||
    run(process.execPath, [resolve('node_modules/node-gyp/bin/node-gyp.js'), 'rebuild', '--release', ...electronTarget,
      '--dist-url=https://electronjs.org/headers'], source, log);
  const produced = join(source, 'build', 'Release', 'better_sqlite3.node');
  const logFile = join(home, 'build.log');
  writeFileSync(logFile, log.join('\n'));
  if (!built || !existsSync(produced)) return { binding: null, logFile };
  copyFileSync(produced, binding);
  return { binding };
};
