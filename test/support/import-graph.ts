import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The import graph of the app's sources, read with the TypeScript parser: an edge per relative `import`,
 * `export … from` and `import()` (bare package names are not ours). `typeOnly` edges (`import type`, an import
 * whose every name is a type) vanish when compiled, so they cannot make a cycle at run time.
 */
export interface ImportEdge {
  from: string;
  to: string;
  typeOnly: boolean;
}

const sourceFile = /\.(ts|tsx)$/;
const declarationFile = /\.d\.ts$/;

export const sourceFiles = (root: string, dirs: readonly string[]): string[] => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : walk(path);
      return sourceFile.test(name) && !declarationFile.test(name) ? [path] : [];
    });
  return dirs.flatMap((dir) => (existsSync(join(root, dir)) ? walk(join(root, dir)) : [])).map((file) => relative(root, file));
};

const resolveImport = (root: string, from: string, specifier: string): string | undefined => {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(root, dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx'), base.replace(/\.js$/, '.ts')];
  const found = candidates.find((file) => sourceFile.test(file) && existsSync(file) && statSync(file).isFile());
  return found === undefined ? undefined : relative(root, found);
};

const isTypeOnlyImport = (node: ts.ImportDeclaration): boolean => {
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return (
    bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly)
  );
};

export const importEdges = (root: string, files: readonly string[]): ImportEdge[] =>
  files.flatMap((from) => {
    const text = readFileSync(join(root, from), 'utf8');
    const source = ts.createSourceFile(
      from,
      text,
      ts.ScriptTarget.Latest,
      false,
      from.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const edges: ImportEdge[] = [];
    const add = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
      if (!specifier || !ts.isStringLiteral(specifier)) return;
      const to = resolveImport(root, from, specifier.text);
      if (to !== undefined) edges.push({ from, to, typeOnly });
    };
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, isTypeOnlyImport(node));
      else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly);
      else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true);
      else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0], false);
      ts.forEachChild(node, visit);
    };
    visit(source);
    return edges;
  });

/** Every cycle's members, one list per strongly connected component of more than one node (or a self-import). */
export const cycles = (edges: readonly { from: string; to: string }[]): string[][] => {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  // Tarjan's algorithm, iterative enough for a few hundred files.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        connect(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const members: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        members.push(member);
      } while (member !== node);
      if (members.length > 1 || (next.get(node) ?? []).includes(node)) found.push(members.sort());
    }
  };
  for (const node of next.keys()) if (!index.has(node)) connect(node);
  return found;
};
