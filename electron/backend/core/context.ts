import type { SessionUser } from '../../../shared/contract/auth.contract';
import type { MethodName, Output, ParsedInput } from '../../../shared/contract';
import type { Sqlite } from '../db/connection';
import type { AuditEntry } from './audit';
import type { Logger } from './logger';
import type { SessionStore } from './sessions';

/** What the backend is given from outside: paths, clock and logger are passed in, never looked up. */
export interface BackendEnv {
  dataDir: string;
  now: () => number;
  logger: Logger;
}

/** Everything a handler may touch. One per call. */
export interface HandlerContext {
  db: Sqlite;
  env: BackendEnv;
  /** The call's method name, recorded in audit rows. */
  method: MethodName;
  /** Who is calling; null only for public methods. */
  user: SessionUser | null;
  sessionKey: string;
  sessions: SessionStore;
  /** Adds an audit row inside the current transaction. */
  audit: (entry: AuditEntry) => void;
  /**
   * Runs `work` in one transaction, for `job` methods that write after async work: it first waits while an
   * exclusive job holds the store (core/exclusive.ts), so the write never joins that job's transaction.
   */
  transaction: <T>(work: () => T) => Promise<T>;
  /**
   * Runs synchronous `work` on the store once no exclusive job of someone else runs: for code that resumes after
   * an await (a preview reading its file) and then reads or writes without a transaction of its own.
   */
  whenFree: <T>(work: () => T) => Promise<T>;
  /**
   * Runs a job that keeps a transaction open across awaits; every other call waits until it settles
   * (core/exclusive.ts), except those marked `answersDuringExclusiveJob`.
   */
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
  /** The user, or an UNAUTHENTICATED error: for handlers whose method is never public. */
  requireUser: () => SessionUser;
  /** Services shared across features (backups, attachments, jobs), registered by the app. */
  services: BackendServices;
}

/** Filled in by app.ts; features add their service here so handlers reach it without globals. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- extended by declaration merging in features
export interface BackendServices {}

type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: HandlerContext) => Output<M> | Promise<Output<M>>;

export type Handlers<M extends MethodName = MethodName> = { [K in M]: Handler<K> };

/** Declares a feature's handlers with their contract types inferred from the method names. */
export const defineHandlers = <M extends MethodName>(handlers: Handlers<M>): Handlers<M> => handlers;
