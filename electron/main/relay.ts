import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { isMethodName } from '../../shared/contract';
import { isOwnPage } from './security';

export interface Relay {
  call: (method: string, input: unknown, sessionKey: string) => Promise<unknown>;
}

const refused = (message: string) => ({ ok: false, error: { code: 'FORBIDDEN', message } });

/**
 * Relays `window.api` calls to the backend. The sender frame must be our own page (not an iframe, not a page
 * we navigated to by mistake); the session key is the window's webContents id, which the page cannot choose.
 */
export const handleApiCall = async (backend: Relay, event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>, method: unknown, input: unknown) => {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isOwnPage(frame.url)) return refused('Calls are only accepted from the ReturnLens window.');
  if (typeof method !== 'string' || !isMethodName(method)) {
    return { ok: false, error: { code: 'NOT_FOUND', message: `Unknown method: ${String(method).slice(0, 80)}` } };
  }
  return backend.call(method, input, `window:${event.sender.id}`);
};

export const installRelay = (ipcMain: IpcMain, backend: Relay): void => {
  ipcMain.handle('api:call', (event, method: unknown, input: unknown) => handleApiCall(backend, event, method, input));
};
