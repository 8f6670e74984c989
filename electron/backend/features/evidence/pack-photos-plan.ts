/**
 * Which photos go into the pack at full resolution. The platform's upload limit and a reviewer's patience both
 * want a small file, and the backend has no image codec to downscale with (it runs in plain Node). So every photo
 * starts as its thumbnail (≈320 px JPEG made at capture), then photos are upgraded to the stored original,
 * smallest first, while the budget lasts: as many full-resolution photos as fit. Every photo keeps its SHA-256
 * in the pack so the original can be checked. 8 MB of photos leaves room for text and the font subset under 10 MB.
 */
export const photoBudgetBytes = 8 * 1024 * 1024;

export type PhotoChoice = 'full' | 'thumb' | 'none';

export interface PlannedPhoto {
  id: string;
  mime: string;
  sizeBytes: number;
  /** The thumbnail's size, or null when none was made. */
  thumbBytes: number | null;
}

/** JPEG is placed byte for byte; PNG's compressed data is copied as is by pdfkit. WebP cannot be placed. */
const placeable = (mime: string) => mime === 'image/jpeg' || mime === 'image/png';

export const planPhotos = (photos: readonly PlannedPhoto[], budget = photoBudgetBytes): Map<string, PhotoChoice> => {
  const plan = new Map<string, PhotoChoice>(photos.map((p) => [p.id, p.thumbBytes === null ? 'none' : 'thumb']));
  let left = budget - photos.reduce((sum, p) => sum + (p.thumbBytes ?? 0), 0);
  const bySize = photos.filter((p) => placeable(p.mime)).sort((a, b) => a.sizeBytes - b.sizeBytes || a.id.localeCompare(b.id));
  for (const photo of bySize) {
    const extra = photo.sizeBytes - (photo.thumbBytes ?? 0);
    if (extra > left) break;
    plan.set(photo.id, 'full');
    left -= extra;
  }
  return plan;
};
