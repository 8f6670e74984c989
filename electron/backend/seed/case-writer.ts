/**
 * Writes one planned after-sales case with its inspection, defects and messages. Kept apart from the order loop
 * so each file stays readable; it is still the hot path, so it uses the raw statements only.
 */
import type { CaseType } from '../../../shared/domain/aftersales';
import type { DefectClass, Disposition, SuggestedOutcome } from '../../../shared/domain/inspection';
import { hourMs } from '../../../shared/domain/time';
import type { CasePlan } from './case-plan';
import { caseNumber, couriers, returnCounterBase, trackingNumber, type IdFactory } from './codes';
import { planInspection, type InspectionPlan } from './inspection-plan';
import type { SeedLot, SeedSku } from './master-data';
import type { Rng } from './prng';
import type { SeedStatements } from './statements';
import type { ReplyFacts, TemplateReply } from './template-replies';

interface CaseWriterDeps {
  rng: Rng;
  ids: IdFactory;
  statements: SeedStatements;
  storeId: string;
  inspectorId: string;
  serviceId: string;
  defectTypes: ReadonlyMap<string, { id: string; defaultClass: DefectClass }>;
  /** A reply made from a reply template, or null for one typed from scratch (template-replies.ts). */
  templateReply: (facts: ReplyFacts) => TemplateReply | null;
}

interface CaseLine {
  orderId: string;
  lineId: string;
  sku: SeedSku;
  lot: SeedLot;
  quantity: number;
  lineTotalFen: number;
  orderPaidFen: number;
}

interface WrittenCase {
  caseNumber: string;
  returnTracking: string | null;
  status: string;
  communications: number;
  inspections: number;
  defects: number;
}

const resolutionText: Readonly<Record<CaseType, string>> = {
  refund_only: '已退款',
  return_refund: '已退货退款',
  exchange: '已换货',
  resend: '已补寄',
  repair: '已维修寄回',
};

const buyerLines = ['你好，东西有问题怎么处理？', '什么时候给我退款？', '我已经寄回了，请查收', '图片已经上传了，麻烦看一下'];
const serviceLines = [
  '亲，非常抱歉给您带来不便，我们马上为您处理',
  '亲，已收到您的退货，仓库验货后会尽快处理',
  '亲，可以为您换货或者退款，您看哪种方式合适？',
];
const internalLines = ['已联系供应商核实该批次', '买家情绪激动，注意沟通方式', '平台介入，已上传验货照片和视频'];

export const createCaseWriter = (deps: CaseWriterDeps) => {
  const { rng, ids, statements, storeId } = deps;
  let counter = 0;
  const classOf = (code: string): DefectClass => deps.defectTypes.get(code)?.defaultClass ?? 'minor';

  return (line: CaseLine, plan: CasePlan): WrittenCase => {
    counter += 1;
    const caseId = ids(plan.requestedAt);
    const number = caseNumber(counter);
    const refundType = plan.type === 'refund_only' || plan.type === 'return_refund';
    const partial = refundType && plan.type === 'refund_only' && plan.reasonCategory !== 'no_reason_7day' && rng.chance(0.25);
    const refundFen = !refundType ? 0 : partial ? Math.round((line.lineTotalFen * rng.int(20, 60)) / 100) : line.lineTotalFen;
    let returnTracking: string | null = null;
    let returnCourier: string | null = null;
    if (plan.returnShippedAt !== null || (plan.status === 'awaiting_return' && plan.respondedAt !== null && rng.chance(0.5))) {
      const courier = rng.weighted(couriers);
      returnTracking = trackingNumber(courier, returnCounterBase + counter, rng);
      returnCourier = courier.name;
    }
    const merchantPaysFreight = plan.returnShippedAt !== null && plan.reasonCategory !== 'no_reason_7day' && rng.chance(0.6);

    let status: string = plan.status;
    let rawStatus = plan.rawStatus;
    let dispute = plan.dispute || rng.chance(0.005);
    let resolution =
      plan.settleAt !== null && plan.status === 'succeeded' ? resolutionText[plan.type] : plan.settleAt !== null ? '已关闭' : null;
    let suggested: SuggestedOutcome | null = null;
    let suggestedRefund: number | null = null;
    let packageCondition: string | null = null;
    let inspections = 0;
    let defects = 0;
    let inspection: { found: InspectionPlan; disposition: Disposition } | null = null;

    if (plan.receivedAt !== null) packageCondition = rng.chance(0.9) ? 'intact' : 'opened';
    if (plan.inspectAt !== null) {
      const found = planInspection(rng, line.sku.product, plan.reasonCategory, line.lot, line.sku.supplierFactor, classOf);
      packageCondition = found.packageCondition;
      const noDefectOnClaim =
        found.claimMatch === 'no' && (plan.reasonCategory === 'quality' || plan.reasonCategory === 'not_as_described');
      suggested =
        plan.type === 'exchange'
          ? 'exchange'
          : plan.type === 'repair'
            ? 'repair'
            : noDefectOnClaim
              ? 'reject_with_evidence'
              : found.grade === 'B' && plan.reasonCategory === 'no_reason_7day'
                ? 'partial_refund'
                : 'full_refund';
      suggestedRefund =
        suggested === 'full_refund'
          ? refundFen
          : suggested === 'partial_refund'
            ? Math.round(refundFen * 0.8)
            : suggested === 'reject_with_evidence'
              ? 0
              : null;
      if (noDefectOnClaim && plan.settleAt !== null && rng.chance(0.45)) {
        // The merchant refused with the inspection as evidence; the platform sided with the merchant.
        status = 'closed';
        rawStatus = '平台拒绝退款，退款关闭';
        dispute = true;
        resolution = '驳回：验货未发现质量问题';
      }
      inspection = { found, disposition: dispute && found.disposition !== 'restock' ? 'hold_evidence' : found.disposition };
    }

    const updatedAt = plan.settleAt ?? plan.inspectAt ?? plan.receivedAt ?? plan.respondedAt ?? plan.requestedAt;
    statements.aftersalesCase.run(
      caseId,
      storeId,
      number,
      line.orderId,
      line.lineId,
      plan.type,
      plan.reasonCategory,
      plan.reasonText,
      rawStatus,
      status,
      plan.requestedAt,
      plan.requestedAt + 48 * hourMs,
      plan.respondedAt,
      line.quantity,
      refundFen,
      line.orderPaidFen,
      merchantPaysFreight ? rng.int(8, 15) * 100 : 0,
      returnTracking,
      returnCourier,
      plan.receivedAt,
      plan.receivedAt !== null ? deps.inspectorId : null,
      packageCondition,
      suggested,
      suggestedRefund,
      resolution,
      plan.settleAt,
      dispute ? 1 : 0,
      rng.chance(0.85) ? deps.serviceId : null,
      plan.requestedAt,
      updatedAt,
    );

    if (inspection && plan.inspectAt !== null) {
      const { found, disposition } = inspection;
      const inspectionId = ids(plan.inspectAt);
      const completedAt = plan.inspectAt + rng.int(4, 25) * 60_000;
      statements.inspection.run(
        inspectionId,
        'return',
        caseId,
        null,
        deps.inspectorId,
        plan.inspectAt,
        completedAt,
        found.grade,
        disposition,
        found.claimMatch,
        found.fault,
        line.quantity,
        null,
        found.notes,
        completedAt,
      );
      inspections = 1;
      for (const defect of found.defects) {
        const type = deps.defectTypes.get(defect.code);
        if (!type) continue;
        statements.defect.run(ids(completedAt), inspectionId, type.id, type.defaultClass, Math.min(defect.quantity, line.quantity), null);
        defects += 1;
      }
    }

    // Messages: every dispute has a thread; a few ordinary cases have one too.
    let communications = 0;
    if (dispute || rng.chance(0.004)) {
      const count = rng.int(2, 4);
      let at = plan.requestedAt + rng.int(5, 120) * 60_000;
      for (let i = 0; i < count; i += 1) {
        const kind = i === 0 ? 'inbound' : i === count - 1 && dispute ? 'internal' : rng.chance(0.5) ? 'inbound' : 'outbound';
        const typed = kind === 'inbound' ? rng.pick(buyerLines) : kind === 'outbound' ? rng.pick(serviceLines) : rng.pick(internalLines);
        const reply =
          kind === 'outbound'
            ? deps.templateReply({
                productName: line.sku.product.name,
                type: plan.type,
                refundFen,
                deadlineAt: plan.requestedAt + 48 * hourMs,
              })
            : null;
        statements.communication.run(
          ids(at),
          caseId,
          at,
          kind,
          kind === 'internal' ? 'note' : 'platform_chat',
          kind === 'inbound' ? null : deps.serviceId,
          reply?.text ?? typed,
          at,
          reply?.templateId ?? null,
        );
        at += rng.int(10, 600) * 60_000;
        communications += 1;
      }
    }
    return { caseNumber: number, returnTracking, status, communications, inspections, defects };
  };
};
