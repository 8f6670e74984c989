/**
 * A copy of one backup into a folder the owner names (a USB stick, a second drive, a network share), so a dead
 * disk does not take the backups with it. The copy lands as <folder>/<backup id>/ and only appears under that
 * name once complete (written as a hidden partial folder first, then renamed).
 */
import { accessSync, constants, cpSync, existsSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { invalid, notFound, conflict, AppError } from '../../../../shared/contract/errors';
import { backupFolder } from './backup-store';

const isInside = (parent: string, child: string): boolean => {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** The target folder, checked: a full path to an existing, writable folder outside the data folder. */
const checkedTarget = (dataDir: string, folder: string): string => {
  if (!isAbsolute(folder))
    throw invalid('backup_target_not_absolute', {}, 'folder: give a full (absolute) folder path.', { field: 'folder' });
  const target = resolve(folder);
  if (!existsSync(target) || !statSync(target).isDirectory()) {
    throw invalid('backup_target_missing', { folder: target }, `folder: ${target} does not exist or is not a folder.`, { field: 'folder' });
  }
  // Real paths, so a symlink into the data folder is caught too.
  if (isInside(realpathSync(dataDir), realpathSync(target))) {
    throw invalid('backup_target_inside_data', {}, 'folder: a copy inside the data folder would not survive losing that disk.', {
      field: 'folder',
    });
  }
  try {
    accessSync(target, constants.W_OK);
  } catch {
    throw invalid('backup_target_not_writable', { folder: target }, `folder: ${target} is not writable.`, { field: 'folder' });
  }
  return target;
};

export const copyBackupTo = (dataDir: string, id: string, folder: string): { path: string } => {
  const source = backupFolder(dataDir, id);
  if (!source || !existsSync(source)) throw notFound('backup_not_found', {}, 'Backup not found', { id });
  const target = checkedTarget(dataDir, folder);
  const destination = join(target, id);
  if (existsSync(destination))
    throw conflict('backup_copy_exists', { folder: target }, `${destination} already exists; nothing was overwritten.`);
  const partial = join(target, `.${id}.partial`);
  try {
    rmSync(partial, { recursive: true, force: true });
    cpSync(source, partial, { recursive: true, errorOnExist: true, force: false });
    renameSync(partial, destination);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (error instanceof AppError) throw error;
    throw new AppError(
      'UNAVAILABLE',
      'backup_copy_failed',
      { folder: target },
      `Copying the backup to ${target} failed: ${(error as Error).message}`,
    );
  }
  return { path: destination };
};
