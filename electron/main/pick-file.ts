import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ulid } from 'ulid';

/** Must match shared/contract/uploads.contract.ts (kept literal here so main does not need zod). */
export const pickFileMethod = 'uploads.pickFile';
const maxUploadBytes = 200 * 1024 * 1024;

export interface PickedUpload {
  uploadId: string;
  name: string;
  size: number;
}

export interface PickFileDeps {
  dataDir: string;
  /** dialog.showOpenDialog bound to the calling window. */
  showOpenDialog: (options: Electron.OpenDialogOptions) => Promise<Electron.OpenDialogReturnValue>;
  now?: () => number;
}

export class UploadTooLarge extends Error {}

/**
 * Electron's side of `uploads.pickFile`: the user chooses a CSV/XLSX file; main copies it byte for byte into
 * <dataDir>/uploads/<ULID> with <ULID>.json beside it, the same layout the browser's POST /upload writes, so the
 * import handlers read both the same way. Main never parses the file and never touches SQL.
 */
export const pickFileIntoUploads = async (deps: PickFileDeps): Promise<PickedUpload | null> => {
  const choice = await deps.showOpenDialog({
    properties: ['openFile'],
    filters: [
      { name: 'CSV / Excel', extensions: ['csv', 'xlsx'] },
    ],
  });
  const source = choice.filePaths[0];
  if (choice.canceled || !source) return null;
  const { size } = await stat(source);
  if (size > maxUploadBytes) throw new UploadTooLarge(`The file is larger than ${maxUploadBytes / 1024 / 1024} MB.`);
  const uploadsDir = join(deps.dataDir, 'uploads');
  await mkdir(uploadsDir, { recursive: true });
  const uploadId = ulid();
  const name = basename(source);
  await copyFile(source, join(uploadsDir, uploadId));
  const createdAt = (deps.now ?? Date.now)();
  await writeFile(join(uploadsDir, `${uploadId}.json`), JSON.stringify({ name, size, createdAt }));
  return { uploadId, name, size };
};
