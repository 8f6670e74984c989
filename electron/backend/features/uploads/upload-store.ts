import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { UploadRef } from '../../../../shared/contract/uploads.contract';
import { cleanFileName, maxUploadBytes, tooLargeMessage, tooLargeParams } from '../../../../shared/domain/uploads';
import { AppError } from '../../../../shared/contract/errors';
import { newId } from '../../core/ids';

/**
 * Uploaded files live under <dataDir>/uploads/<ULID> with <ULID>.json beside them ({name, size, createdAt}).
 * The renderer only ever names the ULID, so no call can point the backend at an arbitrary path.
 */
export const uploadsDir = (dataDir: string) => join(dataDir, 'uploads');
const idPattern = /^[0-9A-Z]{26}$/;

interface UploadMeta {
  name: string;
  size: number;
  createdAt: number;
}

export class UploadTooLarge extends AppError<'file_too_large'> {
  constructor(limit = maxUploadBytes) {
    super('VALIDATION', 'file_too_large', tooLargeParams(limit), tooLargeMessage(limit));
  }
}

const uploadPath = (dataDir: string, uploadId: string): string => {
  if (!idPattern.test(uploadId)) throw new AppError('VALIDATION', 'upload_id_invalid', {}, 'Not an upload id.');
  return join(uploadsDir(dataDir), uploadId);
};

const cleanedDirs = new Set<string>();
/** The first upload or import after start drops uploads and abandoned staging files older than a day. */
export const cleanOnce = (dataDir: string, now: number): void => {
  if (cleanedDirs.has(dataDir)) return;
  cleanedDirs.add(dataDir);
  cleanOldUploads(dataDir, now);
  cleanOldUploads(dataDir, now, 24 * 3600_000, join(dataDir, 'imports'));
};

/** Streams a body to disk, stopping (and deleting the partial file) once it passes the limit. */
export const saveUploadStream = async (
  dataDir: string,
  source: Readable,
  name: string,
  now: number,
  limit = maxUploadBytes,
): Promise<UploadRef> => {
  cleanOnce(dataDir, now);
  mkdirSync(uploadsDir(dataDir), { recursive: true });
  const uploadId = newId();
  const file = join(uploadsDir(dataDir), uploadId);
  let size = 0;
  try {
    await pipeline(
      source,
      async function* limitSize(chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          size += chunk.length;
          if (size > limit) throw new UploadTooLarge(limit);
          yield chunk;
        }
      },
      createWriteStream(file),
    );
  } catch (error) {
    rmSync(file, { force: true });
    throw error;
  }
  const meta: UploadMeta = { name: cleanFileName(name), size, createdAt: now };
  writeFileSync(`${file}.json`, JSON.stringify(meta));
  return { uploadId, name: meta.name, size };
};

/** Registers a file already copied into the uploads folder (Electron main does the copy). */
export const readUploadMeta = (dataDir: string, uploadId: string): UploadMeta & { path: string } => {
  const path = uploadPath(dataDir, uploadId);
  if (!existsSync(path))
    throw new AppError('NOT_FOUND', 'upload_gone', {}, 'That upload is gone (uploads are kept for a day); choose the file again.');
  let meta: UploadMeta;
  try {
    meta = JSON.parse(readFileSync(`${path}.json`, 'utf8')) as UploadMeta;
  } catch {
    meta = { name: uploadId, size: statSync(path).size, createdAt: statSync(path).mtimeMs };
  }
  return { ...meta, path };
};

/** Called at start: uploads older than a day are dropped. */
const cleanOldUploads = (dataDir: string, now: number, maxAgeMs = 24 * 3600_000, dir = uploadsDir(dataDir)): number => {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (now - statSync(path).mtimeMs > maxAgeMs) {
      rmSync(path, { force: true });
      removed += 1;
    }
  }
  return removed;
};
