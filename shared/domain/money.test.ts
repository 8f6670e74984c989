import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToYuanText, parseYuanToFen } from './money';

describe('money in fen', () => {
  it('reads the ways an export writes a price exactly', () => {
    expect(parseYuanToFen('39.90')).toBe(3990);
    expect(parseYuanToFen('¥39.90')).toBe(3990);
    expect(parseYuanToFen('￥39.9')).toBe(3990);
    expect(parseYuanToFen('39.9')).toBe(3990);
    expect(parseYuanToFen('39')).toBe(3900);
    expect(parseYuanToFen('1,299.00')).toBe(129900);
    expect(parseYuanToFen('0.07')).toBe(7);
    expect(parseYuanToFen('-5.10')).toBe(-510);
  });

  it('refuses what is not an amount rather than guessing', () => {
    for (const bad of ['', 'abc', '2.6073E+20', '39.905', '39..9', '¥', '1e3', '3 9.90']) {
      expect(parseYuanToFen(bad), bad).toBeNull();
    }
  });

  it('round-trips every fen value without floating-point drift', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (fen) => {
        expect(parseYuanToFen(fenToYuanText(fen))).toBe(fen);
      }),
    );
  });
});
