import { effectiveWindowDays, legalRefundHours, qualityReturnDays, type LawPolicy, type ReturnException } from './return-law';

/**
 * The store page's return & after-sales policy (issue 15, item 8), written from the shop's settings so the page
 * promises exactly what the desk does. Chinese for the buyers; an English gloss, section by section, for an owner
 * who does not read Chinese. Pure: the same settings give the same text.
 */

export interface PolicySection {
  key: 'start' | 'window' | 'condition' | 'exceptions' | 'quality' | 'freight' | 'refund';
  zh: string;
  en: string;
}

export interface StorePolicyInput extends LawPolicy {
  /** Hours to answer a request (policy `responseHours`). */
  responseHours: number;
  /** The exceptions set on at least one product: only those are listed (an empty list says every item qualifies). */
  exceptionsInUse: readonly ReturnException[];
}

const exceptionZh: Record<ReturnException, string> = {
  perishable: '生鲜、易腐商品',
  custom_made: '按您的要求定制的商品',
  digital_opened: '已拆封的音像制品、计算机软件等数字化商品',
  hygiene_opened: '拆封后影响卫生或人身健康的个人护理用品（如内衣、贴身用品）',
  marked_at_sale: '下单时页面已注明并经您确认不支持七天无理由退货的商品',
};
const exceptionEn: Record<ReturnException, string> = {
  perishable: 'fresh or perishable goods',
  custom_made: 'goods made to the buyer’s order',
  digital_opened: 'opened audio-visual products, software and other digital goods',
  hygiene_opened: 'personal-hygiene items once opened (e.g. underwear)',
  marked_at_sale: 'goods the buyer confirmed as non-returnable when ordering',
};

/** "48 小时" / "2 天": whole days read better when the hours are a multiple of 24. */
const zhDuration = (hours: number) => (hours % 24 === 0 ? `${hours / 24} 天` : `${hours} 小时`);
const enDuration = (hours: number) => (hours % 24 === 0 ? `${hours / 24} day${hours === 24 ? '' : 's'}` : `${hours} hours`);

export const storePolicySections = (input: StorePolicyInput): PolicySection[] => {
  // Never fewer days than the law's 7, never a slower refund than its 7 days: the page cannot promise less.
  const days = effectiveWindowDays(input.noReasonWindowDays);
  const refundHours = Math.min(input.refundHours, legalRefundHours);
  const exceptions = input.exceptionsInUse;
  const sections: PolicySection[] = [
    {
      key: 'start',
      zh: `如何申请：在订单详情页点击“申请售后”，选择退款原因并上传商品照片。我们会在 ${zhDuration(input.responseHours)}内处理您的申请；同意退货后，请按页面上的退货地址寄回，并填写退货快递单号。`,
      en: `How to start: on the order page, tap "After-sales", choose a reason and add photos. We answer within ${enDuration(input.responseHours)}; once a return is agreed, send the parcel to the address shown and enter the tracking number.`,
    },
    {
      key: 'window',
      zh: `七天无理由退货：自物流签收之时起 ${days} 天内（${days * 24} 小时），您可以无理由申请退货。时间以物流签收时间为准，而不是确认收货时间。`,
      en: `No-reason returns: within ${days} days (${days * 24} hours) of the parcel being signed for, the buyer may return without giving a reason. The clock starts at the courier's signing time, not when the buyer confirms receipt.`,
    },
    {
      key: 'condition',
      zh: '商品状态：退回的商品应保持完好，吊牌、配件、赠品及包装齐全，不影响二次销售；为检查商品而拆封不影响退货。',
      en: 'Condition: returned goods must be intact, with tags, accessories, gifts and packaging, fit for resale. Opening the package to inspect the goods does not prevent a return.',
    },
    exceptions.length > 0
      ? {
          key: 'exceptions',
          zh: `以下商品不适用七天无理由退货（质量问题除外）：${exceptions.map((e) => exceptionZh[e]).join('；')}。`,
          en: `These goods are not covered by no-reason returns (quality problems still are): ${exceptions.map((e) => exceptionEn[e]).join('; ')}.`,
        }
      : {
          key: 'exceptions',
          zh: '本店商品均支持七天无理由退货。',
          en: 'Every item in this shop qualifies for no-reason returns.',
        },
    {
      key: 'quality',
      zh: `质量问题：商品存在质量问题、与描述不符、少件或发错的，签收后 ${qualityReturnDays} 天内可退货，之后可换货或维修，来回运费由本店承担。`,
      en: `Quality problems: if an item is defective, not as described, incomplete or wrong, it may be returned within ${qualityReturnDays} days of signing and exchanged or repaired after that; the shop pays the freight both ways.`,
    },
    input.freeReturnShipping
      ? {
          key: 'freight',
          zh: '退货运费：本店为订单提供退货包运费，无理由退货的运费由运费险承担，您无需垫付。',
          en: 'Return freight: the shop covers return shipping (return-shipping insurance), so no-reason returns cost the buyer nothing.',
        }
      : {
          key: 'freight',
          zh: '退货运费：无理由退货的运费由您承担；如您购买了运费险，按运费险规则理赔。质量问题的运费由本店承担。',
          en: 'Return freight: for no-reason returns the buyer pays, unless their return-shipping insurance covers it. For quality problems the shop pays.',
        },
    {
      key: 'refund',
      zh: `退款时效：我们收到退回的商品并确认无误后，${zhDuration(refundHours)}内为您办理退款，原路退回。`,
      en: `Refund timing: once the returned goods arrive and are checked, the refund is made within ${enDuration(refundHours)}, to the original payment method.`,
    },
  ];
  return sections;
};

/** The Chinese text as it goes on the store page: one numbered paragraph per section. */
export const storePolicyTextZh = (input: StorePolicyInput): string =>
  ['退换货及售后说明', ...storePolicySections(input).map((s, i) => `${i + 1}. ${s.zh}`)].join('\n');
