import { utilityProcess, type UtilityProcess } from 'electron';

type Result = { ok: boolean; [key: string]: unknown };

/**
 * Starts the backend in a utilityProcess (SQL and heavy work never run on main) and relays calls to it.
 * Answers are matched to calls by id.
 */
export class BackendProcess {
  private readonly child: UtilityProcess;
  private readonly pending = new Map<number, (result: Result) => void>();
  private nextId = 1;
  readonly ready: Promise<void>;

  constructor(entry: string, dataDir: string, nativeBinding: string | undefined) {
    this.child = utilityProcess.fork(entry, [], { serviceName: 'ReturnLens backend', stdio: 'inherit' });
    this.ready = new Promise((resolve, reject) => {
      this.child.on('message', (message: { type: string; id?: number; result?: Result; message?: string }) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'failed') reject(new Error(message.message));
        else if (message.type === 'result' && message.id !== undefined) {
          this.pending.get(message.id)?.(message.result as Result);
          this.pending.delete(message.id);
        }
      });
    });
    this.child.on('exit', () => {
      for (const settle of this.pending.values()) settle({ ok: false, error: { code: 'UNAVAILABLE', message: 'The backend stopped.' } });
      this.pending.clear();
    });
    this.child.postMessage({ type: 'init', dataDir, nativeBinding });
  }

  call(method: string, input: unknown, sessionKey: string): Promise<Result> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.child.postMessage({ type: 'call', id, method, input, sessionKey });
    });
  }

  close(): void {
    this.child.postMessage({ type: 'close' });
  }
}
