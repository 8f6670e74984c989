import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RepeatDetector } from './repeat-detector';

const seenTwice = (keys: readonly string[]) => {
  const detector = new RepeatDetector();
  for (const key of keys) detector.see(key);
  return detector.repeated;
};

describe('RepeatDetector', () => {
  it('finds no repeat among 300,000 distinct order numbers (the table grows many times)', () => {
    const keys = Array.from({ length: 300_000 }, (_, i) => `2608${String(i % 28).padStart(2, '0')}-${String(100000000000000 + i * 7919)}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(seenTwice(keys)).toBe(false);
  });

  it('finds a key seen again, however far apart the two sightings are', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `260801-${100000000000000 + i}`);
    expect(seenTwice([...keys, keys[0] as string])).toBe(true);
    expect(seenTwice([keys[99_999] as string, ...keys])).toBe(true);
  });

  it('tells keys apart that differ only in order, case or a trailing character', () => {
    expect(seenTwice(['ab', 'ba', 'AB', 'ab ', 'a', ''])).toBe(false);
    expect(seenTwice(['', ''])).toBe(true);
  });

  it('answers exactly what a Set of the keys answers', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), (keys) => {
        expect(seenTwice(keys)).toBe(new Set(keys).size < keys.length);
      }),
      { numRuns: 500 },
    );
  });
});
