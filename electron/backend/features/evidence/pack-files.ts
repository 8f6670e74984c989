import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { chinaOffsetMs } from '../../../../shared/domain/time';

/** <data>/evidence: beside the database and the photos, inside the folder the owner already knows. */
export const evidenceDir = (dataDir: string) => join(dataDir, 'evidence');

export const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * `证据-<case number>-<China time>-zh.pdf`: sorts by case then time in a file manager, and says the language.
 * A case number comes from an import or a person, so anything but letters, digits, `-` and `_` is replaced.
 */
export const packFileName = (caseNumber: string, at: number, language: 'zh-CN' | 'en-US', taken: (name: string) => boolean): string => {
  const safe = caseNumber.replace(/[^\p{L}\p{N}_-]/gu, '_').slice(0, 60) || 'case';
  const stamp = new Date(at + chinaOffsetMs).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const base = `${language === 'zh-CN' ? '证据' : 'evidence'}-${safe}-${stamp}-${language === 'zh-CN' ? 'zh' : 'en'}`;
  let name = `${base}.pdf`;
  for (let n = 2; taken(name); n++) name = `${base}-${n}.pdf`;
  return name;
};

/** Through a temp file, fsync and rename: a crash never leaves a half-written pack under its real name. */
export const writePackFile = (dataDir: string, name: string, bytes: Buffer): void => {
  const dir = evidenceDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, name);
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

export const packFileExists = (dataDir: string, name: string) => existsSync(join(evidenceDir(dataDir), name));

export const readPackFile = (dataDir: string, name: string): Buffer | null => {
  const path = join(evidenceDir(dataDir), name);
  return existsSync(path) ? readFileSync(path) : null;
};
