import { readdirSync, readFileSync } from 'node:fs';
import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The installer's configuration (package.json "build", read by electron-builder): safe by default. The fuses are
 * flipped in the packaged Electron binary by electron-builder's `electronFuses`; asar is on with only the SQLite
 * addon unpacked; nothing is rebuilt for Electron (better-sqlite3's N-API binary serves both runtimes).
 */
interface BuildConfig {
  asar?: boolean;
  asarUnpack?: string[];
  files?: string[];
  npmRebuild?: boolean;
  buildDependenciesFromSource?: boolean;
  nodeGypRebuild?: boolean;
  electronFuses?: Record<string, unknown>;
}
const build = (JSON.parse(readFileSync('package.json', 'utf8')) as { build: BuildConfig }).build;

/** Every fuse, with the only value we ship. A fuse missing from the configuration keeps Electron's default. */
const requiredFuses = {
  runAsNode: false, // ELECTRON_RUN_AS_NODE would turn the app into a plain Node with our signature
  enableNodeOptionsEnvironmentVariable: false, // NODE_OPTIONS / NODE_EXTRA_CA_CERTS
  enableNodeCliInspectArguments: false, // --inspect, --inspect-brk, SIGUSR1
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true, // with the integrity check: no unchecked app/ folder beside app.asar
  grantFileProtocolExtraPrivileges: false, // pages come from app://, never file://
  loadBrowserProcessSpecificV8Snapshot: false,
} as const;

describe('packaging (electron-builder configuration)', () => {
  it('sets every Electron fuse to its safe value', () => {
    const fuses = build.electronFuses ?? {};
    const missing = Object.keys(requiredFuses).filter((name) => !(name in fuses));
    expect(missing, `fuses missing from package.json build.electronFuses: ${missing.join(', ')}`).toEqual([]);
    for (const [name, value] of Object.entries(requiredFuses)) expect(fuses[name], name).toBe(value);
  });

  it('leaves no fuse that the installed electron-builder can flip to Electron’s default', () => {
    // electron-builder maps each electronFuses key onto @electron/fuses; a fuse it learns in a later version shows up here.
    const source = readFileSync('node_modules/app-builder-lib/out/platformPackager.js', 'utf8');
    const known = [...source.matchAll(/fuses\.(\w+) != null/g)].map((m) => m[1]!).filter((name) => name !== 'resetAdHocDarwinSignature');
    expect(known.length, 'could not read the fuse names from app-builder-lib').toBeGreaterThanOrEqual(8);
    expect(Object.keys(requiredFuses).sort()).toEqual([...new Set(known)].sort());
  });

  it('packs the app into app.asar with only the SQLite addon and the evidence pack’s two font files unpacked', () => {
    expect(build.asar).toBe(true);
    const addons = readdirSync('node_modules/better-sqlite3/prebuilds').filter((f) => f.endsWith('.node'));
    expect(addons.length).toBeGreaterThan(0);
    for (const addon of addons) {
      const path = `node_modules/better-sqlite3/prebuilds/${addon}`;
      expect(
        build.asarUnpack?.some((pattern) => matchesGlob(path, pattern)),
        path,
      ).toBe(true);
    }
    for (const packed of [
      'out/main/index.js',
      'out/main/backend.js',
      'out/renderer/index.html',
      'node_modules/kysely/package.json',
      'node_modules/@expo-google-fonts/noto-sans-sc/index.js',
    ]) {
      expect(
        build.asarUnpack?.some((pattern) => matchesGlob(packed, pattern)),
        packed,
      ).toBe(false);
    }
  });

  it('rebuilds no native module for Electron and ships no SQLite sources', () => {
    expect(build.npmRebuild).toBe(false);
    expect(build.buildDependenciesFromSource).toBe(false);
    expect(build.nodeGypRebuild).toBe(false);
    const excluded = (build.files ?? []).filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    for (const path of [
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/src/better_sqlite3.cpp',
      'node_modules/better-sqlite3/binding.gyp',
    ]) {
      expect(
        excluded.some((pattern) => matchesGlob(path, pattern)),
        path,
      ).toBe(true);
    }
  });

  it('ships only the Regular and Bold Noto Sans SC the evidence pack uses, unpacked for pdfkit to read', () => {
    const dir = 'node_modules/@expo-google-fonts/noto-sans-sc';
    const weights = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(weights).toContain('400Regular');
    const excluded = (build.files ?? []).filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    for (const weight of weights) {
      const ttf = `${dir}/${weight}/NotoSansSC_${weight}.ttf`;
      const used = weight === '400Regular' || weight === '700Bold';
      expect(
        excluded.some((pattern) => matchesGlob(ttf, pattern)),
        `${ttf} left out`,
      ).toBe(!used);
      expect(
        build.asarUnpack?.some((pattern) => matchesGlob(ttf, pattern)),
        `${ttf} unpacked`,
      ).toBe(used);
    }
  });
});
