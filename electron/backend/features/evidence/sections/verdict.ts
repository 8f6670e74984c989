import { chinaTime, fields, heading, type PackSection } from '../pack-document';
import { fill, verdictRules } from '../pack-words';

/** The return rules' verdict on the case, worded as on the case page, with the articles it rests on. */
export const verdictSection: PackSection = (pack) => {
  const { data, words } = pack;
  const v = data.verdict;
  const w = words.verdict;
  heading(pack, words.section.verdict);
  const window =
    v.window.from === null || v.window.startAt === null || v.window.endAt === null
      ? w.windowUnknown
      : fill(w.windowText, {
          from: w.from[v.window.from],
          start: chinaTime(v.window.startAt),
          days: v.window.days,
          end: chinaTime(v.window.endAt),
          n: v.window.dayAfterStart ?? '—',
          within: v.window.within ? w.within : w.outside,
        });
  const refund = v.refund
    ? fill(w.refundText, { hours: v.refund.hours }) +
      (v.refund.dueAt === null ? '' : fill(w.refundDue, { time: chinaTime(v.refund.dueAt) }))
    : null;
  const burden = v.burdenOfProof
    ? v.burdenOfProof.sellerBears
      ? fill(w.burdenSeller, { time: chinaTime(v.burdenOfProof.endsAt) })
      : w.burdenBuyer
    : null;
  fields(pack, [
    [w.basisLabel, w.basis[v.basis]],
    [w.conclusionLabel, v.basis === 'quality' ? null : w.conclusion[v.noReason.conclusion]],
    [w.qualityLabel, v.qualityRemedy ? w.quality[v.qualityRemedy.remedy] : null],
    [w.window, window],
    [w.freight, w.freightExpected[v.freight.expected]],
    [w.refund, refund],
    [w.burden, burden],
  ]);
  pack.doc.moveDown(0.2);
  fields(pack, [
    [
      '',
      fill(w.rules, {
        rules: verdictRules(v)
          .map((r) => w.rule[r])
          .join(data.language === 'zh-CN' ? '、' : '; '),
      }),
    ],
  ]);
};
