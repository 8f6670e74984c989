import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import BetterSqlite3 from 'better-sqlite3';

export interface ScanSamples {
  /** Return tracking numbers of cases waiting for their parcel (what the station scans). */
  awaitingReturnTracking: string[];
  /** A SKU code with several open cases (a pick list), and the return tracking number of a finished case. */
  skuWithOpenCases: string | null;
  finishedCaseTracking: string | null;
}

/**
 * A data dir with a small seeded shop (demo users owner/inspector/service, PINs 123456/234567/345678), made with
 * the seed command (Playwright's loader cannot import the backend's JSON resources).
 */
export const seededDataDir = (orders = 3000): { dataDir: string; samples: ScanSamples } => {
  const dataDir = mkdtempSync(join(tmpdir(), 'returnlens-scan-e2e-'));
  execFileSync(
    process.execPath,
    ['--import', 'tsx', 'electron/backend/cli/seed.cli.ts', '--data-dir', dataDir, '--orders', String(orders), '--until', '2026-11-20'],
    {
      stdio: 'ignore',
    },
  );
  // A small seed has few parcels still on their way; put a handful of uninspected return cases back to
  // "awaiting return" (as if their parcels were in transit) so every test scans a fresh one.
  const db = new BetterSqlite3(join(dataDir, 'returnlens.sqlite'));
  try {
    const rows = db
      .prepare(
        `SELECT c.id, c.return_tracking_number AS code FROM after_sales_cases c
         WHERE c.type = 'return_refund' AND c.return_tracking_number IS NOT NULL AND c.voided_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM inspections i WHERE i.case_id = c.id)
           AND (SELECT count(*) FROM after_sales_cases d WHERE d.return_tracking_number = c.return_tracking_number) = 1
         ORDER BY c.reason_category = 'quality' DESC, c.requested_at DESC LIMIT 8`,
      )
      .all() as { id: string; code: string }[];
    const reset = db.prepare(
      `UPDATE after_sales_cases SET status = 'awaiting_return', received_at = NULL, received_by = NULL, package_condition = NULL,
         suggested_outcome = NULL, suggested_refund_fen = NULL WHERE id = ?`,
    );
    db.transaction(() => rows.forEach((r) => reset.run(r.id)))();
    const sku = db
      .prepare(
        `SELECT s.code FROM after_sales_cases c JOIN order_lines ol ON ol.id = c.order_line_id JOIN skus s ON s.id = ol.sku_id
         WHERE c.status IN ('awaiting_return','pending_merchant','received') GROUP BY s.code HAVING count(*) >= 2 ORDER BY count(*) LIMIT 1`,
      )
      .pluck()
      .get() as string | undefined;
    // A case the platform already refunded before its parcel reached the warehouse (an auto-refund): not received yet.
    const finished = db
      .prepare(
        `SELECT c.id, c.return_tracking_number AS code FROM after_sales_cases c
         WHERE c.status = 'succeeded' AND c.type = 'return_refund' AND c.return_tracking_number IS NOT NULL
           AND (SELECT count(*) FROM after_sales_cases d WHERE d.return_tracking_number = c.return_tracking_number) = 1 LIMIT 1`,
      )
      .get() as { id: string; code: string } | undefined;
    if (finished)
      db.prepare('UPDATE after_sales_cases SET received_at = NULL, received_by = NULL, package_condition = NULL WHERE id = ?').run(
        finished.id,
      );
    return {
      dataDir,
      samples: {
        awaitingReturnTracking: rows.map((r) => r.code),
        skuWithOpenCases: sku ?? null,
        finishedCaseTracking: finished?.code ?? null,
      },
    };
  } finally {
    db.close();
  }
};

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** A real PNG (a red square with a dark stripe, like a photographed defect) that Chromium can decode and thumbnail. */
export const testPng = (size = 64): Buffer => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const stripe = Math.abs(x - y) < 4;
      row[1 + x * 3] = stripe ? 40 : 224;
      row[2 + x * 3] = stripe ? 40 : 46;
      row[3 + x * 3] = stripe ? 40 : 36;
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

/**
 * Adds a defect the way a fast inspector does (Alt+A, type, Enter), but waits for what a person waits for: the
 * search box to take the focus and the matching option to show. Pressing on blind made CI flaky when the machine
 * was slow (the Enter could land before the option list had filtered).
 */
export const addDefectByKeyboard = async (page: Page, query: string): Promise<void> => {
  const search = page.getByTestId('defect-search').locator('input');
  await expect(async () => {
    await page.keyboard.press('Alt+a');
    await expect(search).toBeFocused({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await page.keyboard.type(query);
  await expect(page.locator('.ant-select-item-option-active')).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
};
