import type { ReasonCategory } from './aftersales';
import { remedyRoutes, type RemedyRoute } from './remedy-cost';

/**
 * STAND-IN, to be replaced by the law functions (issue 15, item 4, another lane) when the branches merge: who
 * pays return freight and which routes may be offered. Until then: the merchant pays freight for a quality
 * problem (CPL Art. 24), the buyer otherwise; every route is allowed. The one caller is
 * electron/backend/features/remedies/remedy-advice.ts.
 */
export const remedyLawInputsStandIn = (
  reasonCategory: ReasonCategory,
): { merchantPaysReturnFreight: boolean; allowedRoutes: readonly RemedyRoute[] } => ({
  merchantPaysReturnFreight: reasonCategory === 'quality',
  allowedRoutes: remedyRoutes,
});
