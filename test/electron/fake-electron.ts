import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module that records what main does with it: the windows it creates, the
 * handlers it registers, the protocol it serves. Tests install it with vi.mock('electron', () => fakeElectron()).
 */
export interface FakeWindow {
  options: Record<string, unknown>;
  webContents: FakeContents;
  loadURL: ReturnType<typeof vi.fn>;
}

export class FakeContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeContents.nextId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  getURL() {
    return 'app://returnlens/index.html';
  }
}

export const fakeState = {
  windows: [] as FakeWindow[],
  ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  privilegedSchemes: [] as unknown[],
  lockGranted: true,
  isPackaged: true,
  quitCalls: 0,
  sandboxEnabled: false,
  devicePermissionHandler: null as null | ((...args: unknown[]) => boolean),
  appEvents: new EventEmitter(),
  forks: [] as { entry: string; messages: unknown[]; emitter: EventEmitter }[],
  permissionRequestHandler: null as null | ((...args: unknown[]) => void),
  permissionCheckHandler: null as null | ((...args: unknown[]) => boolean),
  /** What a preload put on the page with contextBridge.exposeInMainWorld. */
  exposed: new Map<string, unknown>(),
};

export const resetFakeState = () => {
  fakeState.windows = [];
  fakeState.ipcHandlers.clear();
  fakeState.protocolHandlers.clear();
  fakeState.privilegedSchemes = [];
  fakeState.lockGranted = true;
  fakeState.isPackaged = true;
  fakeState.quitCalls = 0;
  fakeState.sandboxEnabled = false;
  fakeState.devicePermissionHandler = null;
  fakeState.appEvents = new EventEmitter();
  fakeState.forks = [];
  fakeState.permissionRequestHandler = null;
  fakeState.permissionCheckHandler = null;
  fakeState.exposed = new Map();
};

/** ipcRenderer.sendSync as our own page's main frame: answered by the listener main registered, if any. */
const sendSyncFromOwnPage = (channel: string): unknown => {
  const listener = fakeState.ipcHandlers.get(channel);
  if (!listener) return undefined;
  const event = { senderFrame: { url: 'app://returnlens/index.html', parent: null }, returnValue: undefined as unknown };
  listener(event);
  return event.returnValue;
};

export const fakeElectron = (): Record<string, unknown> => {
  class BrowserWindow {
    static fromWebContents = () => null;
    readonly webContents = new FakeContents();
    readonly loadURL = vi.fn(() => Promise.resolve());
    constructor(readonly options: Record<string, unknown>) {
      fakeState.windows.push(this);
    }
    once() {}
    on() {}
    show() {}
    isMinimized() {
      return false;
    }
  }
  const session = {
    defaultSession: Object.assign(new EventEmitter(), {
      setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => (fakeState.permissionRequestHandler = handler),
      setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => (fakeState.permissionCheckHandler = handler),
      setDevicePermissionHandler: (handler: (...args: unknown[]) => boolean) => (fakeState.devicePermissionHandler = handler),
    }),
  };
  const app = {
    enableSandbox: () => void (fakeState.sandboxEnabled = true),
    requestSingleInstanceLock: () => fakeState.lockGranted,
    quit: () => void fakeState.quitCalls++,
    get isPackaged() {
      return fakeState.isPackaged;
    },
    getPath: (name: string) => `/tmp/fake-${name}`,
    getVersion: () => '0.0.0-test',
    whenReady: () => Promise.resolve(),
    on: (event: string, listener: (...args: unknown[]) => void) => fakeState.appEvents.on(event, listener),
  };
  const utilityProcess = {
    fork: (entry: string) => {
      const emitter = new EventEmitter();
      const record = { entry, messages: [] as unknown[], emitter };
      fakeState.forks.push(record);
      return Object.assign(emitter, {
        postMessage: (message: unknown) => record.messages.push(message),
        kill: () => emitter.emit('exit', 1),
      });
    },
  };
  return {
    app,
    BrowserWindow,
    session,
    utilityProcess,
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => unknown) => fakeState.ipcHandlers.set(channel, handler),
      on: (channel: string, listener: (...args: unknown[]) => unknown) => fakeState.ipcHandlers.set(channel, listener),
    },
    net: { fetch: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => fakeState.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => fakeState.protocolHandlers.set(scheme, handler),
    },
    contextBridge: { exposeInMainWorld: vi.fn((key: string, value: unknown) => fakeState.exposed.set(key, value)) },
    ipcRenderer: { invoke: vi.fn(), send: vi.fn(), on: vi.fn(), sendSync: vi.fn(sendSyncFromOwnPage) },
    webUtils: { getPathForFile: () => '' },
  };
};

export const fakeLog = (): { default: Record<string, unknown> } => ({
  default: {
    initialize: vi.fn(),
    errorHandler: { startCatching: vi.fn() },
    // Main points its file at <data>/logs/main.log.
    transports: { file: {} },
    info: vi.fn(),
    error: vi.fn(),
    warn: vi.fn(),
  },
});
