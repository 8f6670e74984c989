/**
 * Import files, whichever way they arrive (the browser's upload route or Electron main): their size limits,
 * display names, and how Electron hands a dropped file over. Free of zod and of Node modules, so the sandboxed
 * preload, Electron main and the page can import it too.
 */

/** The contract method whose input carries a File, not JSON: the preload turns it into the file's path. */
export const takeFileMethod = 'uploads.takeFile';

/**
 * The details of the backend's answer to `uploads.takeFile` once input and role have passed: main copies the file
 * only on an answer carrying exactly this, never on another UNAVAILABLE (a stopped backend, a busy database).
 */
export const takeFileHandOver = { handOver: 'main' } as const;

/**
 * The largest import file accepted. A busy shop's year of orders is about a million lines: ~235 MB as the back
 * office's GB18030 CSV, more as UTF-8. CSV is streamed (memory does not grow with the file), so the limit is about
 * disk space and time, not memory. 1 GiB leaves room for a few such years in one file.
 */
export const maxUploadBytes = 1024 * 1024 * 1024;

/**
 * XLSX is zipped and its shared strings are held while the sheet is read (~0.6 MB per 1,000 rows of an export),
 * so it keeps the old, lower limit. A sheet at Excel's 1,048,576-row maximum is well under it. It bounds the zipped
 * size only: it does not stop a zip bomb. Larger exports go through CSV, which is streamed.
 */
export const maxXlsxBytes = 200 * 1024 * 1024;

const mebibyte = 1024 * 1024;
const gibibyte = 1024 * mebibyte;

/** A limit as people read it: "1 GB", "200 MB". */
export const sizeLimitLabel = (bytes = maxUploadBytes): string =>
  bytes >= gibibyte && bytes % gibibyte === 0 ? `${bytes / gibibyte} GB` : `${Math.round(bytes / mebibyte)} MB`;

/** What both transports answer for a file over the limit. */
export const tooLargeMessage = (limit = maxUploadBytes): string =>
  `The file is larger than ${sizeLimitLabel(limit)}; split the export into smaller date ranges.`;

/** The parameters of the `file_too_large` reason (the page words it). */
export const tooLargeParams = (limit = maxUploadBytes) => ({ max: sizeLimitLabel(limit) });

/** An .xlsx name (the page checks it before sending; the preview checks the bytes themselves). */
export const isXlsxName = (name: string): boolean => /\.xlsx$/i.test(name);

/** What the page and the preview answer for an XLSX over its limit. */
export const xlsxTooLargeMessage = (fileName: string): string =>
  `${fileName}: this XLSX file is larger than ${sizeLimitLabel(maxXlsxBytes)}, the most an XLSX sheet is read at; save it as CSV (up to ${sizeLimitLabel()}) and import that.`;

/** The parameters of the `file_xlsx_too_large` reason (the page words it). */
export const xlsxTooLargeParams = (fileName: string) => ({ file: fileName, max: sizeLimitLabel(maxXlsxBytes), csvMax: sizeLimitLabel() });

/** Keeps only a display name: no folders, no control characters, at most 200 characters. */
export const cleanFileName = (name: string): string =>
  (name.replace(/\\/g, '/').split('/').pop() ?? '').replace(/[\u0000-\u001f]/g, '').slice(0, 200) || 'file';
