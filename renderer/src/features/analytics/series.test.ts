import { describe, expect, it } from 'vitest';
import { parseUnicodeRange } from './embed-fonts';
import { capKeys, orderedKeys, otherKey, seriesInfo } from './series';

describe('capKeys', () => {
  const defects = Array.from({ length: 12 }, (_, i) => `d${i}`);
  it('keeps the largest defect types, merges the rest into one segment, finding categories last', () => {
    const keys = [...defects, 'no_defect', 'not_inspected'];
    expect(capKeys(keys, 8)).toEqual({ shown: [...defects.slice(0, 8), otherKey, 'no_defect', 'not_inspected'], merged: defects.slice(8) });
  });
  it('draws a single leftover type as itself instead of an "other" of one', () => {
    expect(capKeys([...defects.slice(0, 9), 'no_defect'], 8)).toEqual({ shown: [...defects.slice(0, 9), 'no_defect'], merged: [] });
  });
  it('follows orderedKeys: largest totals first', () => {
    const totals = Object.fromEntries(defects.map((k, i) => [k, i + 1]));
    const { shown, merged } = capKeys(orderedKeys({ ...totals, no_defect: 1000 }), 3);
    expect(shown).toEqual(['d11', 'd10', 'd9', otherKey, 'no_defect']);
    expect(merged).toHaveLength(9);
  });
});

describe('seriesInfo', () => {
  it('labels and colours the merged segment', () => {
    const info = seriesInfo([{ key: 'd1', label: { zh: '脏污', en: 'Dirt' } }], 'en-US', 'Other defect types');
    expect(info.label(otherKey)).toBe('Other defect types');
    expect(info.label('d1')).toBe('Dirt');
    expect(info.color(otherKey)).not.toBe(info.color('d1'));
  });
});

describe('parseUnicodeRange', () => {
  it('reads single code points, ranges and wildcards', () => {
    expect(parseUnicodeRange('U+4e00-9fff, U+ff0c,u+4??')).toEqual([
      [0x4e00, 0x9fff],
      [0xff0c, 0xff0c],
      [0x400, 0x4ff],
    ]);
    expect(parseUnicodeRange('')).toEqual([]);
  });
});
