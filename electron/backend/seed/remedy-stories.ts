/**
 * Demo remedies (issue 15, item 5): offers, buyers' answers, the agreed remedy and its ledger entries on a few
 * seeded cases, as a Pinduoduo shop's service desk would have left them — a ¥5 coupon so a buyer keeps a cheap
 * item, a partial refund haggled up after a counter-offer, ¥3 小额打款 for a late parcel, a resend of missing parts,
 * a coupon declined in favour of a return, and an offer still waiting for the buyer's answer.
 *
 * A pass after the cases are written, with its own random stream and id salt: the rows of every other table stay
 * exactly what they were. Skipped at a schema without the remedy tables (fixtures of older releases).
 */
import { dayMs, hourMs } from '../../../shared/domain/time';
import type { RemedyAnswer, RemedyKind, CompensationKind } from '../../../shared/domain/remedies';
import type { Sqlite } from '../db/connection';
import { rawCount, rawQuery, sqlList } from '../db/raw-sql';
import { createIdFactory } from './codes';
import { createRng, type Rng } from './prng';

interface SeededCase {
  id: string;
  type: string;
  reason: string;
  status: string;
  raw_status: string;
  requested_at: number;
  responded_at: number | null;
  resolved_at: number | null;
  refund_fen: number;
  quantity: number;
  price_fen: number;
  cost_fen: number | null;
}

interface Offer {
  kind: RemedyKind;
  amountFen?: number;
  couponThresholdFen?: number;
  note?: string;
  answer?: RemedyAnswer;
  answerText?: string;
  agreed?: boolean;
}

interface Story {
  offers: Offer[];
  /** Ledger entries the agreed offer posts (remedy-linked) or the agent entered by hand. */
  payments: Array<{ kind: CompensationKind; amountFen: number; note?: string; byHand?: boolean; voidReason?: string }>;
  /** When the money went out: the settlement for refunds, else when the remedy was agreed. */
  paidAtSettlement?: boolean;
}

/** The buyer withdrew or let the request lapse. */
const buyerGaveUp = ['买家撤销', '买家逾期，超过有效期'];

/** Whole yuan, at least ¥1: nobody offers a buyer ¥7.43. */
const yuan = (fen: number) => Math.max(100, Math.round(fen / 100) * 100);

const storyFor = (c: SeededCase, rng: Rng): Story | null => {
  const lineFen = c.price_fen * c.quantity;
  const responded = c.responded_at !== null;
  // Bought cheap, asked to return it, then withdrew: a small coupon made keeping it worth the buyer's while.
  if (buyerGaveUp.includes(c.raw_status) && c.price_fen <= 4000 && c.reason !== 'quality') {
    if (!rng.chance(0.6)) return null;
    return {
      offers: [
        {
          kind: 'coupon',
          amountFen: 500,
          couponThresholdFen: c.price_fen >= 2900 ? 2900 : undefined,
          note: '亲，商品您留着用，送您一张5元店铺券，下次购买可用',
          answer: 'accepted',
          agreed: true,
        },
      ],
      payments: [{ kind: 'coupon', amountFen: 500 }],
    };
  }
  // Refund only on a flaw the buyer can live with: keep it for part of the price, after one round of haggling.
  if (c.type === 'refund_only' && c.refund_fen > 0 && c.refund_fen < lineFen && responded && c.status === 'succeeded') {
    if (!rng.chance(0.6)) return null;
    // The agreed amount is the refund the platform paid, to the fen; the first offer is a round figure below it.
    const final = c.refund_fen;
    const first = yuan(final * 0.6);
    const haggled = first < final && rng.chance(0.5);
    return {
      offers: [
        ...(haggled
          ? [
              {
                kind: 'partial_refund' as const,
                amountFen: first,
                note: '亲，商品不影响使用的话，给您部分退款，商品不用寄回',
                answer: 'counter_offer' as const,
                answerText: '太少了，按我申请的金额退，不然就退货',
              },
            ]
          : []),
        { kind: 'partial_refund', amountFen: final, note: '商品不用寄回', answer: 'accepted', agreed: true },
      ],
      payments: [{ kind: 'partial_refund', amountFen: final }],
      paidAtSettlement: true,
    };
  }
  // A parcel arrived late: an apology and 小额打款 ¥3.
  if (c.reason === 'other' && responded && rng.chance(0.25)) {
    return {
      offers: [{ kind: 'small_payment', amountFen: 300, note: '物流延误，小额打款3元表示歉意', answer: 'accepted', agreed: true }],
      payments: [{ kind: 'small_payment', amountFen: 300 }],
    };
  }
  // Parts missing: send them again; the goods go at unit cost and the courier bill is entered by hand.
  if (c.reason === 'missing_parts' && responded && rng.chance(0.5)) {
    const duplicate = rng.chance(0.15);
    return {
      offers: [{ kind: 'resend', note: '缺件给您补发，今天安排发出', answer: 'accepted', agreed: true }],
      payments: [
        ...(c.cost_fen ? [{ kind: 'resend_goods' as const, amountFen: c.cost_fen * c.quantity }] : []),
        { kind: 'resend_freight', amountFen: 800, note: '补发快递费', byHand: true },
        ...(duplicate
          ? [{ kind: 'resend_freight' as const, amountFen: 800, note: '补发快递费', byHand: true, voidReason: '重复录入' }]
          : []),
      ],
    };
  }
  // A coupon to keep a no-reason return, declined; the return went ahead (one in 25, picked by the query).
  if (c.type === 'return_refund' && c.status === 'succeeded' && ['no_reason_7day', 'wrong_size'].includes(c.reason)) {
    return {
      offers: [
        {
          kind: 'coupon',
          amountFen: 1000,
          couponThresholdFen: 5900,
          note: '不退的话送您满59减10元券',
          answer: 'declined',
          answerText: '不要券，直接退',
        },
        { kind: 'return_refund', note: '好的，请按地址寄回', answer: 'accepted', agreed: true },
      ],
      payments: [{ kind: 'refund', amountFen: c.refund_fen }],
      paidAtSettlement: true,
    };
  }
  // Still open (parcel not sent back yet, or in a dispute): keep it for 30% back, no answer yet.
  if (['awaiting_return', 'awaiting_buyer', 'platform_review'].includes(c.status) && responded && lineFen > 0 && rng.chance(0.35)) {
    return {
      offers: [{ kind: 'partial_refund', amountFen: yuan(lineFen * 0.3), note: '协商：退30%，商品不用寄回' }],
      payments: [],
    };
  }
  return null;
};

/**
 * The cases a story can fit, narrowed in SQL so a million-order seed reads a few thousand rows instead of every
 * case; most succeeded returns have no story, so only one in 25 of them is read at all.
 */
const candidates = `c.reason_category IN ('other', 'missing_parts')
  OR c.raw_status IN ${sqlList(buyerGaveUp)}
  OR c.status IN ('awaiting_return', 'awaiting_buyer', 'platform_review')
  OR (c.type = 'refund_only' AND c.status = 'succeeded')
  OR (c.type = 'return_refund' AND c.status = 'succeeded' AND c.reason_category IN ('no_reason_7day', 'wrong_size') AND c.rowid % 25 = 0)`;

const hasRemedyTables = (db: Sqlite) =>
  rawCount(db, `SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'case_compensation'`, [], { cache: false }) > 0;

export const writeRemedyStories = (db: Sqlite, seed: number, serviceId: string, until: number): void => {
  if (!hasRemedyTables(db)) return;
  const rng = createRng(seed * 7919 + 15);
  const ids = createIdFactory(rng);
  const insertRemedy = db.prepare(
    `INSERT INTO case_remedies (id, case_id, kind, amount_fen, coupon_threshold_fen, coupon_expires_at, note, offered_by, offered_at,
       answer, answer_text, answered_by, answered_at, agreed_by, agreed_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEntry = db.prepare(
    `INSERT INTO case_compensation (id, case_id, remedy_id, kind, amount_fen, paid_at, note, recorded_by, voided_by, voided_at, void_reason, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const cases = rawQuery<SeededCase>(
    db,
    `SELECT c.id, c.type, c.reason_category AS reason, c.status, c.raw_status, c.requested_at, c.responded_at, c.resolved_at,
       c.refund_fen, c.requested_quantity AS quantity, l.unit_price_fen AS price_fen, s.unit_cost_fen AS cost_fen
     FROM after_sales_cases c JOIN order_lines l ON l.id = c.order_line_id JOIN skus s ON s.id = l.sku_id
     WHERE c.voided_at IS NULL AND (${candidates}) ORDER BY c.rowid`,
    { cache: false },
  ).all();
  for (const c of cases) {
    const story = storyFor(c, rng);
    if (!story) continue;
    const capped = (t: number) => Math.min(t, until);
    let at = capped(c.responded_at ?? c.requested_at + 2 * hourMs);
    let agreedId: string | null = null;
    let agreedAt = at;
    for (const offer of story.offers) {
      const id = ids(at);
      const answeredAt = offer.answer ? capped(at + rng.int(10, 240) * 60_000) : null;
      const agreedAtOffer = offer.agreed && answeredAt !== null ? capped(answeredAt + rng.int(1, 10) * 60_000) : null;
      insertRemedy.run(
        id,
        c.id,
        offer.kind,
        offer.amountFen ?? null,
        offer.couponThresholdFen ?? null,
        offer.kind === 'coupon' ? at + 30 * dayMs : null,
        offer.note ?? null,
        serviceId,
        at,
        offer.answer ?? null,
        offer.answerText ?? null,
        offer.answer ? serviceId : null,
        answeredAt,
        agreedAtOffer === null ? null : serviceId,
        agreedAtOffer,
        at,
      );
      if (agreedAtOffer !== null) [agreedId, agreedAt] = [id, agreedAtOffer];
      at = capped((answeredAt ?? at) + rng.int(5, 60) * 60_000);
    }
    const paidAt = story.paidAtSettlement && c.resolved_at !== null ? c.resolved_at : agreedAt;
    for (const p of story.payments) {
      const when = p.byHand ? capped(paidAt + rng.int(30, 180) * 60_000) : paidAt;
      insertEntry.run(
        ids(when),
        c.id,
        p.byHand ? null : agreedId,
        p.kind,
        p.amountFen,
        when,
        p.note ?? null,
        serviceId,
        p.voidReason ? serviceId : null,
        p.voidReason ? capped(when + 10 * 60_000) : null,
        p.voidReason ?? null,
        when,
      );
    }
  }
};
