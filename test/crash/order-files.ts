/**
 * Order exports for the crash suite's imports, made by test/support/pdd-order-export.ts (the bench's generator).
 * That generator is deterministic, so every file of N rows has the same order numbers
 * (`2608DD-100000000` + 6 digits). Each import gets its own numbers instead: the file is streamed to the upload
 * with the 9 digits after the dash replaced by the import's tag (same length, so the size is unchanged), and the
 * store can later be asked which orders each import brought (an import is all there or not there at all).
 */
import { existsSync, mkdirSync, renameSync, statSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { generateOrderExport } from '../support/pdd-order-export';

/** Generated files are kept between runs (a 200k-row export takes a few seconds to write). */
export const cacheDir = (): string => join(tmpdir(), 'returnlens-crash-cache');

export const orderExportFile = async (rows: number): Promise<{ file: string; size: number }> => {
  const dir = cacheDir();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `pdd-orders-${rows}.csv`);
  if (!existsSync(file)) {
    const partial = `${file}.${process.pid}.partial`;
    await generateOrderExport(partial, rows);
    renameSync(partial, file);
  }
  return { file, size: statSync(file).size };
};

/** The tag of the n-th import of a store: 9 digits starting with 2 (the generator's own numbers start with 1). */
export const importTag = (n: number): string => `2${String(n).padStart(8, '0')}`;

/** Order number of the i-th row of a tagged export, as the generator lays it out (day = 1 + i % 28). */
export const taggedOrderNumber = (tag: string, i: number): string =>
  `2608${String(1 + (i % 28)).padStart(2, '0')}-${tag}${String(i).padStart(6, '0')}`;

/** Where the tag sits in an order number (SQL substr, 1-based): `2608DD-` is 7 characters. */
export const tagSqlStart = 8;

/**
 * Rewrites the order numbers of a generated export on the fly. GB18030 never uses bytes below 0x30 inside a
 * multi-byte character, so `,` and LF always are what they look like; whole lines are rewritten as latin1 text
 * (one byte, one character: lossless).
 */
const retag = (tag: string): Transform => {
  let rest: Buffer = Buffer.alloc(0);
  const pattern = /,(2608\d\d)-100000000(\d{6}),/g;
  const rewrite = (bytes: Buffer) => Buffer.from(bytes.toString('latin1').replace(pattern, `,$1-${tag}$2,`), 'latin1');
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const all: Buffer = rest.length ? Buffer.concat([rest, chunk]) : chunk;
      const end = all.lastIndexOf(0x0a);
      if (end < 0) {
        rest = all;
        done();
        return;
      }
      rest = all.subarray(end + 1);
      done(null, rewrite(all.subarray(0, end + 1)));
    },
    flush(done) {
      done(null, rest.length ? rewrite(rest) : undefined);
    },
  });
};

export const taggedExportStream = (file: string, tag: string): Readable =>
  createReadStream(file, { highWaterMark: 1 << 20 }).pipe(retag(tag));
