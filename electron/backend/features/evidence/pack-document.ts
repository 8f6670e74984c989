import PDFDocument from 'pdfkit';
import { chinaOffsetMs } from '../../../../shared/domain/time';
import { fenToYuanText } from '../../../../shared/domain/money';
import type { PackData } from './pack-data';
import { packFonts } from './pack-font';
import { packWords, type PackWords } from './pack-words';

/** What every section function gets: the loaded case, the words of the pack's language and the document. */
export interface PackContext {
  doc: PDFKit.PDFDocument;
  data: PackData;
  words: PackWords;
}

export type PackSection = (pack: PackContext) => void;

/** The ideographic space (U+3000) that separates parts of a line in Chinese print. */
export const wideSpace = '\u3000';

export const font = { regular: 'pack-regular', bold: 'pack-bold' } as const;
export const colors = { text: '#1f1f1f', muted: '#666666', rule: '#cccccc', accent: '#1f4e79' } as const;
/** A4 with 15 mm margins: room for a two-photo row and the footer. */
const margin = 42;

/** China wall-clock time, as the platform and the buyer see it: `2026-06-01 10:00`. */
export const chinaTime = (ms: number | null | undefined): string => {
  if (ms === null || ms === undefined) return '—';
  const d = new Date(ms + chinaOffsetMs);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
};

export const yuan = (fen: number | null | undefined): string => (fen === null || fen === undefined ? '—' : `¥${fenToYuanText(fen)}`);

/**
 * Text as typed by a buyer or an agent, made safe to print: bidirectional overrides (U+202A–202E, U+2066–2069)
 * would let a message display reversed or disguised, and control characters draw as boxes. Markup such as
 * `<script>` is printed literally: a PDF runs nothing.
 */
export const printable = (text: string | null | undefined): string =>
  (text ?? '')
    .replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g, '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\r\n?/g, '\n');

export const contentWidth = (doc: PDFKit.PDFDocument) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

const bottomOf = (doc: PDFKit.PDFDocument) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page when less than `height` points are left, so a block never starts at the page's foot. */
export const ensureSpace = (doc: PDFKit.PDFDocument, height: number): void => {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
};

export const heading = ({ doc }: PackContext, text: string): void => {
  ensureSpace(doc, 60);
  doc.moveDown(0.8);
  doc
    .font(font.bold)
    .fontSize(12.5)
    .fillColor(colors.accent)
    .text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  const y = doc.y + 2;
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(0.6)
    .strokeColor(colors.rule)
    .stroke();
  doc.y = y + 6;
  doc.font(font.regular).fontSize(9.5).fillColor(colors.text);
};

const labelWidth = 110;

/** Label–value rows; a value wraps in its own column and a row never splits its label from its value. */
export const fields = ({ doc }: PackContext, rows: ReadonlyArray<readonly [string, string | null | undefined]>): void => {
  const x = doc.page.margins.left;
  const valueWidth = contentWidth(doc) - labelWidth;
  for (const [label, value] of rows) {
    if (value === null || value === undefined || value === '') continue;
    const text = printable(value);
    doc.font(font.regular).fontSize(9.5);
    ensureSpace(doc, Math.min(doc.heightOfString(text, { width: valueWidth }), 120) + 4);
    const top = doc.y;
    doc.fillColor(colors.muted).text(label, x, top, { width: labelWidth - 8 });
    doc.fillColor(colors.text).text(text, x + labelWidth, top, { width: valueWidth });
    doc.y = Math.max(doc.y, top) + 3;
  }
  doc.x = x;
};

export const paragraph = ({ doc }: PackContext, text: string, options: { muted?: boolean; size?: number } = {}): void => {
  doc
    .font(font.regular)
    .fontSize(options.size ?? 9.5)
    .fillColor(options.muted ? colors.muted : colors.text)
    .text(printable(text), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
};

/** The case number and page count at every page's foot, written once all pages exist. */
const footers = (doc: PDFKit.PDFDocument, words: PackWords, caseNumber: string): void => {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing below the bottom margin would make pdfkit open a new page; lift the margin while the footer is drawn.
    doc.page.margins.bottom = 0;
    doc
      .font(font.regular)
      .fontSize(8)
      .fillColor(colors.muted)
      .text(
        `${words.field.caseNumber} ${printable(caseNumber)}${wideSpace}·${wideSpace}${words.page.replace('{{n}}', String(i + 1)).replace('{{total}}', String(range.count))}`,
        margin,
        doc.page.height - 28,
        { width: contentWidth(doc), align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
};

/** Builds the PDF from the sections in order and resolves with its bytes. */
export const renderPack = (data: PackData, sections: readonly PackSection[]): Promise<Buffer> => {
  const fonts = packFonts();
  const words = packWords[data.language];
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: margin, bottom: margin + 10, left: margin, right: margin },
    // The bundled font from the first line: pdfkit's default Helvetica has no Chinese and reads AFM files.
    font: fonts.regular,
    bufferPages: true,
    lang: data.language,
    displayTitle: true,
    info: {
      Title: `${words.title} ${data.detail.caseNumber}`,
      Author: data.madeBy,
      Subject: data.detail.orderNumber,
      Creator: 'ReturnLens',
      CreationDate: new Date(data.madeAt),
    },
  });
  doc.registerFont(font.regular, fonts.regular);
  doc.registerFont(font.bold, fonts.bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const pack: PackContext = { doc, data, words };
  doc.font(font.regular).fontSize(9.5).fillColor(colors.text);
  for (const section of sections) section(pack);
  footers(doc, words, data.detail.caseNumber);
  doc.end();
  return done;
};
