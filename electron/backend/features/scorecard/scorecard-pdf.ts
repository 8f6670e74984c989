import PDFDocument from 'pdfkit';
import type { Scorecard, SupplierScorecard } from '../../../../shared/contract/scorecard.contract';
import { registerPdfFonts } from './pdf-fonts';
import { scorecardWords, type FileLocale } from './scorecard-labels';

/** A4 in points; everything is placed by coordinates so the page never spills onto a second one. */
const page = { width: 595.28, height: 841.89, margin: 40 };
const inner = page.width - 2 * page.margin;
const ink = '#1f2329';
const muted = '#646a73';
const accent = '#1677ff';
const bad = '#d4380d';
/** The trend table shows the period's last months (a longer period is in the XLSX). */
const maxTrendRows = 12;
const maxParetoRows = 8;

const chinaTime = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

const formatters = (locale: FileLocale) => {
  const int = new Intl.NumberFormat(locale);
  const dec = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    int: (n: number) => int.format(n),
    pct: (share: number) => `${dec.format(share * 100)}%`,
    dec: (n: number) => dec.format(n),
    money: (fen: number) => `¥${dec.format(fen / 100)}`,
  };
};

interface Cursor {
  doc: PDFKit.PDFDocument;
  y: number;
}

const heading = (c: Cursor, text: string) => {
  c.y += 8;
  c.doc.font('bold').fontSize(11).fillColor(accent).text(text, page.margin, c.y, { lineBreak: false });
  c.y += 18;
  c.doc
    .moveTo(page.margin, c.y)
    .lineTo(page.margin + inner, c.y)
    .lineWidth(0.5)
    .strokeColor('#d0d3d6')
    .stroke();
  c.y += 5;
};

/** Label/value pairs in two columns. */
const facts = (c: Cursor, pairs: Array<[string, string]>) => {
  const colWidth = inner / 2;
  pairs.forEach(([label, value], i) => {
    const x = page.margin + (i % 2) * colWidth;
    const y = c.y + Math.floor(i / 2) * 15;
    c.doc
      .font('regular')
      .fontSize(9)
      .fillColor(muted)
      .text(label, x, y, { width: colWidth * 0.55, lineBreak: false });
    c.doc
      .font('bold')
      .fontSize(9)
      .fillColor(ink)
      .text(value, x + colWidth * 0.55, y, { width: colWidth * 0.43, lineBreak: false });
  });
  c.y += Math.ceil(pairs.length / 2) * 15;
};

const table = (c: Cursor, headers: string[], widths: number[], rows: string[][]) => {
  const draw = (cells: string[], font: 'regular' | 'bold', color: string) => {
    let x = page.margin;
    cells.forEach((cell, i) => {
      const width = widths[i] ?? 60;
      c.doc
        .font(font)
        .fontSize(8.5)
        .fillColor(color)
        .text(cell, x, c.y, { width: width - 4, align: i === 0 ? 'left' : 'right', lineBreak: false });
      x += width;
    });
    c.y += 13;
  };
  draw(headers, 'bold', muted);
  for (const row of rows) draw(row, 'regular', ink);
};

const paretoBars = (c: Cursor, s: SupplierScorecard, keyLabel: (key: string) => string, emptyText: string) => {
  if (s.pareto.length === 0) {
    c.doc.font('regular').fontSize(9).fillColor(muted).text(emptyText, page.margin, c.y, { lineBreak: false });
    c.y += 14;
    return;
  }
  const rows = s.pareto.slice(0, maxParetoRows);
  const top = rows[0]?.units ?? 1;
  const labelWidth = 140;
  const barWidth = inner - labelWidth - 110;
  for (const p of rows) {
    c.doc
      .font('regular')
      .fontSize(8.5)
      .fillColor(ink)
      .text(keyLabel(p.key), page.margin, c.y, { width: labelWidth - 6, lineBreak: false });
    c.doc
      .rect(page.margin + labelWidth, c.y + 1, Math.max(1, (barWidth * p.units) / top), 8)
      .fillColor(bad)
      .fill();
    c.doc
      .font('regular')
      .fontSize(8.5)
      .fillColor(ink)
      .text(`${p.units}  (${Math.round(p.cumulativeShare * 100)}%)`, page.margin + labelWidth + barWidth + 6, c.y, {
        width: 100,
        lineBreak: false,
      });
    c.y += 13;
  }
};

/** One supplier's scorecard on one A4 page, for the supplier meeting. Resolves to the PDF's bytes. */
export const scorecardPdf = (card: Scorecard, supplierId: string, locale: FileLocale, now: number): Promise<Buffer> => {
  const s = card.suppliers.find((x) => x.supplierId === supplierId);
  if (!s) throw new Error(`supplier ${supplierId} is not in the scorecard`);
  const w = scorecardWords(locale);
  const f = formatters(locale);
  const keyLabel = (key: string) => {
    const found = card.keys.find((k) => k.key === key)?.label;
    return found ? (locale === 'zh-CN' ? found.zh : found.en) : key;
  };

  const doc = new PDFDocument({
    size: 'A4',
    margin: page.margin,
    info: { Title: `${w.pdfTitle} · ${s.name}`, Author: 'ReturnLens', CreationDate: new Date(now) },
  });
  registerPdfFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const c: Cursor = { doc, y: page.margin };
  doc.font('bold').fontSize(18).fillColor(ink).text(`${w.pdfTitle}`, page.margin, c.y, { lineBreak: false });
  c.y += 26;
  doc.font('bold').fontSize(14).fillColor(ink).text(s.name.slice(0, 60), page.margin, c.y, { width: inner, lineBreak: false });
  c.y += 20;
  doc
    .font('regular')
    .fontSize(9)
    .fillColor(muted)
    .text(`${w.period}: ${card.from} – ${card.to}    ${w.generated}: ${chinaTime(now)}`, page.margin, c.y, { lineBreak: false });
  c.y += 12;

  heading(c, w.lotsAndQc);
  const qc = s.qcPer100;
  facts(c, [
    [w.lotsReceived, f.int(s.lotsReceived)],
    [w.acceptanceRateShort, s.acceptanceRate === null ? w.notJudged : f.pct(s.acceptanceRate)],
    [w.lotSplit, `${s.lotsAccepted} / ${s.lotsRejected} / ${s.lotsNotJudged}`],
    [w.sampledUnits, f.int(s.sampledUnits)],
    [w.qcTotal, qc ? f.dec(qc.total) : w.none],
    [w.qcByClass, qc ? `${f.dec(qc.critical)} · ${f.dec(qc.major)} · ${f.dec(qc.minor)}` : w.none],
  ]);

  heading(c, w.salesAndReturns);
  facts(c, [
    [w.unitsSold, f.int(s.unitsSold)],
    [w.unitSplit, `${f.int(s.labelledUnits)} / ${f.int(s.estimatedUnits)} / ${f.int(s.noLotUnits)}`],
    [w.unitsReturned, f.int(s.unitsReturned)],
    [w.returnRateShort, f.pct(s.returnRate)],
    [w.supplierFaultUnits, f.int(s.supplierFaultUnits)],
    [w.costShort, f.money(s.costOfReturnsFen)],
    [w.faultCostShort, f.money(s.supplierFaultCostFen)],
    [w.openActions, s.openActions.source === 'recorded' ? f.int(s.openActions.count) : w.notRecorded],
  ]);

  const months = s.trend.slice(-maxTrendRows);
  heading(c, s.trend.length > maxTrendRows ? `${w.trend} ${w.lastMonths.replace('{n}', String(maxTrendRows))}` : w.trend);
  table(
    c,
    [w.month, w.unitsSold, w.unitsReturned, w.returnRateShort, w.lotsReceived, w.qcTotal],
    [80, 85, 85, 85, 80, inner - 415],
    months.map((m) => [
      m.month,
      f.int(m.unitsSold),
      f.int(m.unitsReturned),
      f.pct(m.returnRate),
      f.int(m.lotsReceived),
      m.qcPer100 === null ? '–' : f.dec(m.qcPer100),
    ]),
  );

  heading(c, w.pareto);
  paretoBars(c, s, keyLabel, w.noSupplierFault);

  doc
    .font('regular')
    .fontSize(7.5)
    .fillColor(muted)
    .text(w.definitions, page.margin, page.height - page.margin - 30, { width: inner, height: 30 });
  doc.end();
  return done;
};
