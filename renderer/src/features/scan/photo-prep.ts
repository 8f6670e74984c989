import { imageMimes, maxAttachmentBytes } from '../../../../shared/contract/attachments.contract';

type ImageMime = (typeof imageMimes)[number];

export type PhotoProblem = { kind: 'notImage' } | { kind: 'tooLarge'; sizeMb: string };

/** The same magic-byte check as the backend, so a wrong file is refused before it is sent. */
export const sniffImageMime = (head: Uint8Array): ImageMime | null => {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => head[i] === b)) return 'image/png';
  const text = (from: number, to: number) => String.fromCharCode(...head.slice(from, to));
  if (text(0, 4) === 'RIFF' && text(8, 12) === 'WEBP') return 'image/webp';
  return null;
};

export const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
};

/** A ~320 px JPEG made with a canvas (there is no native image library in the backend). */
export const makeThumbnail = async (blob: Blob): Promise<string | undefined> => {
  try {
    const bitmap = await createImageBitmap(blob);
    const scale = Math.min(1, 320 / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const thumb = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
    return thumb ? toBase64(new Uint8Array(await thumb.arrayBuffer())) : undefined;
  } catch {
    // A photo the browser cannot decode still goes up; it is shown full size instead of as a thumbnail.
    return undefined;
  }
};

export interface PreparedPhoto {
  mime: ImageMime;
  dataBase64: string;
  thumbBase64?: string;
  takenAt: number;
}

export const preparePhoto = async (file: Blob): Promise<PreparedPhoto | PhotoProblem> => {
  if (file.size > maxAttachmentBytes) return { kind: 'tooLarge', sizeMb: (file.size / 1024 / 1024).toFixed(1) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mime = sniffImageMime(bytes.subarray(0, 16));
  if (!mime) return { kind: 'notImage' };
  const takenAt = file instanceof File && file.lastModified ? Math.min(file.lastModified, Date.now()) : Date.now();
  return { mime, dataBase64: toBase64(bytes), thumbBase64: await makeThumbnail(file), takenAt };
};

export const isPhotoProblem = (value: PreparedPhoto | PhotoProblem): value is PhotoProblem => 'kind' in value;
