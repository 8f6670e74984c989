import type { z } from 'zod';
import type { Role } from '../domain/roles';

/**
 * - read: runs outside a transaction.
 * - write: synchronous handler run inside one transaction, with at least one audit row.
 * - job: long work (imports, backups) that manages its own transactions and may be async.
 */
export type Access = 'read' | 'write' | 'job';

/** Who may call: a list of roles, any logged-in user, or anyone (login screen, first-run setup). */
export type Audience = readonly Role[] | 'anyUser' | 'public';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  roles: Audience;
  access: Access;
  /** One sentence for `GET /api` and the docs: what the method does and its business rule. */
  summary: string;
  /**
   * Answered even while an exclusive job (an import commit) holds the store; every other call waits for it.
   * Only for methods that never touch the database (progress, cancel of the running job).
   */
  answersDuringExclusiveJob?: true;
}

export const defineMethod = <I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> => spec;
