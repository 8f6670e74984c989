import ExcelJS from 'exceljs';

/** A list as the user sees it: localized headers and display-ready cells. */
export interface ExportTable {
  sheetName: string;
  columns: { key: string; header: string; width?: number }[];
  rows: Record<string, string | number | null | undefined>[];
}

/**
 * Spreadsheet apps run a cell that starts with = + - @ (or a tab/CR) as a formula: a buyer's name or a
 * reason text could carry one. Such text cells get a leading apostrophe; real numbers stay numbers.
 */
const escapeFormula = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const cellText = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : escapeFormula(value);

/** A row's own value for a column: a key such as `toString` or `__proto__` must not reach Object.prototype. */
const cellOf = (row: ExportTable['rows'][number], key: string) => (Object.hasOwn(row, key) ? row[key] : undefined);

const csvField = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** UTF-8 with a BOM, so Excel on a Chinese Windows shows the characters instead of mojibake. */
export const toCsv = (table: ExportTable): Buffer => {
  const lines = [table.columns.map((c) => csvField(escapeFormula(c.header))).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvField(cellText(cellOf(row, c.key)))).join(','));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8')]);
};

/** Cuts a string to at most `max` UTF-16 units without splitting a surrogate pair. */
const cutTo = (text: string, max: number): string => {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
};

/**
 * Excel refuses a sheet name with * ? : \ / [ ], longer than 31 characters, starting or ending with an
 * apostrophe, empty, or "History" (and exceljs throws on the same): the name a user typed is cleaned to fit.
 */
export const excelSheetName = (name: string, fallback = 'Sheet1'): string => {
  const replaced = name.replace(/[\u0000-\u001f\u007f*?:\\/[\]]/g, '_');
  const trimEnds = (text: string) => text.replace(/^[\s']+|[\s']+$/g, '');
  const cleaned = trimEnds(cutTo(trimEnds(replaced), 31));
  if (!cleaned) return fallback;
  return cleaned.toLowerCase() === 'history' ? `${cleaned}_` : cleaned;
};

/**
 * A file name from user text: no path separators, no characters Windows refuses, no whitespace or control
 * characters, no leading dots (hidden files, `..`), no trailing dot, not a Windows device name, at most 60 characters.
 */
export const safeFileBaseName = (name: string, fallback = 'export'): string => {
  const replaced = name.replace(/[\u0000-\u001f\u007f\\/:*?"<>|\s]+/g, '_');
  const trimEnds = (text: string) => text.replace(/^[._]+|[._]+$/g, '');
  const cleaned = trimEnds(cutTo(trimEnds(replaced), 60));
  if (!cleaned) return fallback;
  return /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(cleaned) ? cutTo(`_${cleaned}`, 60) : cleaned;
};

const addSheet = (workbook: ExcelJS.Workbook, table: ExportTable) => {
  const sheet = workbook.addWorksheet(excelSheetName(table.sheetName));
  // Rows go in by position, not by key: exceljs keeps column keys in plain objects, where a key such as
  // `toString` (analytics.exportTable takes its keys from the page) broke the file.
  sheet.columns = table.columns.map((c) => ({ header: escapeFormula(c.header), width: c.width ?? 16 }));
  for (const row of table.rows) {
    sheet.addRow(
      table.columns.map((c) => {
        const value = cellOf(row, c.key);
        return typeof value === 'number' ? value : cellText(value);
      }),
    );
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
};

/** Several lists as the sheets of one workbook (sheet names must differ after cleaning). */
export const toXlsxBook = async (tables: readonly ExportTable[]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ReturnLens';
  for (const table of tables) addSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

export const toXlsx = (table: ExportTable): Promise<Buffer> => toXlsxBook([table]);

export const exportMime = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
