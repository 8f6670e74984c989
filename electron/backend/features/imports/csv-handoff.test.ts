import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRowReader, type CsvRecord } from './csv-rows';
import { parseWholeRecords } from './csv-source';

/**
 * The read worker may hand chunks of whole records to the backend's thread unparsed (takeWholeRecords), which
 * parses them with a fresh reader (parseWholeRecords). Whatever is handed off, and whenever, the records must be
 * exactly those one reader would have produced.
 */
const readWithHandOffs = (chunks: string[], handOff: boolean[], maxRowChars = 1000): CsvRecord[] => {
  const reader = new CsvRowReader(',', maxRowChars);
  const out: CsvRecord[] = [];
  chunks.forEach((chunk, k) => {
    const whole = handOff[k % Math.max(1, handOff.length)] ? reader.takeWholeRecords(chunk) : null;
    if (whole) out.push(...parseWholeRecords(whole.text, whole.firstRow, ','));
    else reader.push(chunk, out);
  });
  return reader.end(out);
};
const readPlain = (chunks: string[], maxRowChars = 1000) => readWithHandOffs(chunks, [false], maxRowChars);

const split = (text: string, cuts: number[]) => {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((from, k) => text.slice(from, points[k] ?? text.length));
};

describe('CsvRowReader.takeWholeRecords', () => {
  it('cuts after the last complete record, numbering from the next row, and keeps the rest', () => {
    const reader = new CsvRowReader(',');
    expect(reader.push('h1,h2\n')).toHaveLength(1);
    expect(reader.takeWholeRecords('a,"b\nc"\r\nd,e\rf,"g')).toEqual({ text: 'a,"b\nc"\r\nd,e\r', firstRow: 2 });
    expect(reader.end(reader.push('"\n'))).toEqual([{ row: 4, cells: ['f', 'g'] }]);
  });

  it('hands nothing off while a record is incomplete: an open quote, a CR that an LF may follow, a closing quote at the end', () => {
    for (const text of ['a,"b\nc', 'a,b\r', 'a,"b"']) expect(new CsvRowReader(',').takeWholeRecords(text)).toBeNull();
  });

  it('reads exactly what one reader reads, whatever is handed off: quotes, doubled quotes, quoted breaks, lone CRs, text after a closing quote', () => {
    const raw = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' '), maxLength: 80 });
    fc.assert(
      fc.property(
        raw,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
        (text, cuts, handOff) => {
          const chunks = split(text, cuts);
          expect(readWithHandOffs(chunks, handOff)).toEqual(readPlain(chunks));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('reads oversized records the same way (reported once, the rows after them kept)', () => {
    const raw = fc.string({ unit: fc.constantFrom('x', ',', '"', '\n', '\r'), maxLength: 120 });
    fc.assert(
      fc.property(
        raw,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        (text, cuts, handOff) => {
          const chunks = split(text, cuts);
          expect(readWithHandOffs(chunks, handOff, 8)).toEqual(readPlain(chunks, 8));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
