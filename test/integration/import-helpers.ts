import { fileURLToPath } from 'node:url';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Sqlite } from '../../electron/backend/db/connection';
import { saveUploadStream } from '../../electron/backend/features/uploads/upload-store';
import type { TestBackend } from '../support/backend';

// A copy of the team's synthetic samples (../shared/samples), kept in the repo so a clean clone tests alone.
export const samplesDir = fileURLToPath(new URL('../fixtures/pdd-samples', import.meta.url));

/** Puts a file (path or bytes) into the backend's uploads folder the way the upload route does. */
export const upload = async (t: TestBackend, name: string, content: string | Buffer, fromPath = false) => {
  const stream = fromPath ? createReadStream(content) : Readable.from([Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')]);
  return saveUploadStream(t.dataDir, stream, name, Date.now());
};

const tables = ['orders', 'order_lines', 'skus', 'products', 'after_sales_cases', 'inspections', 'communications'] as const;

/** A fingerprint of the store's business tables: row counts plus a hash of every row's text. */
export const storeFingerprint = (db: Sqlite): Record<string, string> =>
  Object.fromEntries(
    tables.map((table) => {
      const rows = db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Record<string, unknown>[];
      let h = 0;
      const text = JSON.stringify(rows);
      for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
      return [table, `${rows.length}:${h}`];
    }),
  );
