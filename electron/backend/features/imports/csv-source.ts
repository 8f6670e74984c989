import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { AppError, type ErrorReason, type ReasonParams } from '../../../../shared/contract/errors';
import { CsvRowReader, type CsvRecord } from './csv-rows';

/**
 * CSV files: encoding (UTF-8 with or without BOM, GB18030, UTF-16LE) and delimiter detection, then a streaming
 * decode and parse. Kept apart from the XLSX reader so the read worker (read-worker.ts) loads only this.
 */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'xlsx';

export interface TableSource {
  encoding: Encoding;
  delimiter: string;
  /** Batches of records, in file order. */
  batches: () => AsyncGenerator<CsvRecord[]>;
  /** Bytes consumed so far (for percent and time left). */
  bytesRead: () => number;
  size: number;
}

/** A file the import cannot read: its reason names the file (`params.file`), as the English message does. */
export const fileError = <R extends ErrorReason>(
  reason: R,
  params: ReasonParams<R> & { file: string },
  message: string,
  details: unknown = { file: params.file },
) => new AppError('VALIDATION', reason, params, `${params.file}: ${message}`, details);

export const readHead = (path: string, bytes: number): Buffer => {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const n = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
};

/** UTF-8 when the head decodes strictly as UTF-8, otherwise GB18030 (a superset of GBK) as the back office writes. */
export const detectEncoding = (head: Buffer): Encoding => {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8-bom';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
};

/** Comma, tab or semicolon: whichever the first line holds most of, outside quotes. */
export const detectDelimiter = (text: string): string => {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const counts = new Map<string, number>([
    [',', 0],
    ['\t', 0],
    [';', 0],
  ]);
  let inQuotes = false;
  for (const ch of firstLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
};

/** Text that is mostly control characters or replacement marks is not a table. */
const looksBinary = (text: string): boolean => {
  if (!text.length) return false;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / text.length > 0.01;
};

const decoderLabel = (encoding: Encoding) => (encoding === 'utf-8-bom' ? 'utf-8' : encoding === 'xlsx' ? 'utf-8' : encoding);

/** Parsed records, or complete records handed off unparsed (CsvRowReader.takeWholeRecords) for another thread. */
type CsvPiece = { records: CsvRecord[] } | { text: string; firstRow: number };

interface CsvSource extends TableSource {
  /** Like batches(), but a chunk read while `handOff()` answers true comes out unparsed when that is exact. */
  pieces: (handOff: () => boolean) => AsyncGenerator<CsvPiece>;
}

/** Opens a CSV file whose first 64 KB (`head`) were already read; the file is not XLSX or XLS. */
export const openCsvSource = (
  path: string,
  fileName: string,
  head: Buffer = readHead(path, 64 * 1024),
  size = statSync(path).size,
): CsvSource => {
  const encoding = detectEncoding(head);
  const headText = new TextDecoder(decoderLabel(encoding)).decode(head);
  if (looksBinary(headText))
    throw fileError('file_not_table', { file: fileName }, `this is not a CSV or XLSX table (unreadable bytes as ${encoding}).`);
  const delimiter = detectDelimiter(headText.replace(/^\uFEFF/, ''));
  let bytes = 0;
  const pieces = async function* (handOff: () => boolean): AsyncGenerator<CsvPiece> {
    const decoder = new TextDecoder(decoderLabel(encoding), { ignoreBOM: false });
    const reader = new CsvRowReader(delimiter);
    let replacements = 0;
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
      const buffer = chunk as Buffer;
      bytes += buffer.length;
      const text = decoder.decode(buffer, { stream: true });
      if (text.includes('\uFFFD')) replacements += text.split('\uFFFD').length - 1;
      const whole = handOff() ? reader.takeWholeRecords(text) : null;
      if (whole) {
        yield whole;
        continue;
      }
      const records = reader.push(text);
      if (records.length) yield { records };
    }
    const tail = reader.end(reader.push(decoder.decode()));
    if (tail.length) yield { records: tail };
    if (replacements > 0 && encoding !== 'gb18030') {
      throw fileError(
        'file_bad_bytes',
        { file: fileName, count: replacements, encoding },
        `${replacements} byte sequences are not valid ${encoding}; the file may be damaged.`,
      );
    }
  };
  return {
    encoding,
    delimiter,
    size,
    bytesRead: () => bytes,
    pieces,
    batches: async function* () {
      for await (const piece of pieces(() => false)) if ('records' in piece) yield piece.records;
    },
  };
};

/** Parses records another reader cut off whole (CsvRowReader.takeWholeRecords), numbering them from `firstRow`. */
export const parseWholeRecords = (text: string, firstRow: number, delimiter: string): CsvRecord[] => {
  const reader = new CsvRowReader(delimiter).startAfterRow(firstRow - 1);
  return reader.end(reader.push(text));
};
