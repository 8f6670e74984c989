import { domainLabels } from '../../../../../shared/domain/labels';
import { chinaTime, colors, contentWidth, ensureSpace, fields, font, heading, printable, yuan, type PackSection } from '../pack-document';

/** The order's times and money, then one row per line: what was sold, in which spec and lot, at what price. */
export const orderSection: PackSection = (pack) => {
  const { doc, data, words } = pack;
  const order = data.detail.order;
  heading(pack, words.section.order);
  fields(pack, [
    [words.field.orderNumber, order.orderNumber],
    [words.field.orderStatus, domainLabels[data.language].orderStatus[order.status]],
    [words.field.paidAt, chinaTime(order.paidAt)],
    [words.field.shippedAt, chinaTime(order.shippedAt)],
    [words.field.signedAt, chinaTime(order.signedAt)],
    [words.field.confirmedAt, order.confirmedAt === null ? null : chinaTime(order.confirmedAt)],
    [words.field.buyerPaid, yuan(order.buyerPaidFen)],
  ]);
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  // SKU, product and spec, lot, quantity, unit price.
  const columns = [0.18, 0.44, 0.16, 0.08, 0.14].map((share) => share * width);
  const header = [
    words.field.sku,
    `${words.field.product} / ${words.field.spec}`,
    words.field.lot,
    words.field.quantity,
    words.field.unitPrice,
  ];
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? font.bold : font.regular).fontSize(8.5);
    const height = Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: (columns[i] ?? 0) - 6 })));
    ensureSpace(doc, height + 6);
    const top = doc.y;
    let left = x;
    cells.forEach((text, i) => {
      doc.fillColor(colors.text).text(text, left, top, { width: (columns[i] ?? 0) - 6 });
      left += columns[i] ?? 0;
    });
    doc.y = top + height + 3;
    doc
      .moveTo(x, doc.y)
      .lineTo(x + width, doc.y)
      .lineWidth(0.3)
      .strokeColor(colors.rule)
      .stroke();
    doc.y += 3;
  };
  doc.moveDown(0.3);
  row(header, true);
  for (const line of order.lines) {
    const product = line.specText ? `${line.productName} / ${line.specText}` : line.productName;
    row(
      [printable(line.skuCode), printable(product), printable(line.lotCode ?? '—'), String(line.quantity), yuan(line.unitPriceFen)],
      false,
    );
  }
  doc.x = x;
};
