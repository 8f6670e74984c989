import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { takeFileMethod } from '../../shared/domain/uploads';

/**
 * Exposes exactly the contract's methods as `window.api`: each is a function that asks main to relay the call.
 * Never ipcRenderer itself, never a generic "invoke anything".
 *
 * A sandboxed preload can require only `electron`, so it must not import the contract (zod and the schemas);
 * main, which owns the contract, answers the method names once, synchronously, before the page's scripts run.
 */
const names: unknown = ipcRenderer.sendSync('api:methods');
const methodNames = Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];

/**
 * `uploads.takeFile({ kind, file })`: the page hands over a File it got from a drop or its file box. Main learns
 * the path Electron keeps behind that File, and nothing the page wrote: a File made in script has no path ('' is
 * sent, and refused), and a `path` in the input is never read.
 */
const takeFile = (input: unknown) => {
  const { kind, file } = (input ?? {}) as { kind?: unknown; file?: unknown };
  let path = '';
  try {
    path = webUtils.getPathForFile(file as File);
  } catch {
    // Not a File at all.
  }
  return ipcRenderer.invoke('api:call', takeFileMethod, { kind }, path);
};

const api = Object.fromEntries(
  methodNames.map((method) => [
    method,
    method === takeFileMethod ? takeFile : (input: unknown) => ipcRenderer.invoke('api:call', method, input),
  ]),
);

contextBridge.exposeInMainWorld('api', api);
