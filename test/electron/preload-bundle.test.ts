import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * A sandboxed preload may require only `electron` (and a few Node built-ins): a bundled require('zod') would
 * throw in the real window and leave the page without window.api. Bundle the preload the way electron-vite
 * does (CJS, dependencies external) and look at what it requires.
 */
describe('preload bundle', () => {
  it('requires nothing but electron', () => {
    const result = buildSync({
      entryPoints: ['electron/preload/index.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      write: false,
    });
    const bundle = result.outputFiles[0]!.text;
    const required = [...bundle.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });
});
