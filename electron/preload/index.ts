import { contextBridge, ipcRenderer } from 'electron';

/**
 * Exposes exactly the contract's methods as `window.api`: each is a function that asks main to relay the call.
 * Never ipcRenderer itself, never a generic "invoke anything".
 *
 * A sandboxed preload can require only `electron`, so it must not import the contract (zod and the schemas);
 * main, which owns the contract, answers the method names once, synchronously, before the page's scripts run.
 */
const names: unknown = ipcRenderer.sendSync('api:methods');
const methodNames = Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];

const api = Object.fromEntries(
  methodNames.map((method) => [method, (input: unknown) => ipcRenderer.invoke('api:call', method, input)]),
);

contextBridge.exposeInMainWorld('api', api);
