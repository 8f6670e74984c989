/**
 * After-sales vocabulary (DOMAIN.md). The platform's numeric codes differ between its APIs, so we never store
 * them: imports map the Chinese text to these enums and keep the raw text beside them.
 */
export const caseTypes = ['refund_only', 'return_refund', 'exchange', 'resend', 'repair'] as const;
export type CaseType = (typeof caseTypes)[number];

export const caseTypeByText: Readonly<Record<string, CaseType>> = {
  仅退款: 'refund_only',
  退货退款: 'return_refund',
  换货: 'exchange',
  补寄: 'resend',
  缺货补寄: 'resend',
  维修: 'repair',
};

/** Types where goods travel back to the warehouse and get inspected. */
export const returningCaseTypes: readonly CaseType[] = ['return_refund', 'exchange', 'repair'];

/**
 * Our own case status. `received` and `inspected` are warehouse steps the platform does not show;
 * the others summarise the platform's 售后状态 texts.
 */
export const caseStatuses = [
  'pending_merchant',
  'awaiting_return',
  'received',
  'inspected',
  'refunding',
  'awaiting_buyer',
  'platform_review',
  'succeeded',
  'closed',
  'other',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** A closed case needs no more work; a parcel arriving for one is flagged on the scan screen. */
export const finishedCaseStatuses: readonly CaseStatus[] = ['succeeded', 'closed'];

/** Our warehouse steps: an import keeps them until the platform reports a finished status. */
export const warehouseCaseStatuses: readonly CaseStatus[] = ['received', 'inspected'];

/** A parcel is still expected at the warehouse, or waits there for its inspection (the scan station's open cases). */
export const awaitingInspectionCaseStatuses: readonly CaseStatus[] = ['awaiting_return', 'pending_merchant', 'received'];

export const caseStatusByText: Readonly<Record<string, CaseStatus>> = {
  买家申请退款待商家处理: 'pending_merchant',
  退货退款待商家处理: 'pending_merchant',
  商家同意退款退款中: 'refunding',
  平台同意退款退款中: 'refunding',
  驳回退款待买家处理: 'awaiting_buyer',
  已同意退货退款待用户发货: 'awaiting_return',
  平台处理中: 'platform_review',
  平台拒绝退款退款关闭: 'closed',
  退款成功: 'succeeded',
  买家撤销: 'closed',
  买家逾期未处理退款失败: 'closed',
  买家逾期超过有效期: 'closed',
  换货补寄待商家处理: 'pending_merchant',
  换货补寄待用户处理: 'awaiting_buyer',
  换货补寄成功: 'succeeded',
  换货补寄失败: 'closed',
  换货补寄待用户确认完成: 'awaiting_buyer',
  待商家同意维修: 'pending_merchant',
  待用户确认发货: 'awaiting_return',
  维修关闭: 'closed',
  维修成功: 'succeeded',
  待用户确认收货: 'awaiting_buyer',
  已同意拒收退款待用户拒收: 'awaiting_buyer',
  补寄待商家发货: 'pending_merchant',
};

/** Exports vary in punctuation (full-width or ASCII commas, spaces), so statuses are matched without it. */
export const statusKey = (text: string): string => text.replace(/[\s,，、;；:：]/g, '');

export const mapCaseStatus = (text: string): CaseStatus => caseStatusByText[statusKey(text)] ?? 'other';

/** Customer-stated reason categories (what the buyer claims; inspections record what was found). */
export const reasonCategories = [
  'no_reason_7day',
  'quality',
  'not_as_described',
  'wrong_size',
  'missing_parts',
  'wrong_item',
  'transit_damage',
  'other',
] as const;
export type ReasonCategory = (typeof reasonCategories)[number];

const reasonRules: ReadonlyArray<readonly [RegExp, ReasonCategory]> = [
  [/七天无理由|7天无理由|不想要|不喜欢|拍错|多拍/, 'no_reason_7day'],
  [/质量|做工|故障|坏了|瑕疵|开线|异味/, 'quality'],
  [/描述不符|与描述|材质不符|色差|图片不符/, 'not_as_described'],
  [/尺码|尺寸|大小/, 'wrong_size'],
  [/少件|漏发|缺件|配件/, 'missing_parts'],
  [/发错|错发/, 'wrong_item'],
  [/破损|快递|运输|压坏/, 'transit_damage'],
];

export const mapReasonCategory = (text: string): ReasonCategory => reasonRules.find(([pattern]) => pattern.test(text))?.[1] ?? 'other';

export const orderStatuses = ['awaiting_shipment', 'shipped', 'signed', 'cancelled', 'other'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export const mapOrderStatus = (text: string): OrderStatus => {
  const key = statusKey(text);
  if (/取消|关闭|未发货退款成功/.test(key)) return 'cancelled';
  // "已发货，待签收" mentions 签收 too: the waiting states are checked before the signed ones.
  if (/待签收|待收货|运输中/.test(key)) return 'shipped';
  if (/签收|已收货|交易成功|确认收货/.test(key)) return 'signed';
  if (/已发货/.test(key)) return 'shipped';
  if (/待发货|未发货|已付款/.test(key)) return 'awaiting_shipment';
  return 'other';
};

/**
 * Who must act next on a case (DOMAIN.md, "Service desk"). Only `merchant` counts toward overdue, due soon and
 * every SLA: a case waiting on the buyer or the platform cannot be made less late by the desk. `review`: the
 * platform's status text was not one we know, so nobody can say; such cases get a queue of their own.
 */
export const waitingOnParties = ['merchant', 'buyer', 'platform', 'nobody', 'review'] as const;
export type WaitingOn = (typeof waitingOnParties)[number];

/**
 * From our status. The platform's texts map to statuses that each have one party (2, 3, 14, 21, 32 and our own
 * received / inspected: merchant; 6, 7, 15, 18, 22, 27, 31: buyer; 4, 5, 8: platform; the finished ones: nobody).
 * Migration 0011 holds the same table as SQL (a generated column); waiting-on.test.ts keeps them equal.
 */
export const waitingOnByStatus: Readonly<Record<CaseStatus, WaitingOn>> = {
  pending_merchant: 'merchant',
  received: 'merchant',
  inspected: 'merchant',
  awaiting_return: 'buyer',
  awaiting_buyer: 'buyer',
  refunding: 'platform',
  platform_review: 'platform',
  succeeded: 'nobody',
  closed: 'nobody',
  other: 'review',
};

/** Who agreed a refund, when the text says (4 商家同意退款 and 5 平台同意退款 both mean "refunding", not the same thing). */
export const refundAgreedBy = ['merchant', 'platform'] as const;
export type RefundAgreedBy = (typeof refundAgreedBy)[number];

export const refundAgreedByOfText = (text: string): RefundAgreedBy | null => {
  const key = statusKey(text);
  if (key.startsWith('商家同意退款')) return 'merchant';
  if (key.startsWith('平台同意退款')) return 'platform';
  return null;
};
