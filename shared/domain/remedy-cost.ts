import type { ReasonCategory } from './aftersales';
import type { Grade } from './inspection';

/**
 * The cheapest fair remedy for a new request (issue 15, item 6). Pure arithmetic over figures the backend reads
 * (the case, the SKU's cost and its graded returns) and the owner's rates (Policy.remedyCosts).
 *
 * One frame for every route: the cost is what the merchant gives up, money paid out plus the goods' value that
 * does not come back. The goods count at unit cost in every route; only a return brings some of it back (its
 * expected resale value), so differences between routes are exactly the money and goods each saves.
 * What the law and the policy allow, and who pays return freight, are inputs: the law functions decide them.
 */
export const remedyRoutes = ['refund_only', 'return_refund', 'partial_refund', 'resend'] as const;
export type RemedyRoute = (typeof remedyRoutes)[number];

/** Owner-editable rates (Settings → Remedy costs). Money in fen, percentages 0–100. */
export interface RemedyCostRates {
  /** What an hour of warehouse work costs. */
  labourFenPerHour: number;
  /** Minutes to receive and handle one returned parcel. */
  handlingMinutes: number;
  /** Minutes to inspect it. */
  inspectionMinutes: number;
  /** Return freight assumed when the case records none. */
  defaultReturnFreightFen: number;
  /** Freight of sending goods out again (a resend). */
  outboundFreightFen: number;
  /** Partial refund (buyer keeps the goods) offered as a share of the refund asked, by the buyer's reason. */
  partialRefundPercentByReason: Record<ReasonCategory, number>;
  /** What a returned unit is worth again, as a share of its unit cost, by the grade inspection gives it. */
  resaleValuePercentByGrade: Record<Grade, number>;
}

export const defaultRemedyCostRates: RemedyCostRates = {
  labourFenPerHour: 3000,
  handlingMinutes: 10,
  inspectionMinutes: 8,
  defaultReturnFreightFen: 1000,
  outboundFreightFen: 800,
  partialRefundPercentByReason: {
    no_reason_7day: 20,
    quality: 30,
    not_as_described: 30,
    wrong_size: 20,
    missing_parts: 20,
    wrong_item: 40,
    transit_damage: 30,
    other: 20,
  },
  resaleValuePercentByGrade: { A: 100, B: 60, C: 30, D: 0 },
};

export interface RemedyCostInput {
  /** What the buyer asks back, fen. */
  refundFen: number;
  quantity: number;
  /** The SKU's unit cost, fen (0 when unknown: the goods then count for nothing). */
  unitCostFen: number;
  reasonCategory: ReasonCategory;
  /** Return freight recorded on the case, or null to use the default. */
  returnFreightFen: number | null;
  /** Completed return inspections of this SKU by grade (its history). */
  gradeMix: Record<Grade, number>;
  /** Input from the law functions: does the merchant pay the return freight? */
  merchantPaysReturnFreight: boolean;
  /** Input from the law functions and the policy: which routes may be offered. */
  allowedRoutes: readonly RemedyRoute[];
  rates: RemedyCostRates;
}

/** One term of a route's sum, signed (a resale value is negative), with the figures it came from. */
export type CostTerm =
  | { term: 'refund'; fen: number }
  | { term: 'goods_not_recovered'; fen: number; quantity: number; unitCostFen: number }
  | { term: 'return_freight'; fen: number; paidBy: 'merchant' | 'buyer' }
  | { term: 'labour'; fen: number; minutes: number; labourFenPerHour: number }
  | { term: 'expected_resale'; fen: number; quantity: number; unitCostFen: number; valuePercent: number; inspections: number }
  | { term: 'partial_refund'; fen: number; percent: number; refundFen: number }
  | { term: 'replacement_goods'; fen: number; quantity: number; unitCostFen: number }
  | { term: 'outbound_freight'; fen: number };

export interface RouteCost {
  route: RemedyRoute;
  allowed: boolean;
  terms: CostTerm[];
  totalFen: number;
}

export interface RemedyAdvice {
  routes: RouteCost[];
  /** The cheapest allowed route (ties: the earlier in `remedyRoutes`), or null when none is allowed. */
  recommended: RemedyRoute | null;
}

const gradesInOrder: readonly Grade[] = ['A', 'B', 'C', 'D'];

/**
 * A returned unit's expected value as a share of its cost, weighted by how this SKU's returns were graded.
 * Without history it assumes grade A (like new) and says so (`inspections: 0`), so an untried SKU is not
 * pushed to refund-only by a guess that its returns are worthless.
 */
export const expectedResalePercent = (mix: Record<Grade, number>, byGrade: Record<Grade, number>): number => {
  const total = gradesInOrder.reduce((s, g) => s + mix[g], 0);
  if (total === 0) return byGrade.A;
  return gradesInOrder.reduce((s, g) => s + mix[g] * byGrade[g], 0) / total;
};

const sumOf = (terms: CostTerm[]) => terms.reduce((s, t) => s + t.fen, 0);

export const remedyCosts = (input: RemedyCostInput): RemedyAdvice => {
  const { refundFen, quantity, unitCostFen, rates } = input;
  const goodsFen = quantity * unitCostFen;
  const goods: CostTerm = { term: 'goods_not_recovered', fen: goodsFen, quantity, unitCostFen };
  const minutes = rates.handlingMinutes + rates.inspectionMinutes;
  const freightFen = input.returnFreightFen ?? rates.defaultReturnFreightFen;
  const resalePercent = expectedResalePercent(input.gradeMix, rates.resaleValuePercentByGrade);
  const inspections = gradesInOrder.reduce((s, g) => s + input.gradeMix[g], 0);
  const partialPercent = rates.partialRefundPercentByReason[input.reasonCategory];

  const termsOf: Record<RemedyRoute, CostTerm[]> = {
    refund_only: [{ term: 'refund', fen: refundFen }, goods],
    return_refund: [
      { term: 'refund', fen: refundFen },
      goods,
      input.merchantPaysReturnFreight
        ? { term: 'return_freight', fen: freightFen, paidBy: 'merchant' }
        : { term: 'return_freight', fen: 0, paidBy: 'buyer' },
      { term: 'labour', fen: Math.round((minutes * rates.labourFenPerHour) / 60), minutes, labourFenPerHour: rates.labourFenPerHour },
      {
        term: 'expected_resale',
        fen: -Math.round((goodsFen * resalePercent) / 100),
        quantity,
        unitCostFen,
        valuePercent: Math.round(resalePercent * 10) / 10,
        inspections,
      },
    ],
    partial_refund: [
      { term: 'partial_refund', fen: Math.round((refundFen * partialPercent) / 100), percent: partialPercent, refundFen },
      goods,
    ],
    resend: [
      goods,
      { term: 'replacement_goods', fen: goodsFen, quantity, unitCostFen },
      { term: 'outbound_freight', fen: rates.outboundFreightFen },
    ],
  };
  const routes = remedyRoutes.map((route) => ({
    route,
    allowed: input.allowedRoutes.includes(route),
    terms: termsOf[route],
    totalFen: sumOf(termsOf[route]),
  }));
  const recommended = routes
    .filter((r) => r.allowed)
    .reduce<RouteCost | null>((best, r) => (best && best.totalFen <= r.totalFen ? best : r), null);
  return { routes, recommended: recommended?.route ?? null };
};
