import { statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { AppError } from '../../../../shared/contract/errors';
import { maxXlsxBytes, xlsxTooLargeMessage, xlsxTooLargeParams } from '../../../../shared/domain/uploads';
import type { CsvRecord } from './csv-rows';
import { fileError, openCsvSource, readHead, type TableSource } from './csv-source';

export type { Encoding, TableSource } from './csv-source';
export { detectDelimiter, detectEncoding } from './csv-source';

export const openTableSource = (path: string, fileName: string): TableSource => {
  const size = statSync(path).size;
  if (size === 0) throw fileError('file_empty', { file: fileName }, 'the file is empty.');
  const head = readHead(path, 64 * 1024);
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    if (size > maxXlsxBytes) {
      throw new AppError('VALIDATION', 'file_xlsx_too_large', xlsxTooLargeParams(fileName), xlsxTooLargeMessage(fileName), {
        file: fileName,
      });
    }
    return openXlsx(path, fileName, size);
  }
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw fileError('file_xls_old', { file: fileName }, 'this is an old Excel 97 (.xls) file; save it as .xlsx or CSV and import that.');
  }
  return openCsvSource(path, fileName, head, size);
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
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
        sharedStrings: 'cache',
        hyperlinks: 'ignore',
        styles: 'cache',
        worksheets: 'emit',
      });
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
        throw fileError(
          'file_xlsx_unreadable',
          { file: fileName },
          `the XLSX file cannot be read (${error instanceof Error ? error.message : String(error)}).`,
        );
      }
      if (batch.length) yield batch;
    },
  };
};
