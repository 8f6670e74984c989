import { contextBridge, ipcRenderer } from 'electron';
import { methodNames } from '../../shared/contract';

/**
 * Exposes exactly the contract's methods as `window.api`: each is a function that asks main to relay the call.
 * Never ipcRenderer itself, never a generic "invoke anything".
 */
const api = Object.fromEntries(
  methodNames.map((method) => [method, (input: unknown) => ipcRenderer.invoke('api:call', method, input)]),
);

contextBridge.exposeInMainWorld('api', api);
