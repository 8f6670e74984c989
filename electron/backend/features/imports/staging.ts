import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Sqlite } from '../../db/connection';
import { rawCount, rawQuery } from '../../db/raw-sql';
import { RepeatDetector } from './repeat-detector';
import { caseWidth, lineWidth, rejectWidth, skuWidth, type Cell, type StagedBatch } from './row-stager';

/**
 * Parsed rows wait in a per-import staging file (<dataDir>/imports/<importId>.stage.sqlite), so the commit
 * does not parse again and the store's own file and WAL see nothing until the commit. The staging file is
 * scratch: no journal, no fsync.
 */
export const stagingFile = (dataDir: string, importId: string) => join(dataDir, 'imports', `${importId}.stage.sqlite`);

const schema = /* sql */ `
CREATE TABLE stage_lines (
  row INTEGER NOT NULL, order_number TEXT NOT NULL, sku_code TEXT NOT NULL, raw_status TEXT NOT NULL, status TEXT NOT NULL,
  quantity INTEGER NOT NULL, title TEXT, goods_total INTEGER NOT NULL, postage INTEGER NOT NULL, shop_discount INTEGER NOT NULL, platform_discount INTEGER NOT NULL,
  buyer_paid INTEGER NOT NULL, merchant_received INTEGER NOT NULL, paid_at INTEGER, shipped_at INTEGER, signed_at INTEGER, confirmed_at INTEGER,
  tracking TEXT, courier TEXT, note TEXT
);
CREATE TABLE stage_cases (
  row INTEGER NOT NULL, case_number TEXT NOT NULL, order_number TEXT NOT NULL, sku_code TEXT, type TEXT NOT NULL,
  raw_status TEXT NOT NULL, status TEXT NOT NULL, requested_at INTEGER NOT NULL, quantity INTEGER NOT NULL, refund INTEGER NOT NULL,
  order_amount INTEGER, reason_text TEXT, reason_category TEXT NOT NULL, return_tracking TEXT, return_courier TEXT,
  deadline INTEGER
);
CREATE TABLE stage_rejects (row INTEGER NOT NULL, column_name TEXT, value TEXT, reason TEXT NOT NULL);
CREATE TABLE stage_skus (sku_code TEXT NOT NULL, product_code TEXT NOT NULL, platform_sku_id TEXT, spec TEXT, title TEXT, goods_id TEXT, row INTEGER NOT NULL);
`;

export interface StagingWriter {
  /** Appends a batch in one staging transaction; `headerOf` names a field's column for the rejects list. */
  write: (batch: StagedBatch, headerOf: (field: string) => string) => void;
  /**
   * After the last row: drops exact duplicate lines (answers how many), reports a key seen again with other
   * content (the later row wins), then shapes the orders for the merge.
   */
  finish: () => { duplicates: number };
  close: () => void;
}

/** Rows per INSERT statement: one statement step per 50 rows instead of per row. */
const rowsPerInsert = 50;

/**
 * Rows are appended without any index while the file is read (a unique key checked per row costs a random
 * b-tree probe each); duplicates are then found set-based, and the indexes are built once, sorted.
 */
export const openStaging = (dataDir: string, importId: string): StagingWriter => {
  mkdirSync(join(dataDir, 'imports'), { recursive: true });
  const file = stagingFile(dataDir, importId);
  rmSync(file, { force: true });
  const db = new BetterSqlite3(file);
  // Large pages, as the store's own (connection.ts): fewer, fuller pages to append and to read back at commit.
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  // Appends need few pages in memory: a small cache keeps the import's peak memory down.
  db.pragma('cache_size = -8192');
  db.pragma('temp_store = FILE');
  // The duplicate check's index over a million keys: the sorter may use a second core.
  db.pragma('threads = 2');
  db.exec(schema);
  const insertEach = (table: string, width: number) => {
    const tuple = `(${Array(width).fill('?').join(',')})`;
    const one = db.prepare(`INSERT INTO ${table} VALUES ${tuple}`);
    const many = db.prepare(`INSERT INTO ${table} VALUES ${Array(rowsPerInsert).fill(tuple).join(',')}`);
    const step = rowsPerInsert * width;
    return (flat: Cell[]) => {
      let i = 0;
      for (; i + step <= flat.length; i += step) many.run(flat.slice(i, i + step));
      for (; i < flat.length; i += width) one.run(flat.slice(i, i + width));
    };
  };
  const insertLines = insertEach('stage_lines', lineWidth);
  const insertCases = insertEach('stage_cases', caseWidth);
  const insertSkus = insertEach('stage_skus', skuWidth);
  const insertRejects = insertEach('stage_rejects', rejectWidth);

  // Keys are watched as they are written: when no order number (no case number) occurs twice, there can be no
  // duplicate line (case) and every order is one line, so the sorts that would prove it are skipped.
  const orderNumbers = new RepeatDetector();
  const caseNumbers = new RepeatDetector();
  const watch = (flat: Cell[], width: number, detector: RepeatDetector) => {
    for (let i = 1; i < flat.length && !detector.repeated; i += width) detector.see(flat[i] as string);
  };

  const dedupe = (table: string, key: string, label: string, repeats: RepeatDetector): number => {
    if (!repeats.repeated) return 0;
    const same = (a: string, b: string) =>
      key
        .split(', ')
        .map((k) => `${a}.${k} = ${b}.${k}`)
        .join(' AND ');
    db.exec(`CREATE INDEX ${table}_key ON ${table}(${key}, row)`);
    // Most exports have no repeated key at all: one index scan proves it and skips the rest.
    const repeated = db
      .prepare(`SELECT 1 FROM ${table} s WHERE EXISTS (SELECT 1 FROM ${table} e WHERE ${same('e', 's')} AND e.row < s.row) LIMIT 1`)
      .get();
    if (!repeated) return 0;
    // An exact duplicate has the same staged values in every column (what the store would receive).
    const content = rawQuery<{ name: string }>(db, `SELECT name FROM pragma_table_info(?) WHERE name <> 'row'`, { cache: false })
      .all(table)
      .map((c) => c.name)
      .join(', ');
    const duplicates = db
      .prepare(`DELETE FROM ${table} WHERE rowid NOT IN (SELECT min(rowid) FROM ${table} GROUP BY ${content})`)
      .run().changes;
    db.exec(`INSERT INTO stage_rejects SELECT s.row, NULL, ${label}, 'conflicting_duplicate' FROM ${table} s
             WHERE EXISTS (SELECT 1 FROM ${table} e WHERE ${same('e', 's')} AND e.row < s.row)`);
    db.exec(`DELETE FROM ${table} WHERE EXISTS (SELECT 1 FROM ${table} l WHERE ${same('l', table)} AND l.row > ${table}.row)`);
    return duplicates;
  };

  return {
    write: (batch, headerOf) => {
      watch(batch.lines, lineWidth, orderNumbers);
      watch(batch.cases, caseWidth, caseNumbers);
      db.transaction(() => {
        insertLines(batch.lines);
        insertCases(batch.cases);
        insertSkus(batch.skus);
        for (let i = 1; i < batch.rejects.length; i += rejectWidth) {
          const field = batch.rejects[i];
          if (typeof field === 'string') batch.rejects[i] = headerOf(field);
        }
        insertRejects(batch.rejects);
      })();
    },
    finish: () =>
      db.transaction(() => {
        const duplicates =
          dedupe('stage_lines', 'order_number, sku_code', "s.order_number || ' / ' || s.sku_code", orderNumbers) +
          dedupe('stage_cases', 'case_number', 's.case_number', caseNumbers);
        // A SKU named only by a line that lost to a duplicate is not created.
        if (duplicates > 0) db.exec(`DELETE FROM stage_skus WHERE sku_code NOT IN (SELECT sku_code FROM stage_lines)`);
        // Two stagers (the read worker's and the backend's, read-rows.ts) each note the SKUs new to them: keep the
        // first line's (a bare column beside min() comes from the row holding the minimum).
        db.exec(
          `DELETE FROM stage_skus WHERE rowid NOT IN (SELECT first FROM (SELECT rowid AS first, min(row) FROM stage_skus GROUP BY sku_code))`,
        );
        // One row per order: its status and times from its first line, amounts summed over its lines. In the
        // usual export every order is one line, and then the lines themselves are the orders (a view: no copy
        // of a million rows). `row`, the first line's row number, names the order uniquely either way; `seq`
        // numbers the rows for the merge's chunks (a rowid, so a range is a seek, not a scan).
        const oneLinePerOrder =
          !orderNumbers.repeated ||
          rawCount(db, `SELECT count(*) = count(DISTINCT order_number) AS n FROM stage_lines`, [], { cache: false }) === 1;
        const orderColumns = `order_number, row, raw_status, status, paid_at, shipped_at, signed_at, confirmed_at, tracking, courier, note`;
        const amounts = ['goods_total', 'postage', 'shop_discount', 'platform_discount', 'buyer_paid', 'merchant_received'];
        if (oneLinePerOrder) {
          db.exec(`CREATE VIEW stage_orders AS SELECT rowid AS seq, ${orderColumns}, ${amounts.join(', ')} FROM stage_lines`);
        } else {
          db.exec(`CREATE TABLE stage_orders_grouped AS SELECT ${orderColumns.replace('row', 'min(row) AS row')}, ${amounts.map((a) => `sum(${a}) AS ${a}`).join(', ')}
            FROM stage_lines GROUP BY order_number ORDER BY order_number`);
          db.exec(`CREATE VIEW stage_orders AS SELECT rowid AS seq, * FROM stage_orders_grouped`);
        }
        return { duplicates };
      })(),
    close: () => db.close(),
  };
};

/** Attaches the staging file to the store's connection as `stg` for set-based counting and merging. */
export const withStaging = <T>(db: Sqlite, dataDir: string, importId: string, work: () => T): T => {
  db.prepare(`ATTACH DATABASE ? AS stg`).run(stagingFile(dataDir, importId));
  try {
    return work();
  } finally {
    db.exec('DETACH DATABASE stg');
  }
};

export const dropStaging = (dataDir: string, importId: string) => rmSync(stagingFile(dataDir, importId), { force: true });
