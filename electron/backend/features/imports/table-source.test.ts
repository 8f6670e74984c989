import { closeSync, ftruncateSync, mkdtempSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxXlsxBytes } from '../../../../shared/domain/uploads';
import { openTableSource } from './table-source';

/** A sparse file: `size` bytes long, starting with `head`, taking no disk space. */
const sparseFile = (name: string, head: Buffer, size: number): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'rl-source-')), name);
  const fd = openSync(path, 'w');
  writeSync(fd, head);
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
};
const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

describe('openTableSource size rules', () => {
  it('refuses an XLSX over its limit before unzipping anything, and says to use CSV', () => {
    const path = sparseFile('orders.xlsx', zipMagic, maxXlsxBytes + 1);
    expect(() => openTableSource(path, 'orders.xlsx')).toThrow(
      'orders.xlsx: this XLSX file is larger than 200 MB, the most an XLSX sheet is read at; save it as CSV (up to 1 GB) and import that.',
    );
  });

  it('opens an XLSX at the limit (reading it is what fails, as for any damaged workbook)', () => {
    const path = sparseFile('orders.xlsx', zipMagic, maxXlsxBytes);
    expect(openTableSource(path, 'orders.xlsx').encoding).toBe('xlsx');
  });
});
