import { join } from 'node:path';

/** Where the backend (backend.log, core/file-logger.ts) and Electron's main process (main.log) keep their logs. */
export const logsDir = (dataDir: string) => join(dataDir, 'logs');

export interface Logger {
  info: (message: string, data?: unknown) => void;
  warn: (message: string, data?: unknown) => void;
  error: (message: string, data?: unknown) => void;
}

/** Tests and the serve command log to stderr as one JSON line each; Electron passes electron-log instead. */
export const consoleLogger = (quiet = false): Logger => {
  const write = (level: string) => (message: string, data?: unknown) => {
    if (quiet && level === 'info') return;
    process.stderr.write(`${JSON.stringify({ at: new Date().toISOString(), level, message, data })}\n`);
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
};
