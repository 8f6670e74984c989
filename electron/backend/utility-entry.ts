import { createBackend, type Backend } from './app';
import { AppError } from '../../shared/contract/errors';
import { fileLogger } from './core/file-logger';

/**
 * Entry of the backend inside Electron's utilityProcess. Main sends `init` once, then `call`s; each answer
 * carries the call's id. `process.parentPort` is a global there, so this file needs no electron import.
 */
interface ParentPort {
  on: (event: 'message', listener: (event: { data: unknown }) => void) => void;
  postMessage: (message: unknown) => void;
}
type Message =
  { type: 'init'; dataDir: string } | { type: 'call'; id: number; method: string; input: unknown; sessionKey: string } | { type: 'close' };

const port = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!port) throw new Error('utility-entry must run inside an Electron utilityProcess');

let backend: Backend | null = null;

port.on('message', ({ data }) => {
  const message = data as Message;
  switch (message.type) {
    case 'init':
      try {
        backend = createBackend({ dataDir: message.dataDir, logger: fileLogger({ dataDir: message.dataDir }) });
        port.postMessage({ type: 'ready' });
      } catch (error) {
        port.postMessage({
          type: 'failed',
          message: error instanceof Error ? error.message : String(error),
          reason: error instanceof AppError ? error.toBody().reason : undefined,
        });
      }
      return;
    case 'call': {
      const current = backend;
      if (!current) {
        port.postMessage({
          type: 'result',
          id: message.id,
          result: { ok: false, error: { code: 'UNAVAILABLE', reason: 'backend_starting', message: 'The backend is still starting.' } },
        });
        return;
      }
      void current
        .dispatch(message.method, message.input, message.sessionKey)
        .catch(() => ({ ok: false, error: { code: 'INTERNAL', reason: 'internal_error', message: 'Internal error' } }))
        .then((result) => port.postMessage({ type: 'result', id: message.id, result }));
      return;
    }
    case 'close':
      // Closing checkpoints the WAL; main waits for this exit before quitting.
      try {
        backend?.close();
      } finally {
        process.exit(0);
      }
  }
});
