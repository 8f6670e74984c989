/**
 * Backups on disk: <data>/backups/<id>/ holds returnlens.sqlite, a copy of the attachments folder and
 * manifest.json. Pre-migration backups are made synchronously (VACUUM INTO, before the dispatcher exists);
 * the others use SQLite's online backup so the app keeps answering while the copy runs.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { backupReasons, type BackupInfo, type BackupReason } from '../../../../shared/contract/backups.contract';
import { chinaOffsetMs } from '../../../../shared/domain/time';
import type { Sqlite } from '../../db/connection';

export const backupsDir = (dataDir: string) => join(dataDir, 'backups');
export const backupDatabaseName = 'returnlens.sqlite';
const manifestName = 'manifest.json';

/** The folder of a backup id, refusing anything that would leave <data>/backups. */
export const backupFolder = (dataDir: string, id: string): string | null => {
  const root = resolve(backupsDir(dataDir));
  const folder = resolve(root, id);
  return folder.startsWith(root + sep) && !id.includes('/') && !id.includes('\\') ? folder : null;
};

/** China wall-clock time, as the app shows it (the PC's own zone does not matter): 2026-11-22_07-45-00-123. */
const stampOf = (at: number) => new Date(at + chinaOffsetMs).toISOString().slice(0, 23).replace('T', '_').replace(/[:.]/g, '-');

/** A new, unused folder for a backup made at `at` for `reason`. */
const newBackupFolder = (dataDir: string, at: number, reason: BackupReason): { id: string; folder: string } => {
  mkdirSync(backupsDir(dataDir), { recursive: true });
  for (let n = 1; ; n += 1) {
    const id = `${stampOf(at)}-${reason}${n > 1 ? `-${n}` : ''}`;
    const folder = join(backupsDir(dataDir), id);
    if (!existsSync(folder)) {
      mkdirSync(folder);
      return { id, folder };
    }
  }
};

/** Copies <data>/attachments (content-addressed files) into the backup; answers how many files it holds. */
export const copyAttachments = (fromDir: string, toDir: string): number => {
  if (!existsSync(fromDir)) return 0;
  cpSync(fromDir, toDir, { recursive: true, force: false, errorOnExist: false });
  return readdirSync(toDir, { recursive: true }).filter((entry) => statSync(join(toDir, String(entry))).isFile()).length;
};

const writeManifest = (folder: string, info: BackupInfo): void => {
  writeFileSync(join(folder, manifestName), `${JSON.stringify(info, null, 2)}\n`);
};

const isReason = (value: unknown): value is BackupReason => backupReasons.some((reason) => reason === value);

const readManifest = (folder: string, id: string): BackupInfo | null => {
  try {
    const raw = JSON.parse(readFileSync(join(folder, manifestName), 'utf8')) as Partial<BackupInfo>;
    if (!isReason(raw.reason) || typeof raw.createdAt !== 'number' || !existsSync(join(folder, backupDatabaseName))) return null;
    return {
      id,
      createdAt: raw.createdAt,
      reason: raw.reason,
      schemaVersion: raw.schemaVersion ?? 0,
      sizeBytes: raw.sizeBytes ?? statSync(join(folder, backupDatabaseName)).size,
      attachmentCount: raw.attachmentCount ?? 0,
    };
  } catch {
    return null; // an interrupted backup (no manifest yet) is not listed and never restored
  }
};

/** Complete backups, newest first. */
export const listBackups = (dataDir: string): BackupInfo[] => {
  const root = backupsDir(dataDir);
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readManifest(join(root, entry.name), entry.name))
    .filter((info): info is BackupInfo => info !== null)
    .sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
};

export const removeBackup = (dataDir: string, id: string): void => {
  const folder = backupFolder(dataDir, id);
  if (folder) rmSync(folder, { recursive: true, force: true });
};

/** Synchronous backup for the moment before a migration: VACUUM INTO writes a consistent, compact copy. */
export const writeBackupSync = (db: Sqlite, dataDir: string, at: number, reason: BackupReason): BackupInfo => {
  const { id, folder } = newBackupFolder(dataDir, at, reason);
  const file = join(folder, backupDatabaseName);
  db.prepare('VACUUM INTO ?').run(file);
  return finishBackup(db, dataDir, { id, folder, at, reason });
};

/** Online backup: the app keeps serving while pages are copied in steps. */
export const writeBackup = async (db: Sqlite, dataDir: string, at: number, reason: BackupReason): Promise<BackupInfo> => {
  const { id, folder } = newBackupFolder(dataDir, at, reason);
  try {
    await db.backup(join(folder, backupDatabaseName));
    return finishBackup(db, dataDir, { id, folder, at, reason });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
};

const finishBackup = (db: Sqlite, dataDir: string, made: { id: string; folder: string; at: number; reason: BackupReason }): BackupInfo => {
  const attachmentCount = copyAttachments(join(dataDir, 'attachments'), join(made.folder, 'attachments'));
  const info: BackupInfo = {
    id: made.id,
    createdAt: made.at,
    reason: made.reason,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    sizeBytes: statSync(join(made.folder, backupDatabaseName)).size,
    attachmentCount,
  };
  // The manifest is written last: its presence is what marks the backup complete.
  writeManifest(made.folder, info);
  return info;
};
