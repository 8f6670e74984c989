import type { PackData } from '../pack-data';
import {
  chinaTime,
  colors,
  contentWidth,
  ensureSpace,
  font,
  heading,
  paragraph,
  printable,
  wideSpace,
  type PackSection,
} from '../pack-document';
import { fill, type PackWords } from '../pack-words';

interface Entry {
  at: number;
  who: string;
  what: string;
  /** A message's own words, printed in full below its line. */
  text?: string;
}

/** Messages with the buyer, actions from the audit log and the service clocks, merged in time order. */
export const timelineEntries = (data: PackData, words: PackWords): Entry[] => {
  const messages: Entry[] = data.detail.communications.map((m) => ({
    at: m.at,
    // The buyer's own words are headed "买家 · 平台聊天"; the merchant's say who wrote them and to whom.
    who: m.direction === 'inbound' ? words.direction.inbound : (m.authorName ?? words.system),
    what: m.direction === 'inbound' ? words.channel[m.channel] : `${words.direction[m.direction]} · ${words.channel[m.channel]}`,
    text: m.text,
  }));
  // A message's own "added" row repeats the message above it; the pack keeps the message.
  const actions: Entry[] = data.detail.audit
    .filter((a) => a.entity !== 'communication')
    .map((a) => ({ at: a.at, who: a.userName ?? words.system, what: words.audit[`${a.entity}.${a.action}`] ?? words.auditOther }));
  const clocks: Entry[] = data.clocks.flatMap((c) => {
    const kind = words.clock.kind[c.kind];
    const armed = { at: c.armed_at, who: words.system, what: fill(words.clock.armed, { kind, due: chinaTime(c.due_at) }) };
    // A clock stopped only to be re-armed says nothing the next "started" line does not.
    return c.stopped_at === null || c.stopped_reason === 'rearmed'
      ? [armed]
      : [armed, { at: c.stopped_at, who: words.system, what: fill(words.clock.stopped, { kind }) }];
  });
  return [...messages, ...actions, ...clocks]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at - b.e.at || a.i - b.i)
    .map(({ e }) => e);
};

export const timelineSection: PackSection = (pack) => {
  const { doc, data, words } = pack;
  heading(pack, words.section.timeline);
  const entries = timelineEntries(data, words);
  if (entries.length === 0) {
    paragraph(pack, words.noMessages, { muted: true });
    return;
  }
  const x = doc.page.margins.left;
  const timeWidth = 78;
  const width = contentWidth(doc) - timeWidth;
  for (const entry of entries) {
    doc.font(font.regular).fontSize(9);
    ensureSpace(doc, 28);
    const top = doc.y;
    doc.fillColor(colors.muted).text(chinaTime(entry.at), x, top, { width: timeWidth - 6 });
    doc
      .font(font.bold)
      .fillColor(colors.text)
      .text(`${printable(entry.who)}${wideSpace}${entry.what}`, x + timeWidth, top, { width });
    if (entry.text !== undefined) {
      // Long messages flow onto the next pages; pdfkit wraps Chinese between characters and breaks over-long words.
      doc
        .font(font.regular)
        .fillColor(colors.text)
        .text(printable(entry.text), x + timeWidth, doc.y + 1, { width });
    }
    doc.y += 4;
  }
  doc.x = x;
};
