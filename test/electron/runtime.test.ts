import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire, builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backendV8Flags } from '../../shared/domain/backend-v8-flags';

/**
 * The runtime the app is built, tested and shipped on: Node 24 (the Node inside Electron 45), one better-sqlite3
 * binary for Node and Electron, and a package.json that declares what the code imports and nothing it does not.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  devEngines: { runtime: { name: string; version: string; onFail: string } };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('runtime', () => {
  it('runs on the Node major that Electron embeds, which is the one package.json engines and devEngines name', () => {
    const electron = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { dependencies: Record<string, string> };
    const embedded = /(\d+)/.exec(electron.dependencies['@types/node'] ?? '')?.[1];
    const running = process.versions.node.split('.')[0];
    expect(running).toBe(embedded);
    expect(pkg.engines.node).toMatch(new RegExp(`^\\^${running}\\.`));
    // npm refuses to install or run scripts on another Node (EBADDEVENGINES) instead of crashing later in better-sqlite3.
    expect(pkg.devEngines.runtime).toEqual({ name: 'node', version: pkg.engines.node, onFail: 'error' });
    expect(pkg.devDependencies['@types/node']).toMatch(new RegExp(`^\\^${running}\\.`));
  });

  it('loads one SQLite binary: the N-API prebuild that better-sqlite3 ships, nothing compiled for one runtime', () => {
    const db = new Database(':memory:');
    expect((db.prepare('select sqlite_version() as v').get() as { v: string }).v).toMatch(/^3\./);
    db.close();
    const require = createRequire(import.meta.url);
    const prebuilt = resolve(`node_modules/better-sqlite3/prebuilds/${process.platform}-${process.arch}.node`);
    const loaded = Object.keys(require.cache).filter((file) => file.endsWith('.node'));
    expect(loaded).toEqual([prebuilt]);
    // No node-gyp build beside it (binding.js would prefer build/Release) and no per-Electron copy.
    expect(existsSync('node_modules/better-sqlite3/build')).toBe(false);
    expect(existsSync('.electron-native')).toBe(false);
    // N-API: the addon registers through napi_register_module_v1, not an ABI-numbered node_register_module_vNN.
    const addon = readFileSync(prebuilt).toString('latin1');
    expect(addon).toContain('napi_register_module_v1');
    expect(addon).not.toMatch(/node_register_module_v\d+/);
  });
});

const sourceRoots = ['electron', 'renderer', 'shared', 'scripts', 'test'];
const rootConfigs = readdirSync('.').filter((name) => /\.(ts|js|mjs)$/.test(name));

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [path] : [];
  });

const packageOf = (specifier: string): string | null => {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  return builtinModules.includes(name) ? null : name;
};

const importedPackages = (): Map<string, string> => {
  const found = new Map<string, string>();
  const patterns = [
    /^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
    /['"]--import['"],\s*['"]([^'"]+)['"]/g,
  ];
  for (const file of [...sourceRoots.flatMap(sources), ...rootConfigs]) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const name = packageOf(match[1]!);
        if (name && !found.has(name)) found.set(name, file);
      }
    }
  }
  return found;
};

/** Declared, and used other than by an import: command-line tools, type packages, peers that tools load. */
const usedWithoutImport = new Set([
  'typescript',
  'electron-builder',
  'prettier',
  'vite',
  '@types/node',
  '@types/react',
  '@types/react-dom',
  '@types/better-sqlite3',
  '@types/pdfkit',
  // The PDF font files (evidence pack, scorecard), found with require.resolve rather than imported.
  '@expo-google-fonts/noto-sans-sc',
]);

describe('package.json declares what the code imports', () => {
  it('every package imported by the code is declared', () => {
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);
    const undeclared = [...importedPackages()].filter(([name]) => !declared.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(undeclared).toEqual([]);
  });

  it('every declared package is used', () => {
    const imported = importedPackages();
    const unused = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)].filter(
      (name) => !imported.has(name) && !usedWithoutImport.has(name),
    );
    expect(unused).toEqual([]);
  });
});

it("npm run serve starts the backend with the same V8 flags as Electron's utilityProcess", () => {
  const serve = readFileSync('scripts/serve.mjs', 'utf8');
  const literal = /const backendV8Flags = (\[[^\]]*\]);/.exec(serve)?.[1];
  expect(literal, 'scripts/serve.mjs declares backendV8Flags').toBeDefined();
  expect(JSON.parse((literal ?? '[]').replace(/'/g, '"'))).toEqual([...backendV8Flags]);
  expect(readFileSync('electron/main/backend-process.ts', 'utf8')).toContain('execArgv: [...backendV8Flags]');
});
