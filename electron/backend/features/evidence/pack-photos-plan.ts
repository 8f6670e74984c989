/**
 * Which photos go into the pack at full resolution. The platform's upload limit and a reviewer's patience both
 * want a small file, and the backend has no image codec to downscale with (it runs in plain Node). So photos are
 * placed as they were stored while they fit a fair share of the budget, smallest first; a photo bigger than its
 * share is drawn from its thumbnail (≈320 px JPEG made at capture) with a note, and every photo keeps its
 * SHA-256 so the original can be checked. 8 MB of photos leaves room for text and the font subset under 10 MB.
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

/** JPEG is placed byte for byte; PNG is re-compressed by pdfkit at about its own size. WebP cannot be placed. */
const placeable = (mime: string) => mime === 'image/jpeg' || mime === 'image/png';

export const planPhotos = (photos: readonly PlannedPhoto[], budget = photoBudgetBytes): Map<string, PhotoChoice> => {
  const plan = new Map<string, PhotoChoice>();
  let left = budget;
  const bySize = [...photos].sort((a, b) => a.sizeBytes - b.sizeBytes || a.id.localeCompare(b.id));
  bySize.forEach((photo, index) => {
    const share = left / (bySize.length - index);
    if (placeable(photo.mime) && photo.sizeBytes <= share) {
      plan.set(photo.id, 'full');
      left -= photo.sizeBytes;
    } else if (photo.thumbBytes !== null) {
      plan.set(photo.id, 'thumb');
      left -= photo.thumbBytes;
    } else {
      plan.set(photo.id, 'none');
    }
  });
  return plan;
};
