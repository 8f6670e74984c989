import type { AdviceView, RemediesView } from '../../../../shared/contract/remedies.contract';
import { finishedCaseStatuses } from '../../../../shared/domain/aftersales';
import { remedyCosts } from '../../../../shared/domain/remedy-cost';
import { remedyLawInputs } from '../../../../shared/domain/remedy-law';
import { caseVerdict } from '../../../../shared/domain/return-law';
import { caseLawFacts } from '../law/law.repository';
import type { Sqlite } from '../../db/connection';
import type { Row } from '../../db/schema';
import { readPolicy } from '../settings/policy.repository';
import { caseSkuOf, gradeMixOf, latestDecisionOf, ledgerOf, remediesOf } from './remedies.repository';

type CaseRecord = Row<'after_sales_cases'>;

/** The case's goods: SKU, unit cost (0 when unknown) and how many units the buyer asks about. */
export const caseGoodsOf = (db: Sqlite, record: CaseRecord) => {
  const sku = caseSkuOf(db, record.order_id, record.order_line_id);
  return { skuId: sku?.skuId ?? null, unitCostFen: sku?.unitCostFen ?? 0, quantity: Math.max(1, record.requested_quantity) };
};

/**
 * Each route's cost for this case (shared/domain/remedy-cost.ts). Who pays return freight and which routes are
 * fair come from the case's verdict under the current policy (shared/domain/return-law.ts, remedy-law.ts).
 */
export const adviceFor = (db: Sqlite, record: CaseRecord): AdviceView => {
  const goods = caseGoodsOf(db, record);
  const policy = readPolicy(db);
  const facts = caseLawFacts(db, record.id)?.facts;
  const law = facts
    ? remedyLawInputs(
        caseVerdict(facts, {
          noReasonWindowDays: policy.noReasonWindowDays,
          refundHours: policy.refundHours,
          freeReturnShipping: policy.law.freeReturnShipping,
        }),
      )
    : remedyLawInputs({ basis: 'unclear', freight: { expected: 'depends', recorded: null, mismatch: false, rule: 'cpl_25' } });
  const advice = remedyCosts({
    refundFen: record.refund_fen,
    quantity: goods.quantity,
    unitCostFen: goods.unitCostFen,
    reasonCategory: record.reason_category,
    returnFreightFen: record.return_freight_fen > 0 ? record.return_freight_fen : null,
    gradeMix: goods.skuId ? gradeMixOf(db, goods.skuId) : { A: 0, B: 0, C: 0, D: 0 },
    merchantPaysReturnFreight: law.merchantPaysReturnFreight,
    allowedRoutes: law.allowedRoutes,
    rates: policy.remedyCosts,
  });
  return { ...advice, reasonCategory: record.reason_category };
};

export const caseAcceptsOffers = (record: CaseRecord): boolean =>
  record.voided_at === null && record.resolved_at === null && !finishedCaseStatuses.includes(record.status);

/** What the case page's remedies section shows, and what every remedies method answers. */
export const remediesView = (db: Sqlite, record: CaseRecord): RemediesView => {
  const ledger = ledgerOf(db, record.id);
  return {
    caseId: record.id,
    remedies: remediesOf(db, record.id),
    ledger,
    ledgerTotalFen: ledger.filter((e) => e.voidedAt === null).reduce((s, e) => s + e.amountFen, 0),
    advice: adviceFor(db, record),
    decision: latestDecisionOf(db, record.id) ?? null,
    canOffer: caseAcceptsOffers(record),
  };
};
