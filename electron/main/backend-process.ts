import { utilityProcess, type UtilityProcess } from 'electron';
import type { ApiErrorBody, ErrorReason } from '../../shared/contract/errors';
import { backendV8Flags } from '../../shared/domain/backend-v8-flags';

type Result = { ok: boolean; [key: string]: unknown };
type Log = (message: string, details?: unknown) => void;

const unavailable = (reason: ErrorReason, message: string): Result => ({
  ok: false,
  error: { code: 'UNAVAILABLE', reason, message } satisfies ApiErrorBody,
});

/** The backend could not open the store; `reason` is its own when it said one (a store from a newer app). */
class BackendFailed extends Error {
  constructor(
    message: string,
    readonly reason: ErrorReason = 'store_open_failed',
  ) {
    super(message);
  }
}

/**
 * Starts the backend in a utilityProcess (SQL and heavy work never run on main) and relays calls to it.
 * Answers are matched to calls by id. Calls made before the backend is ready wait for it.
 */
export class BackendProcess {
  private readonly child: UtilityProcess;
  private readonly pending = new Map<number, (result: Result) => void>();
  private nextId = 1;
  private exited = false;
  private readonly exitedPromise: Promise<void>;
  readonly ready: Promise<void>;

  constructor(entry: string, dataDir: string, log: Log) {
    this.child = utilityProcess.fork(entry, [], { serviceName: 'ReturnLens backend', stdio: 'inherit', execArgv: [...backendV8Flags] });
    this.ready = new Promise((resolve, reject) => {
      this.child.on('message', (message: { type: string; id?: number; result?: Result; message?: string; reason?: ErrorReason }) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'failed') reject(new BackendFailed(message.message ?? '', message.reason));
        else if (message.type === 'result' && message.id !== undefined) {
          this.pending.get(message.id)?.(message.result as Result);
          this.pending.delete(message.id);
        }
      });
    });
    this.ready.catch((error: unknown) => log('backend failed to start', { error: String(error) }));
    this.exitedPromise = new Promise((resolve) => {
      this.child.on('exit', (code) => {
        this.exited = true;
        if (code !== 0) log('backend exited', { code });
        for (const settle of this.pending.values()) settle(unavailable('backend_stopped', 'The backend stopped.'));
        this.pending.clear();
        resolve();
      });
    });
    this.child.postMessage({ type: 'init', dataDir });
  }

  async call(method: string, input: unknown, sessionKey: string): Promise<Result> {
    try {
      await this.ready;
    } catch (error) {
      return unavailable(
        error instanceof BackendFailed ? error.reason : 'store_open_failed',
        `The database could not be opened: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (this.exited) return unavailable('backend_stopped', 'The backend stopped.');
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.child.postMessage({ type: 'call', id, method, input, sessionKey });
    });
  }

  /** Asks the backend to close the database (checkpointing the WAL) and exit; kills it if it has not after `graceMs`. */
  async close(graceMs = 5000): Promise<void> {
    if (this.exited) return;
    this.child.postMessage({ type: 'close' });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), graceMs)));
    const outcome = await Promise.race([this.exitedPromise.then(() => 'exited' as const), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') this.child.kill();
  }
}
