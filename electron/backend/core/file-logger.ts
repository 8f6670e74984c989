import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import log from 'electron-log/node';
import { logsDir, type Logger } from './logger';

interface FileLoggerOptions {
  dataDir: string;
  /** Rotate when backend.log passes this many bytes (default 5 MB). */
  maxBytes?: number;
  /** Rotated files kept: backend.1.log (newest) … backend.N.log (default 3). */
  keep?: number;
  /** Also pass each entry to this logger (the serve command: stderr). */
  also?: Logger;
}

let instances = 0;

/**
 * Shift `name.log` → `name.1.log` → … → `name.<keep>.log`, dropping the oldest. Shared with main's electron-log.
 */
const rotateLogFile = (path: string, keep: number) => {
  const numbered = (n: number) => path.replace(/\.log$/, `.${n}.log`);
  rmSync(numbered(keep), { force: true });
  for (let n = keep - 1; n >= 1; n -= 1) if (existsSync(numbered(n))) renameSync(numbered(n), numbered(n + 1));
  renameSync(path, numbered(1));
};

/**
 * The backend's log as one JSON line per entry in `<dataDir>/logs/backend.log`, through electron-log's Node entry
 * (no electron import: it runs in the utilityProcess and under `npm run serve`). Synchronous appends, so a crash
 * loses nothing already logged.
 */
export const fileLogger = (options: FileLoggerOptions): Logger => {
  const dir = logsDir(options.dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'backend.log');
  const keep = options.keep ?? 3;
  instances += 1;
  const instance = log.create({ logId: `returnlens-backend-${instances}` });
  instance.transports.console.level = false;
  instance.transports.file.level = 'info';
  instance.transports.file.sync = true;
  instance.transports.file.maxSize = options.maxBytes ?? 5 * 1024 * 1024;
  instance.transports.file.format = '{text}';
  instance.transports.file.resolvePathFn = () => file;
  instance.transports.file.archiveLogFn = (current) => {
    try {
      rotateLogFile(current.path, keep);
    } catch {
      // A locked or vanished file: keep appending to it rather than lose the line.
    }
  };
  const write = (level: 'info' | 'warn' | 'error') => (message: string, data?: unknown) => {
    let line: string;
    try {
      line = JSON.stringify({ at: new Date().toISOString(), level, message, data });
    } catch {
      line = JSON.stringify({ at: new Date().toISOString(), level, message, data: '[unserialisable]' });
    }
    instance[level](line);
    options.also?.[level](message, data);
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
};
