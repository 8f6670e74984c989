import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributeLots, type FifoLine, type FifoLot } from './lot-attribution';

const day = (d: number) => Date.UTC(2026, 0, d);

describe('FIFO lot attribution, worked examples', () => {
  const lots: FifoLot[] = [
    { id: 'B', receivedAt: day(10), quantity: 5 },
    { id: 'A', receivedAt: day(1), quantity: 3 },
  ];

  it('takes units from the oldest lot first, then the next, and says it is an estimate', () => {
    const lines: FifoLine[] = [
      { id: 'l1', shippedAt: day(2), quantity: 2 }, // A: 2 left 1
      { id: 'l2', shippedAt: day(11), quantity: 3 }, // A 1 + B 2 → B (most units)
      { id: 'l3', shippedAt: day(12), quantity: 1 }, // B
    ];
    expect(attributeLots(lots, lines)).toEqual([
      { lineId: 'l1', lotId: 'A', basis: 'fifo', allocations: [{ lotId: 'A', quantity: 2 }] },
      {
        lineId: 'l2',
        lotId: 'B',
        basis: 'fifo',
        allocations: [
          { lotId: 'A', quantity: 1 },
          { lotId: 'B', quantity: 2 },
        ],
      },
      { lineId: 'l3', lotId: 'B', basis: 'fifo', allocations: [{ lotId: 'B', quantity: 1 }] },
    ]);
  });

  it('never takes a lot received after the ship date, and leaves a line without a lot when none was there', () => {
    const result = attributeLots(lots, [
      { id: 'early', shippedAt: day(0), quantity: 1 }, // before any lot
      { id: 'l1', shippedAt: day(5), quantity: 4 }, // A has 3; B arrives on day 10 → only 3 units placed
    ]);
    expect(result[0]).toEqual({ lineId: 'early', lotId: null, basis: null, allocations: [] });
    expect(result[1]).toEqual({ lineId: 'l1', lotId: 'A', basis: 'fifo', allocations: [{ lotId: 'A', quantity: 3 }] });
  });

  it('a label wins and uses up its lot before the estimate runs', () => {
    const result = attributeLots(lots, [
      { id: 'l1', shippedAt: day(2), quantity: 1 }, // FIFO would say A, but A's 3 units…
      { id: 'lab', shippedAt: day(20), quantity: 3, labelLotId: 'A' }, // …are all on this labelled line
    ]);
    expect(result[1]).toMatchObject({ lotId: 'A', basis: 'label' });
    expect(result[0]).toEqual({ lineId: 'l1', lotId: null, basis: null, allocations: [] });
  });

  it('a label for a lot that is not in the list (voided) falls back to the estimate; unshipped lines get nothing', () => {
    const result = attributeLots(lots, [
      { id: 'l1', shippedAt: day(3), quantity: 1, labelLotId: 'gone' },
      { id: 'l2', shippedAt: null, quantity: 1 },
    ]);
    expect(result.map((r) => [r.lotId, r.basis])).toEqual([
      ['A', 'fifo'],
      [null, null],
    ]);
  });
});

const lotArb = fc.record({ receivedAt: fc.integer({ min: 0, max: 100 }), quantity: fc.integer({ min: 0, max: 20 }) });
const lineArb = fc.record({
  shippedAt: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
  quantity: fc.integer({ min: 1, max: 6 }),
  label: fc.option(fc.nat(9), { nil: null }),
});

describe('FIFO lot attribution, properties', () => {
  it('never attributes more units to a lot than it holds, never picks a lot received after the ship date', () => {
    fc.assert(
      fc.property(fc.array(lotArb, { maxLength: 10 }), fc.array(lineArb, { maxLength: 40 }), (rawLots, rawLines) => {
        const lots = rawLots.map((l, i) => ({ id: `lot${i}`, ...l }));
        const lines = rawLines.map((l, i) => ({
          id: `line${String(i).padStart(3, '0')}`,
          shippedAt: l.shippedAt,
          quantity: l.quantity,
          labelLotId: l.label === null ? null : `lot${l.label}`,
        }));
        const result = attributeLots(lots, lines);
        expect(result.map((r) => r.lineId)).toEqual(lines.map((l) => l.id));
        const used = new Map<string, number>();
        result.forEach((r, i) => {
          const line = lines[i]!;
          const placed = r.allocations.reduce((s, a) => s + a.quantity, 0);
          expect(placed).toBeLessThanOrEqual(line.quantity);
          for (const a of r.allocations) {
            used.set(a.lotId, (used.get(a.lotId) ?? 0) + a.quantity);
            const lot = lots.find((l) => l.id === a.lotId)!;
            if (r.basis === 'fifo') expect(lot.receivedAt).toBeLessThanOrEqual(line.shippedAt!);
          }
          if (r.basis === 'fifo') expect(r.allocations.map((a) => a.lotId)).toContain(r.lotId);
          if (r.basis === null) expect(r.lotId).toBeNull();
        });
        for (const lot of lots) expect(used.get(lot.id) ?? 0).toBeLessThanOrEqual(lot.quantity);
      }),
      { numRuns: 500 },
    );
  });
});
