import type { DefectType } from '../../../../shared/contract/taxonomy.contract';
import type { Sqlite } from '../../db/connection';
import { rawQuery } from '../../db/raw-sql';
import { all, first, run, sql$ } from '../../db/query';
import type { NewRow, Row, RowPatch } from '../../db/schema';

type DefectRow = Row<'defect_types'> & { usage_count: number };

const toDefectType = (r: DefectRow): DefectType => ({
  id: r.id,
  code: r.code,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  category: r.category,
  defaultClass: r.default_class,
  active: r.active === 1,
  sortOrder: r.sort_order,
  usageCount: r.usage_count,
});

const withUsage = () =>
  sql$
    .selectFrom('defect_types as d')
    .selectAll('d')
    .select((eb) =>
      eb
        .selectFrom('inspection_defects as f')
        .whereRef('f.defect_type_id', '=', 'd.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('usage_count'),
    );

/** LIKE wildcards typed by a user are matched literally. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const listDefectTypes = (db: Sqlite, options: { search?: string; includeInactive: boolean }): DefectType[] => {
  let query = withUsage().orderBy('d.sort_order').orderBy('d.code');
  if (!options.includeInactive) query = query.where('d.active', '=', 1);
  if (options.search) {
    const pattern = likePattern(options.search);
    query = query.where((eb) =>
      eb.or([eb('d.name_zh', 'like', eb.val(pattern)), eb('d.name_en', 'like', eb.val(pattern)), eb('d.code', 'like', eb.val(pattern))]),
    );
  }
  // SQLite's LIKE needs the ESCAPE clause for the backslash escapes above; Kysely has no builder for it.
  const compiled = query.compile();
  const text = compiled.sql.replace(/ like \?/g, " like ? escape '\\'");
  return rawQuery<DefectRow>(db, text)
    .all(...compiled.parameters)
    .map(toDefectType);
};

export const findDefectType = (db: Sqlite, id: string): DefectType | undefined => {
  const row = first(db, withUsage().where('d.id', '=', id));
  return row && toDefectType(row as DefectRow);
};

export const defectTypesByIds = (db: Sqlite, ids: readonly string[]): Map<string, Row<'defect_types'>> => {
  if (ids.length === 0) return new Map();
  const rows = all(
    db,
    sql$
      .selectFrom('defect_types')
      .selectAll()
      .where('id', 'in', [...new Set(ids)]),
  );
  return new Map(rows.map((r) => [r.id, r]));
};

export const insertDefectType = (db: Sqlite, row: NewRow<'defect_types'>): void => {
  run(db, sql$.insertInto('defect_types').values(row));
};

export const updateDefectType = (db: Sqlite, id: string, patch: RowPatch<'defect_types'>): void => {
  run(db, sql$.updateTable('defect_types').set(patch).where('id', '=', id));
};

export const nextSortOrder = (db: Sqlite): number => {
  const row = first(
    db,
    sql$.selectFrom('defect_types').select((eb) => eb.fn.max('sort_order').as('m')),
  );
  return (Number(row?.m ?? 0) || 0) + 10;
};

export const findDefectTypeByCode = (db: Sqlite, code: string): DefectType | undefined => {
  const row = first(db, withUsage().where('d.code', '=', code));
  return row && toDefectType(row as DefectRow);
};

/**
 * Another type already called `nameZh` or `nameEn` (English compared without case): two types with one name would
 * be indistinguishable in the inspector's picker.
 */
export const findDefectTypeNamed = (
  db: Sqlite,
  names: { nameZh?: string; nameEn?: string },
  exceptId?: string,
): { name: string } | undefined => {
  const rows = all(db, sql$.selectFrom('defect_types').select(['id', 'name_zh', 'name_en']));
  for (const row of rows) {
    if (row.id === exceptId) continue;
    if (names.nameZh !== undefined && row.name_zh === names.nameZh) return { name: row.name_zh };
    if (names.nameEn !== undefined && row.name_en.toLowerCase() === names.nameEn.toLowerCase()) return { name: row.name_en };
  }
  return undefined;
};
