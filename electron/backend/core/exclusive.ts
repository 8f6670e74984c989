import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The store has one connection. A long job that keeps a transaction open on it across event-loop turns (the
 * import commit: one transaction, written in chunks so progress can be polled and the job cancelled; a restore)
 * runs *exclusive*: while it runs, no other code may use the connection — a read would see half-written rows,
 * and a write would join the job's transaction and vanish with its rollback after it had been acknowledged.
 *
 * Waiting happens where work touches the store, not only where a call starts: the dispatcher waits before every
 * handler, `ctx.transaction` waits before it opens, and code that resumes after an await (a preview reading its
 * file) waits again. The holder is known through AsyncLocalStorage, so the job's own work never waits for itself.
 * db/exclusive-guard.ts turns any statement that slips past a wait into a typed UNAVAILABLE error, never a
 * silent part of someone else's transaction.
 *
 * Shared jobs (an online backup, which copies pages across event-loop turns) may run beside ordinary calls and
 * each other, but an exclusive job waits until they are done, and they wait for it.
 */
export class ExclusiveGate {
  private current: Promise<unknown> | null = null;
  private holderToken: symbol | null = null;
  private readonly holder = new AsyncLocalStorage<symbol>();
  private readonly sharedJobs = new Set<Promise<unknown>>();

  /** An exclusive job runs (whoever asks). */
  get busy(): boolean {
    return this.current !== null;
  }

  /** An exclusive job runs and the caller is not part of it: the caller must not touch the store now. */
  get blocksCaller(): boolean {
    return this.holderToken !== null && this.holder.getStore() !== this.holderToken;
  }

  /** Resolves once no exclusive job of someone else runs (at once inside the job itself, or when none runs). */
  async idle(): Promise<void> {
    while (this.blocksCaller) await this.current?.catch(() => undefined);
  }

  /**
   * Runs synchronous `work` on the store as soon as the caller may use it. Not `await idle(); work()`: the
   * caller resumes a few microtasks after idle() resolves, and an exclusive job may have started in between.
   * Here the last check and `work` run in one synchronous stretch.
   */
  async whenFree<T>(work: () => T): Promise<T> {
    while (this.blocksCaller) await this.idle();
    return work();
  }

  /** Runs `work` alone: after every other exclusive or shared job has settled; all other callers wait for it. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    while (this.current || this.sharedJobs.size > 0) {
      await Promise.allSettled([this.current, ...this.sharedJobs]);
    }
    // From here to `this.current = job` nothing awaits, so no other job can slip in between the check and the hold.
    const token = Symbol('exclusive job');
    this.holderToken = token;
    const job = this.holder.run(token, work);
    this.current = job;
    try {
      return await job;
    } finally {
      this.current = null;
      this.holderToken = null;
    }
  }

  /** Runs `work` beside ordinary calls, once no exclusive job runs; an exclusive job waits for it to settle. */
  async shared<T>(work: () => Promise<T>): Promise<T> {
    while (this.blocksCaller) await this.idle();
    const job = work();
    this.sharedJobs.add(job);
    try {
      return await job;
    } finally {
      this.sharedJobs.delete(job);
    }
  }
}
