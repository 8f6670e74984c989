import { describe, expect, it } from 'vitest';
import { chinaTime, printable, yuan } from './pack-document';
import { planPhotos } from './pack-photos-plan';
import { fill } from './pack-words';

describe('evidence pack text', () => {
  it('strips bidi overrides and control characters (the font has no glyph for them: each would print as a blank box)', () => {
    expect(printable('退款\u202Egnp.exe\u202C 好\u2067x\u2069\u200F\u0007\r\nok')).toBe('退款gnp.exe 好x\nok');
    expect(printable('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(printable(null)).toBe('');
  });

  it('prints China time and yuan', () => {
    expect(chinaTime(Date.UTC(2026, 10, 19, 16, 5))).toBe('2026-11-20 00:05');
    expect(chinaTime(null)).toBe('—');
    expect(yuan(3990)).toBe('¥39.90');
  });

  it('fills placeholders and leaves a missing one empty rather than printing a code', () => {
    expect(fill('{{a}} 与 {{b}}', { a: 1 })).toBe('1 与 ');
  });

  it('upgrades photos from thumbnail to original, smallest first, while the budget lasts', () => {
    const mb = 1024 * 1024;
    const plan = planPhotos(
      [
        { id: 'big', mime: 'image/png', sizeBytes: 5 * mb, thumbBytes: 20_000 },
        { id: 'a', mime: 'image/jpeg', sizeBytes: 1 * mb, thumbBytes: 20_000 },
        { id: 'b', mime: 'image/jpeg', sizeBytes: 2 * mb, thumbBytes: 20_000 },
        { id: 'webp', mime: 'image/webp', sizeBytes: 100_000, thumbBytes: 20_000 },
        { id: 'noThumb', mime: 'image/webp', sizeBytes: 100_000, thumbBytes: null },
      ],
      4 * mb,
    );
    expect(Object.fromEntries(plan)).toEqual({ big: 'thumb', a: 'full', b: 'full', webp: 'thumb', noThumb: 'none' });
  });
});
