import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRowReader } from './csv-rows';

const readAll = (chunks: string[], delimiter = ',') => {
  const reader = new CsvRowReader(delimiter, 1000);
  const out = chunks.flatMap((c) => reader.push(c));
  return reader.end(out);
};

const encode = (rows: string[][]) =>
  rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n') + '\r\n';

describe('CsvRowReader', () => {
  it('reads quoted commas, doubled quotes, newlines, CRLF/LF and a missing final newline', () => {
    const rows = readAll(['a,"b,1","say ""hi""\nthere"\r\nx,y', ',z\nlast,row']);
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b,1', 'say "hi"\nthere'] },
      { row: 2, cells: ['x', 'y', 'z'] },
      { row: 3, cells: ['last', 'row'] },
    ]);
  });

  it('reports an unclosed quote and an oversized row without losing the rows after it', () => {
    expect(readAll(['a,b\n"open,c\n'])).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['open,c\n'], problem: 'unterminated_quote' },
    ]);
    const big = 'x'.repeat(5000);
    expect(readAll(['a\n', big.slice(0, 2000), big.slice(2000), '\nb\n'])).toEqual([
      { row: 1, cells: ['a'] },
      { row: 2, cells: [], problem: 'row_too_long' },
      { row: 3, cells: ['b'] },
    ]);
  });

  it('round-trips any table, however the text is split into chunks', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' ', '1'), maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        (rows, cuts) => {
          const text = encode(rows);
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const chunks: string[] = [];
          let last = 0;
          for (const p of points) {
            chunks.push(text.slice(last, p));
            last = p;
          }
          chunks.push(text.slice(last));
          expect(readAll(chunks).map((r) => r.cells)).toEqual(rows);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads raw text the same however it is split: quotes inside unquoted fields, lone CRs, blank lines', () => {
    expect(readAll(['a,b"c,d\r\ne,"f",g\rh\n\n"i"x,j'])).toEqual([
      { row: 1, cells: ['a', 'b"c', 'd'] },
      { row: 2, cells: ['e', 'f', 'g'] },
      { row: 3, cells: ['h'] },
      { row: 4, cells: [''] },
      { row: 5, cells: ['ix', 'j'] },
    ]);
    const text = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' '), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 5 }), (raw, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (raw.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((from, k) => raw.slice(from, points[k] ?? raw.length));
        expect(readAll(chunks)).toEqual(readAll([raw]));
      }),
      { numRuns: 5000 },
    );
  });
});
