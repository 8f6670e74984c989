import type { CaseVerdict } from './return-law';
import { remedyRoutes, type RemedyRoute } from './remedy-cost';

/**
 * What the law says to the cheapest-remedy advice (issue 15, items 4 and 6), read from the case's verdict:
 * - who pays the return freight: the payer the desk recorded, else the one the rules expect (the merchant for a
 *   quality problem, CPL Art. 24; the buyer for a no-reason return, or the shop's freight insurance, whose premium is
 *   not a cost of this return). Where the rules say "it depends" (the reason is unclear) the advice assumes the
 *   merchant pays: the dearer case, so a return is never recommended on a cost that may not hold.
 * - which routes are fair to recommend: the law gives the buyer rights; it does not forbid the merchant a concession.
 *   A resend (补寄) fixes goods that are wrong, missing or damaged, so it is not a route for a buyer who changed their
 *   mind (a no-reason return); every other route is.
 */
export interface RemedyLawInputs {
  merchantPaysReturnFreight: boolean;
  allowedRoutes: readonly RemedyRoute[];
}

export const remedyLawInputs = (verdict: Pick<CaseVerdict, 'basis' | 'freight'>): RemedyLawInputs => {
  const payer = verdict.freight.recorded ?? verdict.freight.expected;
  return {
    merchantPaysReturnFreight: payer === 'merchant' || payer === 'depends',
    allowedRoutes: verdict.basis === 'no_reason' ? remedyRoutes.filter((r) => r !== 'resend') : remedyRoutes,
  };
};
