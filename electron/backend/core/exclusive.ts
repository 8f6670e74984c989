/**
 * A long job that holds the store's one connection inside an open transaction across event-loop turns (the
 * import commit: one transaction, written in chunks so progress can be polled and the job cancelled) must not
 * have other calls run on that connection meanwhile: a read would see half-written rows, and a write would join
 * the job's transaction and vanish with its rollback. So while such a job runs, every other call waits here —
 * except methods marked `answersDuringExclusiveJob`, which never touch the database (progress, cancel).
 */
export class ExclusiveGate {
  private current: Promise<unknown> | null = null;

  get busy(): boolean {
    return this.current !== null;
  }

  /** Resolves when no exclusive job runs (at once if none does). */
  async idle(): Promise<void> {
    while (this.current) await this.current.catch(() => undefined);
  }

  /** Runs `work` once no other exclusive job runs; other calls wait for it to settle. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.idle();
    const job = work();
    this.current = job;
    try {
      return await job;
    } finally {
      this.current = null;
    }
  }
}
