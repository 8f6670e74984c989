import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCase, readOrderLine } from './import-row-readers';
import { cellKind, CellKind, fastChinaTime, fastYuanToFen, isScientificNotation, isSkippableRow, quickCellKind } from './import-rows';
import { parseYuanToFen } from './money';
import { parseChinaTime } from './time';

const p2 = (n: number) => String(n).padStart(2, '0');

describe('the fast paths agree with the shared parsers', () => {
  it('China time, for every second from 1970 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4102444800000 }), (ms) => {
        const d = new Date(ms);
        const text = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
        expect(fastChinaTime(text)).toBe(parseChinaTime(text));
      }),
      { numRuns: 20000 },
    );
    for (const text of [
      '2026-02-29 00:00:00',
      '2024-02-29 23:59:59',
      '2026-13-01 00:00:00',
      '2026-04-31 00:00:00',
      '2026-07-30 24:00:00',
    ]) {
      expect(fastChinaTime(text)).toBe(parseChinaTime(text));
    }
  });

  it('yuan amounts', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('0', '1', '9', '.', '-', '¥', 'a', ' ', ','), maxLength: 12 }), (text) => {
        expect(fastYuanToFen(text)).toBe(parseYuanToFen(text));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('row rules', () => {
  it('scientific notation is recognised; order numbers with dashes are not', () => {
    expect(isScientificNotation('2.6073E+20')).toBe(true);
    expect(isScientificNotation('7.59099e13')).toBe(true);
    expect(isScientificNotation('260730-590830166131860')).toBe(false);
    expect(isScientificNotation('E+20')).toBe(false);
  });

  it('blank and total rows are skipped', () => {
    expect(isSkippableRow(['', ' ', ''])).toBe(true);
    expect(isSkippableRow(['合计', '', '39.90'])).toBe(true);
    expect(isSkippableRow(['总计：', '3'])).toBe(true);
    expect(isSkippableRow(['保温杯', '260730-590830166131860'])).toBe(false);
  });

  it('an order line keeps the order number as text and amounts as exact fen; an unknown status maps to other', () => {
    const cells: Record<string, string> = {
      orderNumber: '260730-590830166131860',
      status: '神秘状态',
      quantity: '3',
      skuCode: 'CASE-IP15',
      goodsTotal: '¥47.70',
      paidAt: '2026-06-08 11:17:00',
    };
    const result = readOrderLine((f) => cells[f] ?? '');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      orderNumber: '260730-590830166131860',
      rawStatus: '神秘状态',
      status: 'other',
      goodsTotalFen: 4770,
      paidAt: Date.UTC(2026, 5, 8, 3, 17),
      productCode: 'SKU-CASE-IP15',
    });
  });

  it('a case maps type, status and reason and rejects an unknown type', () => {
    const cells: Record<string, string> = {
      caseNumber: '862240019582',
      orderNumber: '260730-590830166131860',
      type: '换货',
      status: '已同意退货退款，待用户发货',
      requestedAt: '2026-08-06 03:50:00',
      reason: '七天无理由退货',
    };
    const ok = readCase((f) => cells[f] ?? '');
    expect(ok.ok && ok.value).toMatchObject({ type: 'exchange', status: 'awaiting_return', reasonCategory: 'no_reason_7day', quantity: 1 });
    const bad = readCase((f) => ({ ...cells, type: '以旧换新' })[f] ?? '');
    expect(bad.ok ? [] : bad.rejects).toEqual([{ field: 'type', value: '以旧换新', reason: 'unknown_case_type' }]);
  });
});

/** Texts near the edges of the quick paths: whitespace trim removes, marker first characters, digits and E. */
const edgyText = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      '0',
      '1',
      '9',
      '.',
      '-',
      '+',
      'e',
      'E',
      ' ',
      '\t',
      '\u3000',
      '\u00a0',
      '\ufeff',
      '\u2028',
      'a',
      't',
      'T',
      'o',
      'l',
      '合',
      '计',
      '总',
      '汇',
      ':',
      '：',
      '中',
      '¥',
    ),
    maxLength: 16,
  }),
  fc.constantFrom(
    '合计',
    ' 总计： ',
    'TOTAL:',
    '汇总',
    '      合计      ',
    '\u3000合计',
    '2.6073E+20',
    ' 7.59099e13 ',
    '260730-590830166131860',
    '1e5',
    '中通快递',
  ),
);

describe('the quick cell checks answer as their definitions', () => {
  it('quickCellKind is cellKind whenever it answers', () => {
    fc.assert(
      fc.property(edgyText, (text) => {
        const quick = quickCellKind(text);
        if (quick !== -1) expect(quick).toBe(cellKind(text));
      }),
      { numRuns: 20000 },
    );
    expect(quickCellKind('保温杯')).toBe(CellKind.Filled);
    expect(quickCellKind('合计')).toBe(-1);
    expect(cellKind(' 合计 ')).toBe(CellKind.TotalMarker);
  });

  it('a row is skipped when a cell is a total marker or no cell is filled', () => {
    fc.assert(
      fc.property(fc.array(edgyText, { maxLength: 6 }), (cells) => {
        const kinds = cells.map(cellKind);
        expect(isSkippableRow(cells)).toBe(kinds.includes(CellKind.TotalMarker) || !kinds.includes(CellKind.Filled));
      }),
      { numRuns: 20000 },
    );
  });

  it('scientific notation: an E and the pattern, on the trimmed text', () => {
    const pattern = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$/;
    fc.assert(
      fc.property(edgyText, (text) => {
        expect(isScientificNotation(text)).toBe((text.includes('E') || text.includes('e')) && pattern.test(text.trim()));
      }),
      { numRuns: 20000 },
    );
  });

  it('China time remembers only the last text: any sequence reads as each text alone', () => {
    const times = fc.constantFrom('', '2026-07-30 06:50:00', '2026-07-30 06:50:01', '2026-02-29 00:00:00', '2026/07/30 06:50', 'x');
    fc.assert(
      fc.property(fc.array(times, { maxLength: 8 }), (texts) => {
        for (const text of texts) expect(fastChinaTime(text)).toBe(parseChinaTime(text));
      }),
    );
  });
});
