import type { ApiErrorBody } from '../../../shared/contract/errors';

/**
 * An error answer from the backend, thrown by `call` so screens can catch one type. Screens word it with
 * `useErrorText` (ui/error-text.ts) from its reason and parameters, never by its English `message`.
 */
export class ApiCallError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiCallError';
  }
  get code() {
    return this.body.code;
  }
}
