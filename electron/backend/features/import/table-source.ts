import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { AppError } from '../../../../shared/contract/errors';
import { CsvRowReader, type CsvRecord } from './csv-rows';

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

const fileError = (fileName: string, message: string) => new AppError('VALIDATION', `${fileName}: ${message}`, { file: fileName });

const readHead = (path: string, bytes: number): Buffer => {
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
  const counts = new Map<string, number>([[',', 0], ['\t', 0], [';', 0]]);
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

export const openTableSource = (path: string, fileName: string): TableSource => {
  const size = statSync(path).size;
  if (size === 0) throw fileError(fileName, 'the file is empty.');
  const head = readHead(path, 64 * 1024);
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return openXlsx(path, fileName, size);
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw fileError(fileName, 'this is an old Excel 97 (.xls) file; save it as .xlsx or CSV and import that.');
  }
  const encoding = detectEncoding(head);
  const headText = new TextDecoder(decoderLabel(encoding)).decode(head);
  if (looksBinary(headText)) throw fileError(fileName, `this is not a CSV or XLSX table (unreadable bytes as ${encoding}).`);
  const delimiter = detectDelimiter(headText.replace(/^\uFEFF/, ''));
  let bytes = 0;
  return {
    encoding,
    delimiter,
    size,
    bytesRead: () => bytes,
    batches: async function* () {
      const decoder = new TextDecoder(decoderLabel(encoding), { ignoreBOM: false });
      const reader = new CsvRowReader(delimiter);
      let replacements = 0;
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
        const buffer = chunk as Buffer;
        bytes += buffer.length;
        const text = decoder.decode(buffer, { stream: true });
        if (text.includes('\uFFFD')) replacements += text.split('\uFFFD').length - 1;
        const records = reader.push(text);
        if (records.length) yield records;
      }
      const tail = reader.end(reader.push(decoder.decode()));
      if (tail.length) yield tail;
      if (replacements > 0 && encoding !== 'gb18030') {
        throw fileError(fileName, `${replacements} byte sequences are not valid ${encoding}; the file may be damaged.`);
      }
    },
  };
};

/** XLSX cells as the text a CSV export would hold; dates print as China wall-clock time. */
const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // A number too long to be exact (Excel turned an order number into a float) prints as 2.6073e+20, which the
  // row rules reject; shorter integers (tracking numbers) stay their digits.
  if (typeof value === 'number') return Math.abs(value) >= 1e15 ? value.toExponential() : String(value);
  if (typeof value === 'boolean') return String(value);
  // Excel stores wall-clock time; exceljs hands it over as that clock read as UTC.
  if (value instanceof Date) return value.toISOString().slice(0, 19).replace('T', ' ');
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return '';
};

const openXlsx = (path: string, fileName: string, size: number): TableSource => {
  let rowsSeen = 0;
  return {
    encoding: 'xlsx',
    delimiter: '',
    size,
    // The workbook reader does not expose bytes; rows are the better measure, and the zip is ~10x smaller anyway.
    bytesRead: () => Math.min(size, rowsSeen * 30),
    batches: async function* () {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit' });
      let batch: CsvRecord[] = [];
      try {
        for await (const sheet of reader) {
          for await (const row of sheet) {
            const values = row.values as ExcelJS.CellValue[];
            const cells: string[] = [];
            for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
            batch.push({ row: row.number, cells });
            rowsSeen += 1;
            if (batch.length >= 2000) {
              yield batch;
              batch = [];
            }
          }
          break; // the first sheet holds the export
        }
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw fileError(fileName, `the XLSX file cannot be read (${error instanceof Error ? error.message : String(error)}).`);
      }
      if (batch.length) yield batch;
    },
  };
};
