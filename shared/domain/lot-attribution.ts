/**
 * Which lot did a sold unit come from (issue 17, item 2)?
 * - 'label': the inspector scanned or typed the lot label found on the returned item. The strongest link.
 * - 'fifo': an estimate. Units leave the warehouse first in, first out: each shipped unit of an SKU is taken from
 *   the oldest lot of that SKU that was received on or before the ship date and still has units left.
 * Labelled lines are fixed first and use up their lot's units, so the estimate fills only what the labels left.
 * A line whose units come from several lots is stored against the lot that supplied most of them (ties: the older);
 * a line shipped before any lot with units left was received stays without a lot.
 */
export const lotBases = ['label', 'fifo'] as const;
export type LotBasis = (typeof lotBases)[number];

export interface FifoLot {
  id: string;
  receivedAt: number;
  quantity: number;
}

export interface FifoLine {
  id: string;
  /** When the units left (ship date; the caller falls back to the payment time); null = not shipped, no lot. */
  shippedAt: number | null;
  quantity: number;
  /** The lot whose label was found on a returned unit of this line. */
  labelLotId?: string | null;
}

export interface LineAttribution {
  lineId: string;
  lotId: string | null;
  basis: LotBasis | null;
  /** Units taken from each lot (what the estimate or the label used up). */
  allocations: { lotId: string; quantity: number }[];
}

const byTimeThenId =
  <T extends { id: string }>(time: (x: T) => number) =>
  (a: T, b: T) =>
    time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Attributes one SKU's order lines to its (non-voided) lots. Pure; the result lists every line in input order. */
export const attributeLots = (lots: readonly FifoLot[], lines: readonly FifoLine[]): LineAttribution[] => {
  const sortedLots = [...lots].sort(byTimeThenId((l) => l.receivedAt));
  const left = new Map(sortedLots.map((l) => [l.id, Math.max(0, l.quantity)]));
  const result = new Map<string, LineAttribution>();

  for (const line of lines) {
    if (line.labelLotId && left.has(line.labelLotId)) {
      const used = Math.min(line.quantity, left.get(line.labelLotId)!);
      left.set(line.labelLotId, left.get(line.labelLotId)! - used);
      result.set(line.id, {
        lineId: line.id,
        lotId: line.labelLotId,
        basis: 'label',
        allocations: used > 0 ? [{ lotId: line.labelLotId, quantity: used }] : [],
      });
    }
  }

  const shipped = lines.filter((l) => !result.has(l.id) && l.shippedAt !== null) as (FifoLine & { shippedAt: number })[];
  shipped.sort(byTimeThenId((l) => l.shippedAt));
  // Lines come in ship order and lots in receiving order, so the oldest lot with units left only moves forward.
  let next = 0;
  for (const line of shipped) {
    const allocations: { lotId: string; quantity: number }[] = [];
    let need = line.quantity;
    while (need > 0) {
      while (next < sortedLots.length && left.get(sortedLots[next]!.id)! === 0) next++;
      const lot = sortedLots[next];
      if (!lot || lot.receivedAt > line.shippedAt) break;
      const take = Math.min(need, left.get(lot.id)!);
      left.set(lot.id, left.get(lot.id)! - take);
      allocations.push({ lotId: lot.id, quantity: take });
      need -= take;
    }
    const main = allocations.reduce<{ lotId: string; quantity: number } | undefined>(
      (best, a) => (!best || a.quantity > best.quantity ? a : best),
      undefined,
    );
    result.set(line.id, { lineId: line.id, lotId: main?.lotId ?? null, basis: main ? 'fifo' : null, allocations });
  }

  return lines.map((l) => result.get(l.id) ?? { lineId: l.id, lotId: null, basis: null, allocations: [] });
};
