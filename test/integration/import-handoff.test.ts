import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { expect, it } from 'vitest';
import { builtinPresets, matchPreset } from '../../shared/domain/import-presets';
import { readInWorker, type ReadWorkerInput } from '../../electron/backend/features/imports/read-rows';
import { lineWidth, rejectWidth, skuWidth, type Cell } from '../../electron/backend/features/imports/row-stager';
import { makeTempDir } from '../support/backend';
import { generateOrderExport, pddOrderHeader } from '../support/pdd-order-export';

/**
 * The read worker hands chunks of whole records to the backend's thread to parse whenever that thread is idle
 * (read-worker.ts). Which chunks go must never change what is staged: here every chunk that can go does
 * ('always') and none does ('never'), over an export with the dirt real files have, and the staged rows,
 * rejects, skipped rows and first-seen SKUs must be the same.
 */
const dirtyExport = async (dir: string): Promise<string> => {
  const clean = join(dir, 'clean.csv');
  await generateOrderExport(clean, 20_000);
  const lines = iconv.decode(readFileSync(clean), 'gb18030').split('\r\n');
  const base = lines[1] as string; // a row without quoted fields, so its cells split on commas
  const withCells = (edit: (cells: string[]) => void) => {
    const cells = base.split(',');
    edit(cells);
    return cells.join(',');
  };
  const dirt: Record<number, string> = {
    900: '',
    1800: '合计,,,,,,,,,,,,,,,,,,,,,,,,,,,',
    2700: withCells((c) => (c[1] = '2.6073E+20')),
    3600: withCells((c) => (c[3] = '39.9.0')),
    4500: withCells((c) => ((c[1] = '260801-999999999999901'), (c[17] = 'LATE-SKU'))),
    5400: `"退货说明\r\n多行",${base
      .split(',')
      .slice(1)
      .join(',')
      .replace('260801', '260802')
      .replace(/-\d{15}/, '-999999999999902')}`,
    9000: withCells((c) => ((c[1] = '260801-999999999999903'), (c[17] = 'LATE-SKU'))),
    12000: '  ,  ,',
  };
  const out = lines.flatMap((line, i) => (dirt[i] !== undefined ? [dirt[i], line] : [line]));
  // A lone CR as one line end, as old Mac exports have.
  const loneCrBefore = lines[20] as string;
  const text = out.join('\r\n').replace(`\r\n${loneCrBefore}\r\n`, `\r${loneCrBefore}\r\n`);
  expect(text).toContain(`\r${loneCrBefore}`);
  const file = join(dir, 'dirty.csv');
  writeFileSync(file, text, 'utf8');
  return file;
};

const collect = async (input: ReadWorkerInput) => {
  const all = { lines: [] as Cell[], rejects: [] as Cell[], skus: [] as Cell[], dataRows: 0, skippedRows: 0 };
  for await (const batch of readInWorker(input)) {
    for (const v of batch.lines) all.lines.push(v);
    for (const v of batch.rejects) all.rejects.push(v);
    for (const v of batch.skus) all.skus.push(v);
    all.dataRows += batch.dataRows;
    all.skippedRows += batch.skippedRows;
  }
  return all;
};

/** Flat rows of `width` cells. */
const rows = (flat: Cell[], width: number) => Array.from({ length: flat.length / width }, (_, i) => flat.slice(i * width, (i + 1) * width));
/** What staging keeps of the SKU notes (staging.ts finish): the first line's note per SKU code. */
const firstSkus = (flat: Cell[]) => {
  const first = new Map<Cell, Cell[]>();
  for (const sku of rows(flat, skuWidth)) {
    const seen = first.get(sku[0] ?? null);
    if (!seen || (seen[6] as number) > (sku[6] as number)) first.set(sku[0] ?? null, sku);
  }
  return [...first.values()].sort((a, b) => (a[6] as number) - (b[6] as number));
};

it('staged rows, rejects, skipped rows and first-seen SKUs are the same whichever chunks the worker hands off', async () => {
  const file = await dirtyExport(makeTempDir());
  const columns = matchPreset(builtinPresets[0]!, pddOrderHeader.split(',')).columns;
  const input = (handOff: 'always' | 'never'): ReadWorkerInput => ({
    path: file,
    fileName: 'dirty.csv',
    kind: 'orders',
    columns,
    headerRow: 1,
    batchRows: 500,
    delimiter: ',',
    handOff,
  });
  const never = await collect(input('never'));
  const always = await collect(input('always'));

  expect(never.dataRows).toBe(20_000 + 5);
  expect(never.skippedRows).toBe(3);
  expect(rows(never.rejects, rejectWidth).map((r) => r[3])).toEqual(['scientific_notation', 'bad_amount']);
  expect(rows(never.lines, lineWidth).some((line) => line[6] === '退货说明\r\n多行')).toBe(true);

  expect(always.dataRows).toBe(never.dataRows);
  expect(always.skippedRows).toBe(never.skippedRows);
  expect(always.lines).toEqual(never.lines);
  expect(always.rejects).toEqual(never.rejects);
  // Both threads noted the SKUs new to them (proof that chunks were handed off), and the first notes agree.
  expect(always.skus.length).toBeGreaterThan(never.skus.length);
  expect(firstSkus(always.skus)).toEqual(firstSkus(never.skus));
  expect(firstSkus(never.skus).map((s) => s[0])).toContain('LATE-SKU');
});
