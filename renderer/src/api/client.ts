import type { Api, Input, MethodName, Output } from '../../../shared/contract';
import type { Result } from '../../../shared/contract/errors';
import { ApiCallError } from './api-error';
import type { UploadRef } from '../../../shared/contract/uploads.contract';
import { isXlsxName, maxXlsxBytes, takeFileMethod, xlsxTooLargeMessage, xlsxTooLargeParams } from '../../../shared/domain/uploads';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser, where the HTTP client stands in. */
    api?: Api;
  }
}

export { ApiCallError };

const tokenKey = 'returnlens.token';

/** The serve command prints `/?token=…`; keep it for this tab and take it out of the address bar. */
export const apiToken = (): string => {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(tokenKey) ?? '';
};

const httpCall = async (method: string, input: unknown): Promise<Result<unknown>> => {
  try {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${apiToken()}` },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
    });
    return (await response.json()) as Result<unknown>;
  } catch {
    return {
      ok: false,
      error: {
        code: 'UNAVAILABLE',
        reason: 'service_not_answering',
        message: 'The ReturnLens service is not answering. Is it still running?',
      },
    };
  }
};

/**
 * Any method name becomes a POST to /api/<name> (the backend answers NOT_FOUND to names it does not know). A proxy
 * rather than a list of names: the list lives in the contract's schemas, which the first screen need not load.
 */
const httpApi = (): Api =>
  new Proxy({} as Api, { get: (_target, name) => (typeof name === 'string' ? (input: unknown) => httpCall(name, input) : undefined) });

export const api: Api = window.api ?? httpApi();

/** Every method but `uploads.takeFile`, whose input carries a File (sendFile below), not JSON. */
export type CallableMethod = Exclude<MethodName, typeof takeFileMethod>;

/** Calls a method and returns its value, or throws ApiCallError with the backend's code and message. */
export const call = async <M extends CallableMethod>(method: M, input: Input<M>): Promise<Output<M>> => {
  const fn = api[method] as (input: Input<M>) => Promise<Result<Output<M>>>;
  const result = await fn(input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
};

/** Browser: sends a file to the upload route and answers its id. */
const uploadFile = async (file: File): Promise<UploadRef> => {
  const response = await fetch(`/upload?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${apiToken()}`, 'Content-Type': 'application/octet-stream' },
    body: file,
    credentials: 'same-origin',
  });
  const result = (await response.json()) as Result<UploadRef>;
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
};

/**
 * Hands a dropped or chosen file to the backend and answers its upload id. Electron: the File goes to the
 * preload, which tells main the path behind it, and main copies the file (uploads.takeFile; the page never names
 * a path). Browser: the bytes are posted to the upload route.
 */
export const sendFile = async (file: File): Promise<UploadRef> => {
  // Said before a byte is sent; the preview checks the bytes themselves (table-source.ts).
  if (isXlsxName(file.name) && file.size > maxXlsxBytes)
    throw new ApiCallError({
      code: 'VALIDATION',
      reason: 'file_xlsx_too_large',
      params: xlsxTooLargeParams(file.name),
      message: xlsxTooLargeMessage(file.name),
    });
  if (!window.api) return uploadFile(file);
  // The one method whose input is not JSON: the preload turns the File into its path before anything is sent.
  const takeFile = window.api[takeFileMethod] as unknown as (input: { kind: 'import'; file: File }) => Promise<Result<UploadRef>>;
  const result = await takeFile({ kind: 'import', file });
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
};
