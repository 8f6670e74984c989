import BetterSqlite3 from 'better-sqlite3';

const { SqliteError } = BetterSqlite3;
import { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../../../shared/contract';
import type { Audience } from '../../../shared/contract/define';
import { AppError, type ApiErrorBody, type Result } from '../../../shared/contract/errors';
import type { Sqlite } from '../db/connection';
import type { AuditEntry } from './audit';
import { writeAudit } from './audit';
import type { BackendEnv, BackendServices, HandlerContext, Handlers } from './context';
import { sqliteErrorToAppError } from './sqlite-errors';
import type { SessionStore } from './sessions';
import { ExclusiveGate } from './exclusive';

export interface Dispatcher {
  dispatch: (method: string, input: unknown, sessionKey: string) => Promise<Result<unknown>>;
}

interface DispatcherDeps {
  db: Sqlite;
  env: BackendEnv;
  sessions: SessionStore;
  handlers: Handlers;
  services: BackendServices;
  /** Held by a job with an open transaction (import commit): other calls wait for it. */
  gate?: ExclusiveGate;
  /** Told after every committed write, e.g. to schedule the next automatic backup. */
  onWrite?: () => void;
  /** Calls slower than this many ms are logged with their method and duration (default 200). */
  slowCallMs?: number;
}

const defaultSlowCallMs = 200;

const zodDetails = (error: z.ZodError) =>
  error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message, code: issue.code }));

const allowed = (audience: Audience, role: string | undefined): boolean => {
  if (audience === 'public') return true;
  if (!role) return false;
  return audience === 'anyUser' || audience.some((r) => r === role);
};

/**
 * The one door into the backend: validate input → check role → run the handler (a write in one transaction
 * with its audit rows) → validate output. Whatever goes wrong comes back as data, never as a thrown stack.
 */
export const createDispatcher = (deps: DispatcherDeps): Dispatcher => {
  const { db, env, sessions, handlers } = deps;
  const gate = deps.gate ?? new ExclusiveGate();
  const slowCallMs = deps.slowCallMs ?? defaultSlowCallMs;

  const run = async (method: MethodName, rawInput: unknown, sessionKey: string): Promise<unknown> => {
    const spec = contract[method];
    // Who asks comes before what they ask: a logged-out or forbidden caller learns nothing about the input rules.
    const user = sessions.get(sessionKey);
    if (spec.roles !== 'public' && !user) throw new AppError('UNAUTHENTICATED', 'login_required', {}, 'Please log in first.');
    if (!allowed(spec.roles, user?.role)) {
      throw new AppError(
        'FORBIDDEN',
        'role_forbidden',
        { role: user?.role ?? 'anonymous' },
        `The ${user?.role ?? 'anonymous'} role may not call ${method}.`,
      );
    }
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      throw new AppError(
        'VALIDATION',
        'invalid_input',
        { field: parsed.error.issues[0]?.path.join('.') ?? '' },
        `Invalid input for ${method}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
        zodDetails(parsed.error),
      );
    }

    let audits = 0;
    const ctx: HandlerContext = {
      db,
      env,
      method,
      user,
      sessionKey,
      sessions,
      services: deps.services,
      audit: (entry: AuditEntry) => {
        writeAudit(db, env.now(), ctx.user ?? user, method, entry);
        audits += 1;
      },
      // The handler may resume here after an await (a PIN hash): wait again, then open and commit at once.
      transaction: (work) => gate.whenFree(() => db.transaction(work)()),
      whenFree: (work) => gate.whenFree(work),
      exclusive: (work) => gate.run(work),
      requireUser: () => {
        const current = ctx.user ?? sessions.get(sessionKey);
        if (!current) throw new AppError('UNAUTHENTICATED', 'login_required', {}, 'Please log in first.');
        return current;
      },
    };
    const handler = handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;

    const checkOutput = (value: unknown): unknown => {
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        env.logger.error('output failed its schema', { method, issues: zodDetails(checked.error) });
        throw new AppError(
          'INTERNAL',
          'internal_error',
          {},
          `${method} produced an answer that does not match its contract; nothing was saved.`,
        );
      }
      return checked.data;
    };
    const start = (): unknown => {
      if (spec.access !== 'write') return handler(parsed.data, ctx);
      return db.transaction(() => {
        const result = handler(parsed.data, ctx);
        if (result instanceof Promise) throw new AppError('INTERNAL', 'internal_error', {}, `${method} is a write and must be synchronous`);
        // Every write leaves a trace, even when the handler had no entity-level before/after to record.
        if (audits === 0) ctx.audit({ entity: method.split('.')[0] ?? method, action: method, after: parsed.data });
        // Checked before COMMIT: a write whose answer breaks the contract is not kept (it once stored a case
        // that then broke the case list for everyone).
        return checkOutput(result);
      })();
    };
    // While an exclusive job (import commit, restore) holds the store, the handler starts only after it: a
    // synchronous write then opens its transaction in the same stretch as the gate's last check.
    const value: unknown = spec.answersDuringExclusiveJob ? await start() : await gate.whenFree(start);
    if (spec.access === 'write' || (spec.access === 'job' && audits > 0)) deps.onWrite?.();
    return spec.access === 'write' ? value : checkOutput(value);
  };

  const toErrorBody = (method: string, error: unknown): ApiErrorBody => {
    if (error instanceof AppError) return error.toBody();
    if (error instanceof SqliteError) return sqliteErrorToAppError(error, { method, logger: env.logger }).toBody();
    env.logger.error('unexpected error', { method, error: error instanceof Error ? error.stack : String(error) });
    return {
      code: 'INTERNAL',
      reason: 'internal_error',
      message: 'Something went wrong inside ReturnLens; it was logged and nothing was saved.',
    };
  };

  return {
    dispatch: async (method, input, sessionKey) => {
      if (typeof method !== 'string' || !isMethodName(method)) {
        // The name is whatever the caller sent: not logged.
        env.logger.info('call failed', { method: '(unknown)', code: 'NOT_FOUND', reason: 'unknown_method', ms: 0 });
        return {
          ok: false,
          error: { code: 'NOT_FOUND', reason: 'unknown_method', message: `Unknown method: ${String(method).slice(0, 80)}` },
        };
      }
      const started = performance.now();
      const ms = () => Math.round(performance.now() - started);
      try {
        const value = await run(method, input, sessionKey);
        const duration = ms();
        // Long jobs (imports.commit, backups) show up here too: that is expected, not an alarm.
        if (duration >= slowCallMs) env.logger.info('slow call', { method, ms: duration });
        return { ok: true, value };
      } catch (error) {
        const body = toErrorBody(method, error);
        // Method, code and reason only: never the input, the session key, the message or its params (they may
        // carry names, order numbers or a PIN someone typed in the wrong field).
        // Refusals (validation, role, not found…) are part of normal use: info; only a fault inside is a warning.
        const level = body.code === 'INTERNAL' ? 'warn' : 'info';
        env.logger[level]('call failed', { method, code: body.code, reason: body.reason, ms: ms() });
        return { ok: false, error: body };
      }
    },
  };
};
