import { describe, expect, it } from 'vitest';
import { code128BModules, code128BSymbols, code128Widths, isCode128BText } from './code128';

describe('Code 128 set B', () => {
  it('has 107 distinct symbols of 11 modules (the stop 13), each with an even bar width sum', () => {
    expect(code128Widths).toHaveLength(107);
    expect(new Set(code128Widths).size).toBe(107);
    code128Widths.forEach((w, i) => {
      const digits = [...w].map(Number);
      expect(digits.reduce((a, b) => a + b, 0)).toBe(i === 106 ? 13 : 11);
      const bars = digits.filter((_, k) => k % 2 === 0).reduce((a, b) => a + b, 0);
      expect(bars % 2).toBe(0);
    });
  });

  it('matches the published module strings of known symbols (an independent transcription)', () => {
    // From the standard's table as printed in module form (1 = bar): value 0 (space), 1 (!), 3 (#), start B, stop.
    const known: Record<number, string> = {
      0: '11011001100',
      1: '11001101100',
      2: '11001100110',
      3: '10010011000',
      4: '10010001100',
      104: '11010010000',
      105: '11010011100',
      106: '1100011101011',
    };
    for (const [value, modules] of Object.entries(known)) {
      const w = code128Widths[Number(value)]!;
      expect([...w].map((d, i) => (i % 2 === 0 ? '1' : '0').repeat(Number(d))).join(''), `value ${value}`).toBe(modules);
    }
  });

  it('encodes a lot code with the modulo-103 weighted check symbol', () => {
    // PJJ123C: 104 + 48·1 + 42·2 + 42·3 + 17·4 + 18·5 + 19·6 + 35·7 = 879; 879 mod 103 = 55.
    expect(code128BSymbols('PJJ123C')).toEqual([104, 48, 42, 42, 17, 18, 19, 35, 55, 106]);
    const modules = code128BModules('L2605A');
    expect(modules.startsWith('11010010000')).toBe(true);
    expect(modules.endsWith('1100011101011')).toBe(true);
    expect(modules).toHaveLength(11 * (1 + 6 + 1) + 13);
  });

  it('refuses text outside printable ASCII', () => {
    expect(isCode128BText('批次1')).toBe(false);
    expect(isCode128BText('')).toBe(false);
    expect(() => code128BSymbols('批次')).toThrow();
  });
});
