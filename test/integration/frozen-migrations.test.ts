import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A released migration never changes, so live code must not import SQL from one: the day the live SQL has to
 * change, it would change the migration with it (or silently stay behind). Live code may import only the
 * migration list (`db/migrations/index.ts`: `migrations`, `latestVersion`).
 */
const root = join(import.meta.dirname, '../..');
const liveDir = join(root, 'electron/backend');
const migrationsDir = join(liveDir, 'db/migrations');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === migrationsDir ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });

/** Module specifiers of static and dynamic imports and re-exports. */
const importsOf = (text: string): string[] =>
  [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');

describe('frozen migrations', () => {
  it('live backend code imports nothing from a migration file, only the migration list', () => {
    const offenders = sourceFiles(liveDir).flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => /(^|\/)migrations\/(?!index$)[^/]+$/.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
