import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { invalid } from '../../../../shared/contract/errors';
import { maxAttachmentBytes, maxThumbnailBytes, type imageMimes } from '../../../../shared/contract/attachments.contract';

type ImageMime = (typeof imageMimes)[number];

/** The folder backups copy along with the database. */
const attachmentsDir = (dataDir: string) => join(dataDir, 'attachments');

/** What the bytes say the file is; the name or the browser's claim are not trusted. */
export const detectImageMime = (bytes: Buffer): ImageMime | null => {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return null;
};

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Decodes and checks a photo: a real JPEG/PNG/WebP within the size limit, of the type it claims to be. */
export const checkedImage = (dataBase64: string, declared: ImageMime): Buffer => {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) throw invalid('photo_empty', {}, 'The photo is empty.', { field: 'dataBase64' });
  if (bytes.length > maxAttachmentBytes) {
    throw invalid(
      'photo_too_large',
      { size: megabytes(bytes.length), max: megabytes(maxAttachmentBytes) },
      `The photo is ${megabytes(bytes.length)}; photos may be at most ${megabytes(maxAttachmentBytes)}.`,
      {
        field: 'dataBase64',
        sizeBytes: bytes.length,
        maxBytes: maxAttachmentBytes,
      },
    );
  }
  const actual = detectImageMime(bytes);
  if (!actual)
    throw invalid('photo_not_image', {}, 'This file is not a JPEG, PNG or WebP image; only photos can be attached.', {
      field: 'dataBase64',
    });
  if (actual !== declared)
    throw invalid('photo_type_mismatch', {}, `The file was sent as ${declared} but its content is ${actual}.`, { field: 'mime', actual });
  return bytes;
};

export const checkedThumbnail = (thumbBase64: string): Buffer => {
  const bytes = Buffer.from(thumbBase64, 'base64');
  if (bytes.length > maxThumbnailBytes)
    throw invalid('thumbnail_too_large', {}, 'The thumbnail is too large to be a thumbnail.', { field: 'thumbBase64' });
  if (detectImageMime(bytes) !== 'image/jpeg')
    throw invalid('thumbnail_not_jpeg', {}, 'The thumbnail must be a JPEG image.', { field: 'thumbBase64' });
  return bytes;
};

const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Writes once under its hash (same photo twice = one file), through a temp file, fsync and rename, so a crash
 * never leaves a half-written photo under a real name.
 */
const writeOnce = (dir: string, name: string, bytes: Buffer): void => {
  const target = join(dir, name);
  if (existsSync(target)) return;
  const temp = `${target}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, target);
};

export const storeImage = (dataDir: string, bytes: Buffer, thumb: Buffer | null): { sha256: string; hasThumb: boolean } => {
  const dir = attachmentsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const sha256 = sha256Hex(bytes);
  writeOnce(dir, sha256, bytes);
  if (thumb) writeOnce(dir, `${sha256}.thumb.jpg`, thumb);
  return { sha256, hasThumb: existsSync(join(dir, `${sha256}.thumb.jpg`)) };
};

export const hasThumbnail = (dataDir: string, sha256: string): boolean => existsSync(join(attachmentsDir(dataDir), `${sha256}.thumb.jpg`));

export const readImage = (dataDir: string, sha256: string, variant: 'thumb' | 'full'): { bytes: Buffer; isThumb: boolean } | null => {
  const dir = attachmentsDir(dataDir);
  if (variant === 'thumb' && hasThumbnail(dataDir, sha256)) return { bytes: readFileSync(join(dir, `${sha256}.thumb.jpg`)), isThumb: true };
  const full = join(dir, sha256);
  return existsSync(full) ? { bytes: readFileSync(full), isThumb: false } : null;
};
