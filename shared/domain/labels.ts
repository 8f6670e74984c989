import type { CaseStatus, CaseType, OrderStatus, ReasonCategory } from './aftersales';
import type {
  ClaimMatch,
  DefectClass,
  Disposition,
  FaultParty,
  Grade,
  InspectionKind,
  InspectionState,
  PackageCondition,
  SuggestedOutcome,
} from './inspection';

/**
 * One word per concept, for every screen and every export: the scan page, the case drawer, the audit log and the
 * CSV/XLSX files take their labels from here, so they cannot drift apart again (the scan page once said 不相符 /
 * 拒绝退款 / 瑕疵 where the case drawer said 不属实 / 举证拒绝 / 缺陷). Inspection is 质检 everywhere, as in the
 * app's name (售后质检台) and the role (质检员).
 */
export interface DomainLabels {
  caseType: Record<CaseType, string>;
  reason: Record<ReasonCategory, string>;
  caseStatus: Record<CaseStatus, string>;
  orderStatus: Record<OrderStatus, string>;
  grade: Record<Grade, string>;
  claimMatch: Record<ClaimMatch, string>;
  fault: Record<FaultParty, string>;
  disposition: Record<Disposition, string>;
  defectClass: Record<DefectClass, string>;
  outcome: Record<SuggestedOutcome, string>;
  inspectionState: Record<InspectionState, string>;
  inspectionKind: Record<InspectionKind, string>;
  condition: Record<PackageCondition, string>;
}

const zh: DomainLabels = {
  caseType: { refund_only: '仅退款', return_refund: '退货退款', exchange: '换货', resend: '补寄', repair: '维修' },
  reason: {
    no_reason_7day: '七天无理由',
    quality: '质量问题',
    not_as_described: '与描述不符',
    wrong_size: '尺码不合适',
    missing_parts: '少件/漏发',
    wrong_item: '发错货',
    transit_damage: '运输破损',
    other: '其他',
  },
  caseStatus: {
    pending_merchant: '待商家处理',
    awaiting_return: '待买家退货',
    received: '已收货',
    inspected: '已质检',
    refunding: '退款中',
    awaiting_buyer: '待买家处理',
    platform_review: '平台介入',
    succeeded: '退款成功',
    closed: '已关闭',
    other: '其他',
  },
  orderStatus: { awaiting_shipment: '待发货', shipped: '已发货', signed: '已签收', cancelled: '已取消', other: '其他' },
  grade: { A: 'A 全新', B: 'B 轻微', C: 'C 需翻新', D: 'D 有缺陷' },
  claimMatch: { yes: '属实', partly: '部分属实', no: '不属实' },
  fault: { supplier: '供应商', warehouse: '仓库', carrier: '快递', customer: '买家', none: '无' },
  disposition: {
    restock: '入库',
    restock_b: '入 B 品库',
    refurbish: '翻新',
    return_to_supplier: '退供应商',
    scrap: '报废',
    hold_evidence: '留证',
  },
  defectClass: { critical: '致命', major: '严重', minor: '轻微' },
  outcome: { full_refund: '全额退款', partial_refund: '部分退款', reject_with_evidence: '举证拒绝', exchange: '换货', repair: '维修' },
  inspectionState: { draft: '质检中（草稿）', completed: '已完成', voided: '已作废' },
  inspectionKind: { return: '退货质检', lot: '批次质检' },
  condition: { intact: '完好', damaged: '破损', opened: '已拆封', missing: '无外包装' },
};

const en: DomainLabels = {
  caseType: { refund_only: 'Refund only', return_refund: 'Return & refund', exchange: 'Exchange', resend: 'Resend', repair: 'Repair' },
  reason: {
    no_reason_7day: '7-day no reason',
    quality: 'Quality problem',
    not_as_described: 'Not as described',
    wrong_size: 'Wrong size',
    missing_parts: 'Missing parts',
    wrong_item: 'Wrong item',
    transit_damage: 'Transit damage',
    other: 'Other',
  },
  caseStatus: {
    pending_merchant: 'Awaiting merchant',
    awaiting_return: 'Awaiting return',
    received: 'Received',
    inspected: 'Inspected',
    refunding: 'Refunding',
    awaiting_buyer: 'Awaiting buyer',
    platform_review: 'Platform review',
    succeeded: 'Refunded',
    closed: 'Closed',
    other: 'Other',
  },
  orderStatus: { awaiting_shipment: 'Awaiting shipment', shipped: 'Shipped', signed: 'Signed', cancelled: 'Cancelled', other: 'Other' },
  grade: { A: 'A like new', B: 'B minor', C: 'C refurbish', D: 'D defective' },
  claimMatch: { yes: 'Claim confirmed', partly: 'Partly confirmed', no: 'Claim not confirmed' },
  fault: { supplier: 'Supplier', warehouse: 'Warehouse', carrier: 'Carrier', customer: 'Customer', none: 'None' },
  disposition: {
    restock: 'Restock',
    restock_b: 'Restock as B',
    refurbish: 'Refurbish',
    return_to_supplier: 'Return to supplier',
    scrap: 'Scrap',
    hold_evidence: 'Hold as evidence',
  },
  defectClass: { critical: 'Critical', major: 'Major', minor: 'Minor' },
  outcome: {
    full_refund: 'Full refund',
    partial_refund: 'Partial refund',
    reject_with_evidence: 'Reject with evidence',
    exchange: 'Exchange',
    repair: 'Repair',
  },
  inspectionState: { draft: 'In progress (draft)', completed: 'Completed', voided: 'Voided' },
  inspectionKind: { return: 'Return inspection', lot: 'Lot inspection' },
  condition: { intact: 'intact', damaged: 'damaged', opened: 'opened', missing: 'missing' },
};

export const domainLabels: Readonly<Record<'zh-CN' | 'en-US', DomainLabels>> = { 'zh-CN': zh, 'en-US': en };
