import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseReader, caseFields, OrderLineReader, orderLineFields, readCase, readOrderLine } from './import-row-readers';

/** Cells that exercise every rule: valid values, blanks, padding, scientific notation, bad amounts and times. */
const cell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '-',
    '0',
    '3',
    '12345678',
    '39.90',
    ' 39.90 ',
    '¥47.70',
    '1,234.50',
    '-3.00',
    'abc',
    '2.6073E+20',
    '7.59099e13',
    '260730-590830166131860',
    '260730',
    'CUP-WH',
    '#bad',
    '517733020',
    '2026-07-30 06:50:00',
    '2026-02-30 00:00:00',
    '2026/07/30',
    '已签收',
    '已取消',
    '换货',
    '仅退款',
    '以旧换新',
    '已同意退货退款，待用户发货',
    '七天无理由退货',
    '862240019582',
    '中通快递',
  ),
  fc.string({ maxLength: 6 }),
);

const fresh = <T>(make: () => { read(row: readonly string[]): boolean; record: T; rejects: unknown[] }, row: readonly string[]) => {
  const reader = make();
  return reader.read(row) ? { ok: true, value: { ...reader.record } } : { ok: false, rejects: [...reader.rejects] };
};

describe('compiled row readers', () => {
  it('a reader reused row after row answers each row as a new reader would (nothing carries over)', () => {
    const columns = (fields: readonly string[]) => Object.fromEntries(fields.map((field, i) => [field, i]));
    const lines = new OrderLineReader(columns(orderLineFields));
    const cases = new CaseReader(columns(caseFields));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 22, maxLength: 22 }), { minLength: 1, maxLength: 5 }), (rows) => {
        for (const row of rows) {
          const line = lines.read(row) ? { ok: true, value: { ...lines.record } } : { ok: false, rejects: [...lines.rejects] };
          expect(line).toEqual(fresh(() => new OrderLineReader(columns(orderLineFields)), row));
          const kase = cases.read(row) ? { ok: true, value: { ...cases.record } } : { ok: false, rejects: [...cases.rejects] };
          expect(kase).toEqual(fresh(() => new CaseReader(columns(caseFields)), row));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('fields are read from their columns in any layout; unmapped fields and short rows read as empty cells', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...orderLineFields), cell), fc.integer({ min: 0, max: 5 }), (values, extra) => {
        // A layout with the mapped fields in shuffled columns after `extra` unmapped ones, the row cut short after the last mapped one.
        const fields = Object.keys(values).sort(
          (a, b) => ((a.length * 31 + a.charCodeAt(0)) % 7) - ((b.length * 31 + b.charCodeAt(0)) % 7),
        );
        const columns = Object.fromEntries(fields.map((field, i) => [field, extra + i]));
        const row = [...Array<string>(extra).fill('不相关'), ...fields.map((field) => values[field] ?? '')];
        const viaColumns = fresh(() => new OrderLineReader(columns), row);
        expect(viaColumns).toEqual(readOrderLine((field) => values[field] ?? ''));
      }),
      { numRuns: 3000 },
    );
  });

  it('readOrderLine and readCase answer copies: reading the next row does not change an earlier answer', () => {
    const first = readOrderLine(
      (field) => ({ orderNumber: '260730-590830166131860', status: '已签收', quantity: '1', skuCode: 'A-1' })[field] ?? '',
    );
    const snapshot = structuredClone(first);
    readOrderLine((field) => ({ orderNumber: '260731-590830166131861', status: '已取消', quantity: '2', skuCode: 'B-2' })[field] ?? '');
    expect(first).toEqual(snapshot);
    const bad = readCase(() => '');
    const badSnapshot = structuredClone(bad);
    readCase((field) => (field === 'caseNumber' ? '2.6E+11' : ''));
    expect(bad).toEqual(badSnapshot);
    expect(bad.ok).toBe(false);
  });
});
