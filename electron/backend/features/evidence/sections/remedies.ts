import { chinaTime, fields, heading, paragraph, wideSpace, yuan, type PackSection } from '../pack-document';
import { fill } from '../pack-words';

/** Every solution offered, with the buyer's answer, what was settled and what was paid. */
export const remediesSection: PackSection = (pack) => {
  const { data, words } = pack;
  const w = words.remedy;
  heading(pack, words.section.remedies);
  if (data.remedies.length === 0) paragraph(pack, words.noRemedies, { muted: true });
  for (const r of data.remedies) {
    const terms = [
      r.amountFen !== null ? fill(w.amount, { amount: yuan(r.amountFen) }) : null,
      r.couponThresholdFen !== null && r.couponExpiresAt !== null
        ? fill(w.coupon, { threshold: yuan(r.couponThresholdFen), expires: chinaTime(r.couponExpiresAt) })
        : null,
      r.note,
    ].filter((t): t is string => Boolean(t));
    const answer =
      r.answer && r.answeredAt !== null ? fill(w.answered, { time: chinaTime(r.answeredAt), answer: w.answer[r.answer] }) : w.waiting;
    const lines = [
      terms.join(data.language === 'zh-CN' ? '；' : '; '),
      answer + (r.answerText ? `：${r.answerText}` : ''),
      r.agreedAt !== null ? fill(w.agreed, { time: chinaTime(r.agreedAt) }) : null,
      r.voidedAt !== null ? fill(w.voided, { reason: r.voidReason ?? '' }) : null,
    ].filter((t): t is string => Boolean(t));
    paragraph(pack, fill(w.offered, { time: chinaTime(r.offeredAt), who: r.offeredByName ?? words.system, kind: w.kind[r.kind] }));
    paragraph(pack, lines.join('\n'), { muted: true });
  }
  const paid = data.ledger.filter((e) => e.voidedAt === null);
  if (paid.length > 0) {
    fields(
      pack,
      paid.map(
        (e) =>
          [
            w.paid,
            `${chinaTime(e.paidAt)}${wideSpace}${w.compensation[e.kind]}${wideSpace}${yuan(e.amountFen)}${e.note ? `${wideSpace}${e.note}` : ''}`,
          ] as const,
      ),
    );
  }
};
