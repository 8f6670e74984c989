import { describe, expect, it } from 'vitest';
import { cycles, importEdges, sourceFiles } from '../support/import-graph';

/**
 * No import cycles in what ships (electron/, renderer/, shared/), file by file and feature by feature.
 * A lint rule would say it at the line (eslint-plugin-import-x's no-cycle); that plugin is not installed here
 * (eslint.config.js says why), so this test reads the graph with the TypeScript parser instead.
 */
const root = process.cwd();
const edges = importEdges(root, sourceFiles(root, ['electron', 'renderer', 'shared']));

/** `electron/backend/features/imports/commit.ts` → `electron/backend/features/imports`; undefined outside a feature. */
const featureOf = (file: string): string | undefined => /^((?:electron\/backend|renderer\/src)\/features\/[^/]+)\//.exec(file)?.[1];

describe('import cycles', () => {
  it('reads the graph (a parser that saw nothing would pass everything)', () => {
    expect(edges.length).toBeGreaterThan(500);
    expect(edges).toContainEqual({
      from: 'electron/backend/features/export/export-lists.ts',
      to: 'electron/backend/features/export/reject-text.ts',
      typeOnly: false,
    });
    expect(edges).toContainEqual({ from: 'renderer/src/shell/areas.tsx', to: 'renderer/src/shell/area-list.ts', typeOnly: false });
  });

  it('finds a cycle when there is one', () => {
    const loop = [
      { from: 'a.ts', to: 'b.ts' },
      { from: 'b.ts', to: 'c.ts' },
      { from: 'c.ts', to: 'a.ts' },
      { from: 'c.ts', to: 'd.ts' },
    ];
    expect(cycles(loop)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(cycles(loop.slice(1))).toEqual([]);
  });

  it('no file imports itself back, even through types', () => {
    expect(cycles(edges)).toEqual([]);
  });

  it('no two features import each other, however indirectly (backend and renderer features alike)', () => {
    const between = edges.flatMap(({ from, to }) => {
      const [a, b] = [featureOf(from), featureOf(to)];
      return a !== undefined && b !== undefined && a !== b ? [{ from: a, to: b }] : [];
    });
    expect(cycles(between)).toEqual([]);
  });
});
