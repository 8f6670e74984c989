import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The PDF's fonts: Noto Sans SC regular and bold from the bundled npm package, never a system font (a Chinese
 * Windows PC and the CI machine have different ones). pdfkit embeds only the glyphs used, so a page stays small
 * although each TTF is ~10 MB; the files are read once per process.
 */
const fontFiles = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;
export type PdfFont = keyof typeof fontFiles;

const loaded = new Map<PdfFont, Buffer>();
const fontBytes = (font: PdfFont): Buffer => {
  let bytes = loaded.get(font);
  if (!bytes) {
    bytes = readFileSync(createRequire(import.meta.url).resolve(fontFiles[font]));
    loaded.set(font, bytes);
  }
  return bytes;
};

/** Registers both fonts on a document under the names 'regular' and 'bold'. */
export const registerPdfFonts = (doc: PDFKit.PDFDocument): void => {
  for (const font of Object.keys(fontFiles) as PdfFont[]) doc.registerFont(font, fontBytes(font));
};
