import type { CaseType } from './aftersales';
import type { SuggestedOutcome } from './inspection';
import { fenToYuanText } from './money';
import { chinaOffsetMs } from './time';

/**
 * Reply templates (issue 16, item 2): what customer service says to a buyer, kept personal. Templates are written
 * in Chinese for the buyer with an English gloss for the owner; placeholders in braces (`{订单号}`, or the gloss's
 * `{order number}`) are filled from the case. Anything still in braces when a reply is logged is a placeholder
 * nobody filled, and a buyer must never see one: the composer and `communications.add` both refuse it.
 */

/** The situations of a dispute, in the order a conversation meets them (DOMAIN.md, "Refund-only and disputes"). */
export const replySituations = [
  'acknowledge',
  'ask_details',
  'offer_solution',
  'progress',
  'escalation',
  'resolution',
  'follow_up',
  'feedback',
] as const;
export type ReplySituation = (typeof replySituations)[number];

export const placeholderKeys = ['buyerName', 'orderNumber', 'product', 'deadline', 'remedy', 'amount', 'agentName'] as const;
export type PlaceholderKey = (typeof placeholderKeys)[number];

/** How each placeholder is written inside a template: in the Chinese text and in the English gloss. */
export const placeholderLabels: Readonly<Record<PlaceholderKey, { zh: string; en: string }>> = {
  buyerName: { zh: '买家昵称', en: 'buyer name' },
  orderNumber: { zh: '订单号', en: 'order number' },
  product: { zh: '商品', en: 'product' },
  deadline: { zh: '处理时限', en: 'deadline' },
  remedy: { zh: '解决方案', en: 'remedy' },
  amount: { zh: '金额', en: 'amount' },
  agentName: { zh: '客服名', en: 'agent name' },
};

export type PlaceholderValues = Partial<Record<PlaceholderKey, string | null>>;

/** The longest reply a message may hold (the contract's limit on `communications.add`). */
export const maxReplyChars = 4000;

/** Short text in braces with no brace or line break inside: a placeholder, known or not. */
const placeholderPattern = /\{([^{}\n]{1,20})\}/g;

const keyByLabel = new Map<string, PlaceholderKey>(
  placeholderKeys.flatMap((key) => [
    [placeholderLabels[key].zh, key],
    [placeholderLabels[key].en.toLowerCase(), key],
  ]),
);

/** Puts the case's values into a template; a placeholder with no value stays as written, visibly unfilled. */
export const fillTemplate = (body: string, values: PlaceholderValues): string =>
  body.replace(placeholderPattern, (whole, label: string) => {
    const key = keyByLabel.get(label.trim().toLowerCase());
    const value = key ? values[key]?.trim() : undefined;
    return value ? value : whole;
  });

/** Every placeholder still in the text (`{订单号}`), in order, each once. */
export const unfilledPlaceholders = (text: string): string[] => [...new Set([...text.matchAll(placeholderPattern)].map((m) => m[0]))];

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();

/** True when the agent sends the filled template word for word: a reply that reads like a form letter. */
export const isUnchangedTemplate = (filledTemplate: string, text: string): boolean =>
  filledTemplate.trim() !== '' && normalized(filledTemplate) === normalized(text);

export const neverSayKinds = ['blame', 'refusal', 'arguing'] as const;
export type NeverSayKind = (typeof neverSayKinds)[number];

export interface NeverSayPhrase {
  phrase: string;
  kind: NeverSayKind;
}

/** The phrases of the owner's "never say" list that the text contains (case-insensitive, each once). */
export const neverSayHits = <P extends NeverSayPhrase>(text: string, phrases: readonly P[]): P[] => {
  const lower = text.toLowerCase();
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const needle = p.phrase.trim().toLowerCase();
    if (!needle || seen.has(needle) || !lower.includes(needle)) return false;
    seen.add(needle);
    return true;
  });
};

/** What the buyer is offered, in the words a reply uses (not the internal "reject with evidence"). */
const remedyByOutcome: Partial<Record<SuggestedOutcome, string>> = {
  full_refund: '全额退款',
  partial_refund: '部分退款',
  exchange: '换货',
  repair: '维修',
};
const remedyByCaseType: Record<CaseType, string> = {
  refund_only: '退款',
  return_refund: '退货退款',
  exchange: '换货',
  resend: '补寄',
  repair: '维修',
};

/** `Date` in China time as a buyer reads a promise: 12月9日 18:00. */
export const chinaDeadlineText = (at: number): string => {
  const d = new Date(at + chinaOffsetMs);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hh}:${mm}`;
};

/** What a case knows that a reply can use; every field may be missing. */
export interface ReplyCaseFacts {
  buyerName?: string | null;
  orderNumber?: string | null;
  productName?: string | null;
  specText?: string | null;
  deadlineAt?: number | null;
  type?: CaseType | null;
  suggestedOutcome?: SuggestedOutcome | null;
  suggestedRefundFen?: number | null;
  refundFen?: number | null;
  agentName?: string | null;
}

/**
 * The placeholder values of a case. The remedy is the inspection's suggestion when it is one a buyer can be offered,
 * else what the buyer asked for (the case type); the amount is the suggested refund, else the refund asked for. An
 * amount of zero is no amount: the placeholder stays for the agent to fill.
 */
export const placeholderValuesOf = (facts: ReplyCaseFacts): PlaceholderValues => {
  const product = facts.productName ? (facts.specText ? `${facts.productName}（${facts.specText}）` : facts.productName) : null;
  const remedy = (facts.suggestedOutcome && remedyByOutcome[facts.suggestedOutcome]) ?? (facts.type ? remedyByCaseType[facts.type] : null);
  const fen = facts.suggestedRefundFen ?? facts.refundFen ?? null;
  return {
    buyerName: facts.buyerName ?? null,
    orderNumber: facts.orderNumber ?? null,
    product,
    deadline: facts.deadlineAt ? chinaDeadlineText(facts.deadlineAt) : null,
    remedy,
    amount: fen && fen > 0 ? `¥${fenToYuanText(fen)}` : null,
    agentName: facts.agentName ?? null,
  };
};

export interface ReplyCheck<P extends NeverSayPhrase> {
  /** Placeholders still in braces: the reply cannot be copied or logged (outbound only). */
  unfilled: string[];
  /** The filled template word for word: a warning, gone once the agent writes in it. */
  unchanged: boolean;
  /** Never-say phrases found: a warning. */
  neverSay: P[];
  /** Over `maxReplyChars`: cannot be logged. */
  tooLong: boolean;
  /** Whether the reply may go out (copied or logged). */
  blocked: boolean;
}

/** Every check the composer shows, in one place; the backend repeats the blocking ones. */
export const checkReply = <P extends NeverSayPhrase>(
  text: string,
  options: { outbound: boolean; filledTemplate: string | null; phrases: readonly P[] },
): ReplyCheck<P> => {
  const tooLong = text.length > maxReplyChars;
  // A 10 MB paste is refused for its length alone; scanning it for phrases would only slow the page.
  const unfilled = options.outbound && !tooLong ? unfilledPlaceholders(text) : [];
  const unchanged = options.outbound && options.filledTemplate !== null && !tooLong && isUnchangedTemplate(options.filledTemplate, text);
  const neverSay = options.outbound && !tooLong ? neverSayHits(text, options.phrases) : [];
  return { unfilled, unchanged, neverSay, tooLong, blocked: tooLong || unfilled.length > 0 };
};
