import { domainLabels } from '../../../../../shared/domain/labels';
import { chinaTime, colors, contentWidth, fields, font, heading, yuan, type PackSection } from '../pack-document';
import { fill } from '../pack-words';

/** Title, who made the pack and when, then the case as the platform knows it. */
export const headerSection: PackSection = (pack) => {
  const { doc, data, words } = pack;
  const labels = domainLabels[data.language];
  const d = data.detail;
  const x = doc.page.margins.left;
  doc
    .font(font.bold)
    .fontSize(18)
    .fillColor(colors.text)
    .text(words.title, x, doc.y, { width: contentWidth(doc) });
  doc
    .font(font.regular)
    .fontSize(10)
    .fillColor(colors.muted)
    .text(words.subtitle, { width: contentWidth(doc) });
  doc.fontSize(8.5).text(fill(words.madeAt, { time: chinaTime(data.madeAt), who: data.madeBy }), { width: contentWidth(doc) });
  heading(pack, words.section.header);
  fields(pack, [[words.field.shop, data.shopName]]);
  doc.moveDown(0.2);
  fields(pack, [
    [words.field.caseNumber, d.caseNumber],
    [words.field.orderNumber, d.orderNumber],
    [words.field.caseType, labels.caseType[d.type]],
    [words.field.reason, labels.reason[d.reasonCategory]],
    [words.field.reasonText, d.reasonText],
    [words.field.requestedAt, chinaTime(d.requestedAt)],
    [words.field.refund, yuan(d.refundFen)],
    [words.field.status, labels.caseStatus[d.status]],
    [words.field.dispute, d.dispute ? words.yes : words.no],
    [words.field.assignee, d.assigneeName],
    [words.field.resolution, d.resolution],
  ]);
};
