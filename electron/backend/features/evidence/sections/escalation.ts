import { chinaTime, fields, heading, paragraph, printable, yuan, type PackSection } from '../pack-document';
import { fill } from '../pack-words';

/**
 * The escalation path (agent → owner → platform) and each platform intervention: when it opened, the evidence
 * deadline, every submission with its items, and the decision. Left out for a case that was never escalated.
 */
export const escalationSection: PackSection = (pack) => {
  const { data, words } = pack;
  const e = data.escalation;
  if (!e || (e.steps.length === 0 && e.interventions.length === 0)) return;
  const w = words.escalation;
  heading(pack, words.section.escalation);
  fields(pack, [[w.current, w.level[e.level]]]);
  if (e.steps.length > 0) {
    paragraph(
      pack,
      e.steps
        .map((s) =>
          [
            chinaTime(s.happenedAt),
            w.step[s.action],
            s.reason ? w.reason[s.reason] : null,
            s.note ? printable(s.note) : null,
            s.recordedByName,
          ]
            .filter(Boolean)
            .join(' · '),
        )
        .join('\n'),
      { muted: true },
    );
  }
  for (const i of e.interventions) {
    const lines = [
      fill(w.opened, { time: chinaTime(i.openedAt) }),
      i.evidenceDueAt !== null ? fill(w.deadline, { time: chinaTime(i.evidenceDueAt) }) : null,
      ...i.submissions.flatMap((s) => [
        fill(w.submitted, { time: chinaTime(s.submittedAt) }) + (s.note ? `：${printable(s.note)}` : ''),
        ...s.items.map(
          (item) =>
            '  · ' +
            (item.kind === 'attachment'
              ? fill(w.photo, { time: chinaTime(item.attachmentTakenAt) })
              : item.kind === 'message'
                ? fill(w.message, { time: chinaTime(item.messageAt), text: printable(item.messageText ?? '').slice(0, 120) })
                : printable(item.text ?? '')),
        ),
      ]),
      i.decision !== null && i.decidedAt !== null
        ? fill(w.decided, { time: chinaTime(i.decidedAt), decision: w.decision[i.decision] }) +
          (i.decisionAmountFen !== null && i.decisionAmountFen > 0 ? `，${fill(w.amount, { amount: yuan(i.decisionAmountFen) })}` : '') +
          (i.decisionNote ? `：${printable(i.decisionNote)}` : '')
        : null,
    ].filter((t): t is string => Boolean(t));
    paragraph(pack, lines.join('\n'));
  }
};
