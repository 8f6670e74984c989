import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { CaseRecord, OrderLineRecord } from '../../../../shared/domain/import-rows';
import type { Sqlite } from '../../db/connection';

/**
 * Parsed rows wait in a per-import staging file (<dataDir>/imports/<importId>.stage.sqlite), so the commit
 * does not parse again and the store's own file and WAL see nothing until the commit. The staging file is
 * scratch: no journal, no fsync.
 */
export const stagingFile = (dataDir: string, importId: string) => join(dataDir, 'imports', `${importId}.stage.sqlite`);

const schema = /* sql */ `
CREATE TABLE stage_lines (
  row INTEGER NOT NULL, order_number TEXT NOT NULL, sku_code TEXT NOT NULL, raw_status TEXT NOT NULL, status TEXT NOT NULL,
  quantity INTEGER NOT NULL, platform_sku_id TEXT, product_code TEXT NOT NULL, goods_id TEXT, title TEXT, spec TEXT,
  goods_total INTEGER NOT NULL, postage INTEGER NOT NULL, shop_discount INTEGER NOT NULL, platform_discount INTEGER NOT NULL,
  buyer_paid INTEGER NOT NULL, merchant_received INTEGER NOT NULL, paid_at INTEGER, shipped_at INTEGER, signed_at INTEGER,
  tracking TEXT, courier TEXT, note TEXT, fp INTEGER NOT NULL
);
CREATE TABLE stage_cases (
  row INTEGER NOT NULL, case_number TEXT NOT NULL, order_number TEXT NOT NULL, sku_code TEXT, type TEXT NOT NULL,
  raw_status TEXT NOT NULL, status TEXT NOT NULL, requested_at INTEGER NOT NULL, quantity INTEGER NOT NULL, refund INTEGER NOT NULL,
  order_amount INTEGER, reason_text TEXT, reason_category TEXT NOT NULL, return_tracking TEXT, return_courier TEXT,
  deadline INTEGER, fp INTEGER NOT NULL
);
CREATE TABLE stage_rejects (row INTEGER NOT NULL, column_name TEXT, value TEXT, reason TEXT NOT NULL);
`;

/** FNV-1a over the raw cells: tells an exact duplicate line from a conflicting one without keeping the text. */
export const fingerprint = (cells: readonly string[]): number => {
  let h = 0x811c9dc5;
  for (const cell of cells) {
    for (let i = 0; i < cell.length; i++) {
      h ^= cell.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};

export interface StagingWriter {
  line: (row: number, r: OrderLineRecord, fp: number) => void;
  case: (row: number, r: CaseRecord, fp: number) => void;
  reject: (row: number, column: string | null, value: string | null, reason: string) => void;
  /** Runs a batch of writes in one staging transaction. */
  batch: (work: () => void) => void;
  /**
   * After the last row: drops exact duplicate lines (answers how many), reports a key seen again with other
   * content (the later row wins), then indexes and groups the rows for the merge.
   */
  finish: () => { duplicates: number };
  close: () => void;
}

/**
 * Rows are appended without any index while the file is read (a unique key checked per row costs a random
 * b-tree probe each); duplicates are then found set-based, and the indexes are built once, sorted.
 */
export const openStaging = (dataDir: string, importId: string): StagingWriter => {
  mkdirSync(join(dataDir, 'imports'), { recursive: true });
  const file = stagingFile(dataDir, importId);
  rmSync(file, { force: true });
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -32768');
  db.pragma('temp_store = FILE');
  db.exec(schema);
  const insertLine = db.prepare(`INSERT INTO stage_lines VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
  const insertCase = db.prepare(`INSERT INTO stage_cases VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
  const insertReject = db.prepare(`INSERT INTO stage_rejects VALUES (?,?,?,?)`);

  const dedupe = (table: string, key: string, label: string): number => {
    const same = (a: string, b: string) => key.split(', ').map((k) => `${a}.${k} = ${b}.${k}`).join(' AND ');
    db.exec(`CREATE INDEX ${table}_key ON ${table}(${key}, row)`);
    // Most exports have no repeated key at all: one index scan proves it and skips the rest.
    const repeated = db.prepare(`SELECT 1 FROM ${table} s WHERE EXISTS (SELECT 1 FROM ${table} e WHERE ${same('e', 's')} AND e.row < s.row) LIMIT 1`).get();
    if (!repeated) return 0;
    const duplicates = db.prepare(`DELETE FROM ${table} WHERE rowid NOT IN (SELECT min(rowid) FROM ${table} GROUP BY ${key}, fp)`).run().changes;
    db.exec(`INSERT INTO stage_rejects SELECT s.row, NULL, ${label}, 'conflicting_duplicate' FROM ${table} s
             WHERE EXISTS (SELECT 1 FROM ${table} e WHERE ${same('e', 's')} AND e.row < s.row)`);
    db.exec(`DELETE FROM ${table} WHERE EXISTS (SELECT 1 FROM ${table} l WHERE ${same('l', table)} AND l.row > ${table}.row)`);
    return duplicates;
  };

  return {
    line: (row, r, fp) => {
      insertLine.run(
        row, r.orderNumber, r.skuCode, r.rawStatus, r.status, r.quantity, r.platformSkuId, r.productCode, r.goodsId, r.title, r.spec,
        r.goodsTotalFen, r.postageFen, r.shopDiscountFen, r.platformDiscountFen, r.buyerPaidFen, r.merchantReceivedFen,
        r.paidAt, r.shippedAt, r.signedAt, r.trackingNumber, r.courier, r.merchantNote, fp,
      );
    },
    case: (row, r, fp) => {
      insertCase.run(
        row, r.caseNumber, r.orderNumber, r.skuCode, r.type, r.rawStatus, r.status, r.requestedAt, r.quantity, r.refundFen,
        r.orderAmountFen, r.reasonText, r.reasonCategory, r.returnTracking, r.returnCourier, r.deadlineAt, fp,
      );
    },
    reject: (row, column, value, reason) => {
      insertReject.run(row, column, value === null ? null : value.slice(0, 500), reason);
    },
    batch: (work) => db.transaction(work)(),
    finish: () =>
      db.transaction(() => {
        const duplicates = dedupe('stage_lines', 'order_number, sku_code', "s.order_number || ' / ' || s.sku_code") + dedupe('stage_cases', 'case_number', 's.case_number');
        // One row per order, in order-number order, so the merge appends to the store's indexes.
        db.exec(`CREATE TABLE stage_orders AS SELECT order_number, min(row) AS row, raw_status, status, paid_at, shipped_at, signed_at, tracking, courier, note,
          sum(goods_total) AS goods_total, sum(postage) AS postage, sum(shop_discount) AS shop_discount, sum(platform_discount) AS platform_discount,
          sum(buyer_paid) AS buyer_paid, sum(merchant_received) AS merchant_received
          FROM stage_lines GROUP BY order_number ORDER BY order_number`);
        // One row per SKU code (with its product, title and goods id from the first line that names it), so the
        // merge never sorts a million lines on the store's connection.
        db.exec(`CREATE TABLE stage_skus AS SELECT sku_code, product_code, platform_sku_id, spec, title, goods_id, min(row) AS row
          FROM stage_lines GROUP BY sku_code`);
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
