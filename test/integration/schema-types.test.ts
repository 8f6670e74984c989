import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { startTestBackend } from '../support/backend';

/**
 * Every table a migration creates has its Kysely type, column for column (db/schema.ts, `Database`). The type is
 * read with the TypeScript checker, so there is no second list to keep in step; the tables come from a freshly
 * migrated SQLite file.
 */
const schemaFile = join(import.meta.dirname, '../../electron/backend/db/schema.ts');

interface ColumnShape {
  nullable: boolean;
}

/** table → column → shape, as the `Database` interface declares them. */
const declaredTables = (): Map<string, Map<string, ColumnShape>> => {
  const program = ts.createProgram([schemaFile], { strict: true, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(schemaFile);
  if (!source) throw new Error(`cannot read ${schemaFile}`);
  const database = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Database');
  if (!database) throw new Error('db/schema.ts declares no Database interface');
  const tables = new Map<string, Map<string, ColumnShape>>();
  for (const table of checker.getPropertiesOfType(checker.getTypeAtLocation(database))) {
    const columns = new Map<string, ColumnShape>();
    for (const column of checker.getPropertiesOfType(checker.getTypeOfSymbolAtLocation(table, database))) {
      const declared = checker.getTypeOfSymbolAtLocation(column, database);
      // Kysely's ColumnType<Select, Insert, Update> and Generated<T> carry the read type in `__select__`.
      const selected = declared.getProperty('__select__');
      const type = selected ? checker.getTypeOfSymbolAtLocation(selected, database) : declared;
      const parts = type.isUnion() ? type.types : [type];
      columns.set(column.name, { nullable: parts.some((p) => (p.flags & ts.TypeFlags.Null) !== 0) });
    }
    tables.set(table.name, columns);
  }
  return tables;
};

/** table → column → shape, as the migrated file has them (sqlite's own tables left out). */
const migratedTables = (): Map<string, Map<string, ColumnShape>> => {
  const t = startTestBackend();
  try {
    const rows = t.backend.db
      .prepare(
        `SELECT m.name AS tableName, p.name AS columnName, p."notnull" AS required, p.pk AS pk, p.hidden AS generated
         FROM sqlite_master m, pragma_table_xinfo(m.name) p
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY m.name, p.cid`,
      )
      .all() as { tableName: string; columnName: string; required: number; pk: number; generated: number }[];
    const tables = new Map<string, Map<string, ColumnShape>>();
    for (const row of rows) {
      const columns = tables.get(row.tableName) ?? new Map<string, ColumnShape>();
      // A primary key column is never NULL in practice (WITHOUT ROWID and INTEGER PRIMARY KEY enforce it; the app always sets TEXT ids).
      // Generated columns (hidden 2 or 3: `waiting_on`) are computed by a CASE with an ELSE, so never NULL either.
      columns.set(row.columnName, { nullable: row.required === 0 && row.pk === 0 && row.generated < 2 });
      tables.set(row.tableName, columns);
    }
    return tables;
  } finally {
    t.close();
  }
};

const asObject = (tables: Map<string, Map<string, ColumnShape>>) =>
  Object.fromEntries(
    [...tables].map(([name, columns]) => [
      name,
      Object.fromEntries([...columns].map(([column, shape]) => [column, shape.nullable ? 'nullable' : 'not null'])),
    ]),
  );

describe('Kysely schema types', () => {
  const declared = declaredTables();
  const migrated = migratedTables();

  it('declares every table of a freshly migrated store, and no table that does not exist', () => {
    expect([...declared.keys()].sort()).toEqual([...migrated.keys()].sort());
  });

  it('declares every column with the nullability the table has', () => {
    expect(asObject(declared)).toEqual(asObject(migrated));
  });
});
