import fc from 'fast-check';
import { expect, it } from 'vitest';
import { fastChinaTime, fastYuanToFen } from './import-rows';
import { parseChinaTime } from './time';
import { parseYuanToFen } from './money';
it('x', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 4102444800000 }), (ms) => {
    const d = new Date(ms); const p = (n: number) => String(n).padStart(2, '0');
    const t = `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
    expect(fastChinaTime(t)).toBe(parseChinaTime(t));
  }), { numRuns: 20000 });
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom('0','1','9','.','-','¥','a',' '), maxLength: 10 }), (t) => {
    expect(fastYuanToFen(t)).toBe(parseYuanToFen(t));
  }), { numRuns: 20000 });
  for (const t of ['2026-02-29 00:00:00','2024-02-29 23:59:59','2026-13-01 00:00:00','2026-04-31 00:00:00']) expect(fastChinaTime(t)).toBe(parseChinaTime(t));
});
