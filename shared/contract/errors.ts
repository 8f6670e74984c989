import type { ErrorParams, ErrorReason, ReasonParams } from './error-reasons';

export type { ErrorParams, ErrorParamValue, ErrorReason, ReasonParams } from './error-reasons';

/** Errors cross every boundary as data, never as stack traces. */
export const errorCodes = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'UNAVAILABLE', 'INTERNAL'] as const;
export type ErrorCode = (typeof errorCodes)[number];

/**
 * An error answer. `code` is the kind (what a program branches on), `reason` and `params` say why in words the
 * page puts together in the reader's language (shared/contract/error-reasons.ts), `message` is the same in
 * English for logs and developers and is never shown in the Chinese UI.
 */
export interface ApiErrorBody {
  code: ErrorCode;
  reason: ErrorReason;
  params?: ErrorParams;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/**
 * Thrown by handlers and services; the dispatcher turns it into `{ ok: false, error }`. A reason from the
 * catalogue with exactly its parameters is required: `new AppError('FORBIDDEN', 'login_locked', { seconds }, '…')`.
 */
export class AppError<R extends ErrorReason = ErrorReason> extends Error {
  readonly params: ErrorParams;
  constructor(
    readonly code: ErrorCode,
    readonly reason: R,
    params: ReasonParams<R>,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
    this.params = params;
  }

  /** An error that already crossed a boundary as data (the import read worker's), thrown again as it was. */
  static fromBody(body: ApiErrorBody): AppError {
    return new AppError(body.code, body.reason, (body.params ?? {}) as ReasonParams<ErrorReason>, body.message, body.details);
  }

  /** The answer's error body: code, reason and params, English message, details. */
  toBody(): ApiErrorBody {
    return { code: this.code, reason: this.reason, params: this.params, message: this.message, details: this.details };
  }
}

const withCode =
  (code: ErrorCode) =>
  <R extends ErrorReason>(reason: R, params: ReasonParams<R>, message: string, details?: unknown): AppError<R> =>
    new AppError(code, reason, params, message, details);

export const notFound = withCode('NOT_FOUND');
export const conflict = withCode('CONFLICT');
export const invalid = withCode('VALIDATION');
