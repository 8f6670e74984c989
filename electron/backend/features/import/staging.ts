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
  tracking TEXT, courier TEXT, note TEXT, fp INTEGER NOT NULL,
  PRIMARY KEY (order_number, sku_code)
) WITHOUT ROWID;
CREATE TABLE stage_cases (
  row INTEGER NOT NULL, case_number TEXT PRIMARY KEY, order_number TEXT NOT NULL, sku_code TEXT, type TEXT NOT NULL,
  raw_status TEXT NOT NULL, status TEXT NOT NULL, requested_at INTEGER NOT NULL, quantity INTEGER NOT NULL, refund INTEGER NOT NULL,
  order_amount INTEGER, reason_text TEXT, reason_category TEXT NOT NULL, return_tracking TEXT, return_courier TEXT,
  deadline INTEGER, fp INTEGER NOT NULL
) WITHOUT ROWID;
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
  /** Answers 'new', 'duplicate' (same line again) or 'replaced' (same key, different content: the later row wins). */
  line: (row: number, r: OrderLineRecord, fp: number) => 'new' | 'duplicate' | 'replaced';
  case: (row: number, r: CaseRecord, fp: number) => 'new' | 'duplicate' | 'replaced';
  reject: (row: number, column: string | null, value: string | null, reason: string) => void;
  /** Runs a batch of writes in one staging transaction. */
  batch: (work: () => void) => void;
  close: () => void;
}

export const openStaging = (dataDir: string, importId: string): StagingWriter => {
  mkdirSync(join(dataDir, 'imports'), { recursive: true });
  const file = stagingFile(dataDir, importId);
  rmSync(file, { force: true });
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -32768');
  db.exec(schema);
  const insertLine = db.prepare(`INSERT OR IGNORE INTO stage_lines VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
  const replaceLine = db.prepare(`INSERT OR REPLACE INTO stage_lines VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
  const lineFp = db.prepare(`SELECT fp FROM stage_lines WHERE order_number = ? AND sku_code = ?`).pluck();
  const insertCase = db.prepare(`INSERT OR IGNORE INTO stage_cases VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
  const replaceCase = db.prepare(`INSERT OR REPLACE INTO stage_cases VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
  const caseFp = db.prepare(`SELECT fp FROM stage_cases WHERE case_number = ?`).pluck();
  const insertReject = db.prepare(`INSERT INTO stage_rejects VALUES (?,?,?,?)`);

  return {
    line: (row, r, fp) => {
      const values = [
        row, r.orderNumber, r.skuCode, r.rawStatus, r.status, r.quantity, r.platformSkuId, r.productCode, r.goodsId, r.title, r.spec,
        r.goodsTotalFen, r.postageFen, r.shopDiscountFen, r.platformDiscountFen, r.buyerPaidFen, r.merchantReceivedFen,
        r.paidAt, r.shippedAt, r.signedAt, r.trackingNumber, r.courier, r.merchantNote, fp,
      ];
      if (insertLine.run(values).changes === 1) return 'new';
      if (lineFp.get(r.orderNumber, r.skuCode) === fp) return 'duplicate';
      replaceLine.run(values);
      return 'replaced';
    },
    case: (row, r, fp) => {
      const values = [
        row, r.caseNumber, r.orderNumber, r.skuCode, r.type, r.rawStatus, r.status, r.requestedAt, r.quantity, r.refundFen,
        r.orderAmountFen, r.reasonText, r.reasonCategory, r.returnTracking, r.returnCourier, r.deadlineAt, fp,
      ];
      if (insertCase.run(values).changes === 1) return 'new';
      if (caseFp.get(r.caseNumber) === fp) return 'duplicate';
      replaceCase.run(values);
      return 'replaced';
    },
    reject: (row, column, value, reason) => {
      insertReject.run(row, column, value === null ? null : value.slice(0, 500), reason);
    },
    batch: (work) => db.transaction(work)(),
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
