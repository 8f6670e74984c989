import { readImage } from '../../attachments/attachment-files';
import type { PackPhoto } from '../pack-data';
import { chinaTime, colors, contentWidth, ensureSpace, font, type PackContext } from '../pack-document';
import { fill } from '../pack-words';

const gap = 14;
const imageHeight = 190;
const captionHeight = 46;

/** The bytes to place for a photo, as planned (full or thumbnail); null when the stored file is missing. */
const bytesOf = (dataDir: string, photo: PackPhoto): Buffer | null => {
  if (photo.choice === 'none') return null;
  const image = readImage(dataDir, photo.sha256, photo.choice);
  return image ? image.bytes : null;
};

/** One cell: the photo fitted into its box, then when it was taken, by whom, and its SHA-256. */
const cell = ({ doc, data, words }: PackContext, photo: PackPhoto, x: number, y: number, width: number): void => {
  const bytes = bytesOf(data.dataDir, photo);
  let placed = false;
  if (bytes) {
    try {
      doc.image(bytes, x, y, { fit: [width, imageHeight], align: 'center', valign: 'center' });
      placed = true;
    } catch {
      // A file that does not decode is reported under its hash like one that could not be placed.
    }
  }
  doc.rect(x, y, width, imageHeight).lineWidth(0.4).strokeColor(colors.rule).stroke();
  const who = photo.takenByName ? ` · ${photo.takenByName}` : '';
  doc
    .font(font.regular)
    .fontSize(7.5)
    .fillColor(colors.text)
    .text(`${fill(words.photoCaption, { time: chinaTime(photo.takenAt) })}${who}`, x, y + imageHeight + 3, { width });
  doc
    .fontSize(6.5)
    .fillColor(colors.muted)
    .text(fill(words.photoHash, { hash: photo.sha256 }), { width });
  if (!placed || photo.choice === 'thumb') doc.text(placed ? words.photoReduced : words.photoNotShown, { width });
};

/** Photos two to a row; a row moves to the next page whole. */
export const photoGrid = (pack: PackContext, photos: readonly PackPhoto[]): void => {
  const { doc } = pack;
  if (photos.length === 0) return;
  const width = (contentWidth(doc) - gap) / 2;
  for (let i = 0; i < photos.length; i += 2) {
    ensureSpace(doc, imageHeight + captionHeight + 8);
    const top = doc.y + 4;
    photos.slice(i, i + 2).forEach((photo, column) => cell(pack, photo, doc.page.margins.left + column * (width + gap), top, width));
    doc.x = doc.page.margins.left;
    doc.y = top + imageHeight + captionHeight + 6;
  }
};
