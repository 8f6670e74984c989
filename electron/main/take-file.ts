import { copyFile, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import { ulid } from 'ulid';
import type { ErrorParams, ErrorReason } from '../../shared/contract/errors';
import { cleanFileName, maxUploadBytes, tooLargeMessage, tooLargeParams } from '../../shared/domain/uploads';

export interface TakenUpload {
  uploadId: string;
  name: string;
  size: number;
}

/** A file main refuses to take, with the message the page shows. */
export class FileRefused extends Error {
  constructor(
    readonly reason: ErrorReason,
    readonly params: ErrorParams,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Electron's side of `uploads.takeFile`: the user dropped a file on the import screen (or chose it in the screen's
 * file box); the preload found the path behind that File (webUtils.getPathForFile) and main copies the file byte
 * for byte into <dataDir>/uploads/<ULID> with <ULID>.json beside it, the same layout the browser's POST /upload
 * writes, so the import handlers read both the same way. Main never parses the file and never touches SQL.
 */
export const takeFileIntoUploads = async (dataDir: string, source: unknown, now: () => number = Date.now): Promise<TakenUpload> => {
  // A File made in script (or anything that is not a File) has no path: the preload then sends ''.
  if (typeof source !== 'string' || !isAbsolute(source)) {
    throw new FileRefused('file_not_local', {}, 'Only a file from this computer can be imported: drop it here or choose it in the box.');
  }
  const info = await stat(source).catch(() => null);
  if (!info?.isFile())
    throw new FileRefused(
      'file_not_readable',
      { file: cleanFileName(source) },
      `${cleanFileName(source)} is not a file that can be read (a folder, or gone).`,
    );
  if (info.size > maxUploadBytes) throw new FileRefused('file_too_large', tooLargeParams(), tooLargeMessage());
  const uploadsDir = join(dataDir, 'uploads');
  await mkdir(uploadsDir, { recursive: true });
  const stored = join(uploadsDir, ulid());
  let size: number;
  try {
    await copyFile(source, stored);
    // The copy's own size: the file may have changed since it was dropped.
    size = (await stat(stored)).size;
    if (size > maxUploadBytes) throw new FileRefused('file_too_large', tooLargeParams(), tooLargeMessage());
  } catch (error) {
    await rm(stored, { force: true });
    throw error;
  }
  const name = cleanFileName(source);
  await writeFile(`${stored}.json`, JSON.stringify({ name, size, createdAt: now() }));
  return { uploadId: basename(stored), name, size };
};
