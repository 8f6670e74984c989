/**
 * What happens to a sold line that comes back: the buyer's stated reason (raw Chinese text + our category), the
 * case type, and where the case stands at `until` (pending, awaiting the parcel, received, inspected, finished).
 * The raw texts are ones the import mapper recognises, so seeded and imported data read alike.
 */
import type { CaseStatus, CaseType, ReasonCategory } from '../../../shared/domain/aftersales';
import { dayMs, hourMs } from '../../../shared/domain/time';
import type { ProductSeed } from './catalog';
import type { Rng } from './prng';

const reasonTexts: Readonly<Record<ReasonCategory, readonly string[]>> = {
  no_reason_7day: ['七天无理由退货', '不想要了', '拍错了', '多拍了/拍错了', '不喜欢'],
  quality: ['质量问题', '做工粗糙，开线了', '收到就坏了', '有瑕疵', '有异味', '质量太差'],
  not_as_described: ['商品与描述不符', '色差严重', '材质与描述不符', '与图片不符'],
  wrong_size: ['尺码不合适', '尺寸偏小', '大小不合适'],
  missing_parts: ['少件/漏发', '配件缺失', '少件，漏发了一件'],
  wrong_item: ['商家发错货', '卖家错发了款式'],
  transit_damage: ['快递破损', '运输途中压扁了', '收到时外包装破损'],
  other: ['效果不好', '买贵了', '其他原因'],
};

const reasonWeights = (product: ProductSeed, qualityPressure: number): Array<readonly [ReasonCategory, number]> => {
  const sized = product.kind === 'apparel' || product.kind === 'shoes';
  const fresh = product.kind === 'fresh';
  return [
    // Fresh food is exempt from the 7-day no-reason return (consumer law art. 25).
    ['no_reason_7day', fresh ? 0 : 34],
    ['quality', 18 * qualityPressure],
    ['not_as_described', 12],
    ['wrong_size', sized ? 20 : 1],
    ['missing_parts', fresh ? 2 : product.kind === 'goods' || product.kind === 'electronics' ? 6 : 2],
    ['wrong_item', 3],
    ['transit_damage', fresh ? 35 : 6],
    ['other', 6],
  ];
};

const typeMix: Readonly<Record<ReasonCategory, ReadonlyArray<readonly [CaseType, number]>>> = {
  no_reason_7day: [
    ['return_refund', 80],
    ['refund_only', 20],
  ],
  quality: [
    ['return_refund', 45],
    ['refund_only', 25],
    ['exchange', 15],
    ['repair', 8],
    ['resend', 7],
  ],
  not_as_described: [
    ['return_refund', 60],
    ['refund_only', 40],
  ],
  wrong_size: [
    ['exchange', 60],
    ['return_refund', 40],
  ],
  missing_parts: [
    ['resend', 70],
    ['refund_only', 30],
  ],
  wrong_item: [
    ['exchange', 50],
    ['return_refund', 50],
  ],
  transit_damage: [
    ['refund_only', 50],
    ['resend', 30],
    ['return_refund', 20],
  ],
  other: [
    ['refund_only', 45],
    ['return_refund', 55],
  ],
};

export interface CasePlan {
  type: CaseType;
  reasonCategory: ReasonCategory;
  reasonText: string;
  requestedAt: number;
  respondedAt: number | null;
  status: CaseStatus;
  rawStatus: string;
  /** Set for returning types once the buyer shipped. */
  returnShippedAt: number | null;
  receivedAt: number | null;
  /** When the warehouse inspects (null: not yet, or never for this case). */
  inspectAt: number | null;
  /** When the case finished, if it has; outcome decided after the inspection. */
  settleAt: number | null;
  dispute: boolean;
}

const returning = (type: CaseType) => type === 'return_refund' || type === 'exchange' || type === 'repair';

const responseDelay = (rng: Rng): number => {
  const roll = rng.next();
  if (roll < 0.85) return (0.2 + rng.next() * 30) * hourMs;
  if (roll < 0.95) return (30 + rng.next() * 17) * hourMs;
  return (48.5 + rng.next() * 32) * hourMs; // late: the merchant missed the 48 h deadline
};

const pendingRaw: Readonly<Record<CaseType, string>> = {
  refund_only: '买家申请退款，待商家处理',
  return_refund: '退货退款，待商家处理',
  exchange: '换货补寄待商家处理',
  resend: '补寄待商家发货',
  repair: '待商家同意维修',
};

/** Plans a case for a line, or null when the request would fall after `until`. */
export const planCase = (
  rng: Rng,
  product: ProductSeed,
  qualityPressure: number,
  order: { shippedAt: number; signedAt: number | null },
  until: number,
): CasePlan | null => {
  const reasonCategory = rng.weighted(reasonWeights(product, qualityPressure));
  const type = rng.weighted(typeMix[reasonCategory]);
  const reasonText = rng.pick(reasonTexts[reasonCategory]);
  const base = order.signedAt ?? order.shippedAt + dayMs;
  const spread = reasonCategory === 'no_reason_7day' ? 6 : reasonCategory === 'quality' ? 20 : 8;
  const requestedAt = Math.floor(base + (0.1 + rng.next() * rng.next() * spread) * dayMs);
  if (requestedAt >= until) return null;

  const plan: CasePlan = {
    type,
    reasonCategory,
    reasonText,
    requestedAt,
    respondedAt: null,
    status: 'pending_merchant',
    rawStatus: pendingRaw[type],
    returnShippedAt: null,
    receivedAt: null,
    inspectAt: null,
    settleAt: null,
    dispute: false,
  };
  const respondedAt = requestedAt + Math.floor(responseDelay(rng));
  if (respondedAt > until) return plan;
  plan.respondedAt = respondedAt;

  if (rng.chance(0.04)) {
    plan.settleAt = respondedAt + Math.floor(rng.next() * 2 * dayMs);
    if (plan.settleAt <= until) return { ...plan, status: 'closed', rawStatus: type === 'repair' ? '维修关闭' : '买家撤销' };
  }
  if (!returning(type)) return planWithoutReturn(rng, plan, until);

  const shippedBack = respondedAt + Math.floor((0.3 + rng.next() * 2.5) * dayMs);
  const neverShips = rng.chance(0.06);
  const awaitingRaw = type === 'repair' ? '待用户确认发货' : '已同意退货退款，待用户发货';
  if (neverShips) {
    const expired = respondedAt + 7 * dayMs;
    if (expired <= until) return { ...plan, status: 'closed', rawStatus: '买家逾期，超过有效期', settleAt: expired };
    return { ...plan, status: 'awaiting_return', rawStatus: awaitingRaw };
  }
  if (shippedBack > until) return { ...plan, status: 'awaiting_return', rawStatus: awaitingRaw };
  plan.returnShippedAt = shippedBack;
  const receivedAt = shippedBack + Math.floor((1.2 + rng.next() * rng.next() * 5) * dayMs);
  if (receivedAt > until) return { ...plan, status: 'awaiting_return', rawStatus: awaitingRaw };
  plan.receivedAt = receivedAt;
  const receivedRaw = pendingRaw[type];

  // Most received returns get inspected within hours; a few never are (busy season).
  if (rng.chance(0.07)) {
    const settleAt = receivedAt + Math.floor((1 + rng.next() * 3) * dayMs);
    if (settleAt > until) return { ...plan, status: 'received', rawStatus: receivedRaw };
    return { ...plan, status: 'succeeded', rawStatus: successRaw(type), settleAt };
  }
  const inspectAt = receivedAt + Math.floor((0.1 + rng.next() * 20) * hourMs);
  if (inspectAt > until) return { ...plan, status: 'received', rawStatus: receivedRaw };
  plan.inspectAt = inspectAt;
  const settleAt = inspectAt + Math.floor((1 + rng.next() * 40) * hourMs);
  if (settleAt > until) return { ...plan, status: 'inspected', rawStatus: receivedRaw };
  return { ...plan, settleAt, status: 'succeeded', rawStatus: successRaw(type) };
};

const successRaw = (type: CaseType): string =>
  type === 'repair' ? '维修成功' : type === 'exchange' || type === 'resend' ? '换货补寄成功' : '退款成功';

const planWithoutReturn = (rng: Rng, plan: CasePlan, until: number): CasePlan => {
  const respondedAt = plan.respondedAt ?? plan.requestedAt;
  if (plan.type === 'resend') {
    const settleAt = respondedAt + Math.floor((1 + rng.next() * 3) * dayMs);
    return settleAt > until
      ? { ...plan, status: 'pending_merchant' }
      : { ...plan, status: 'succeeded', rawStatus: '换货补寄成功', settleAt };
  }
  // Refund only: usually granted; sometimes rejected, and some rejections end at the platform.
  if (rng.chance(0.12)) {
    const disputed = rng.chance(0.35);
    const settleAt = respondedAt + Math.floor((2 + rng.next() * 8) * dayMs);
    if (settleAt > until) {
      return disputed
        ? { ...plan, dispute: true, status: 'platform_review', rawStatus: '平台处理中' }
        : { ...plan, status: 'awaiting_buyer', rawStatus: '驳回退款，待买家处理' };
    }
    return disputed
      ? rng.chance(0.6)
        ? { ...plan, dispute: true, settleAt, status: 'closed', rawStatus: '平台拒绝退款，退款关闭' }
        : { ...plan, dispute: true, settleAt, status: 'succeeded', rawStatus: '退款成功' }
      : { ...plan, settleAt, status: 'closed', rawStatus: '买家逾期未处理，退款失败' };
  }
  const settleAt = respondedAt + Math.floor(rng.next() * 30 * hourMs);
  if (settleAt > until) return { ...plan, status: 'refunding', rawStatus: '商家同意退款，退款中' };
  return { ...plan, settleAt, status: 'succeeded', rawStatus: '退款成功' };
};
