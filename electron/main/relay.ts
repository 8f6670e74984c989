import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { isMethodName, methodNames } from '../../shared/contract';
import type { ApiErrorBody, ErrorCode, ErrorParams, ErrorReason } from '../../shared/contract/errors';
import { takeFileHandOver, takeFileMethod } from '../../shared/domain/uploads';
import { FileRefused, type TakenUpload } from './take-file';
import { isOwnPage } from './security';

export interface Relay {
  call: (method: string, input: unknown, sessionKey: string) => Promise<unknown>;
}

export type RelayEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

export interface RelayOptions {
  backend: Relay;
  /** Copies a dropped file, named by the path the preload found behind the page's File, into uploads (take-file.ts). */
  takeFile?: (path: unknown) => Promise<TakenUpload>;
}

/** The same limit as the HTTP transport's JSON body. */
export const maxInputBytes = 16 * 1024 * 1024;

const failure = (code: ErrorCode, reason: ErrorReason, message: string, params?: ErrorParams) => ({
  ok: false,
  error: { code, reason, message, ...(params && { params }) } satisfies ApiErrorBody,
});

/**
 * Input goes through JSON exactly like the HTTP transport's body: the backend sees the same plain data whichever
 * transport carried it (no Dates, Maps or typed arrays slipping past zod), and `__proto__` keys stay inert own
 * properties. Returns null when the input cannot be JSON or is too large.
 */
const asJson = (input: unknown): { value: unknown } | { error: string; tooLarge?: true } => {
  let text: string | undefined;
  try {
    text = JSON.stringify(input ?? {});
  } catch {
    return { error: 'The input is not plain JSON data.' };
  }
  if (text === undefined) return { error: 'The input is not plain JSON data.' };
  if (text.length > maxInputBytes) return { error: `The input is larger than ${maxInputBytes / 1024 / 1024} MB.`, tooLarge: true };
  return { value: JSON.parse(text) as unknown };
};

/**
 * Relays `window.api` calls to the backend. The sender frame must be our own page's main frame (not an iframe,
 * not a page we navigated to by mistake); the session key is the window's webContents id, which the page cannot
 * choose. `uploads.takeFile` is answered here because only main reads files from disk: the backend is asked
 * first so its validation and role checks apply (it answers UNAVAILABLE when they pass). Its `filePath` comes from
 * the preload (webUtils.getPathForFile of the File the page handed over), never from the page's input.
 */
export const handleApiCall = async (
  options: RelayOptions,
  event: RelayEvent,
  method: unknown,
  input: unknown,
  filePath?: unknown,
): Promise<unknown> => {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isOwnPage(frame.url)) {
    return failure('FORBIDDEN', 'request_refused', 'Calls are only accepted from the ReturnLens window.');
  }
  if (typeof method !== 'string' || !isMethodName(method)) {
    const shown = typeof method === 'string' ? method.slice(0, 80) : typeof method;
    return failure('NOT_FOUND', 'unknown_method', `Unknown method: ${shown}`);
  }
  const json = asJson(input);
  if ('error' in json)
    return failure(
      'VALIDATION',
      json.tooLarge ? 'request_too_large' : 'request_malformed',
      json.error,
      json.tooLarge ? { max: `${maxInputBytes / 1024 / 1024} MB` } : undefined,
    );
  const sessionKey = `window:${event.sender.id}`;
  const answer = await options.backend.call(method, json.value, sessionKey);
  if ((method as string) !== takeFileMethod || !options.takeFile) return answer;

  // Only the handler's own hand-over answer (input and role checked) lets main copy; any other answer, an
  // UNAVAILABLE from a stopped backend or a busy database included, goes back to the page as it is.
  const error = (answer as { error?: { code?: string; details?: { handOver?: unknown } } }).error;
  if (error?.code !== 'UNAVAILABLE' || error.details?.handOver !== takeFileHandOver.handOver) return answer;
  try {
    return { ok: true, value: await options.takeFile(filePath) };
  } catch (error) {
    if (error instanceof FileRefused) return failure('VALIDATION', error.reason, error.message, error.params);
    return failure('INTERNAL', 'file_copy_failed', 'The file could not be copied into the data folder.');
  }
};

/** The preload's one synchronous question: which methods to expose. Only our own page's main frame is told. */
export const answerMethodNames = (event: Pick<IpcMainEvent, 'senderFrame'>): string[] => {
  const frame = event.senderFrame;
  return frame && frame.parent === null && isOwnPage(frame.url) ? [...methodNames] : [];
};

export const installRelay = (ipcMain: IpcMain, options: RelayOptions): void => {
  ipcMain.on('api:methods', (event) => {
    event.returnValue = answerMethodNames(event);
  });
  ipcMain.handle('api:call', (event, method: unknown, input: unknown, filePath: unknown) =>
    handleApiCall(options, event, method, input, filePath),
  );
};
