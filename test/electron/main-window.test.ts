import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron, fakeLog, fakeState, resetFakeState, type FakeWindow } from './fake-electron';

vi.mock('electron', () => fakeElectron());
vi.mock('electron-log/main', () => fakeLog());

/** Imports electron/main/index.ts fresh (it runs at import, like Electron runs it) and lets whenReady settle. */
const startMain = async () => {
  vi.resetModules();
  await import('../../electron/main/index');
  await new Promise((resolve) => setTimeout(resolve, 0));
};

const onlyWindow = (): FakeWindow => {
  expect(fakeState.windows).toHaveLength(1);
  return fakeState.windows[0]!;
};

beforeEach(() => {
  resetFakeState();
  delete process.env.ELECTRON_RENDERER_URL;
});

describe('main process: the window', () => {
  it('creates the window locked down: context isolation, sandbox, no Node, web security, no webview', async () => {
    await startMain();
    const prefs = onlyWindow().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('loads the production page from app://, never from a dev server, even when ELECTRON_RENDERER_URL is set', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    fakeState.isPackaged = true;
    await startMain();
    expect(onlyWindow().loadURL).toHaveBeenCalledWith('app://returnlens/index.html');
  });

  it('uses the dev server only in an unpackaged run', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    fakeState.isPackaged = false;
    await startMain();
    expect(onlyWindow().loadURL).toHaveBeenCalledWith('http://localhost:5173/');
  });

  it('registers app:// as a secure standard scheme and serves it', async () => {
    await startMain();
    expect(fakeState.privilegedSchemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(fakeState.protocolHandlers.has('app')).toBe(true);
  });

  it('takes the single-instance lock and quits without a window when another instance holds it', async () => {
    fakeState.lockGranted = false;
    await startMain();
    expect(fakeState.quitCalls).toBe(1);
    expect(fakeState.windows).toHaveLength(0);
    expect(fakeState.forks).toHaveLength(0);
  });

  it('denies window.open and navigation away from our page on the window', async () => {
    await startMain();
    const contents = onlyWindow().webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://returnlens/index.html' })).toEqual({ action: 'deny' });
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      contents.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://returnlens/index.html#/cases')).toBe(false);
    const redirect = { preventDefault: vi.fn() };
    contents.emit('will-redirect', redirect, 'https://evil.example/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const frameNavigation = { url: 'https://evil.example/frame', preventDefault: vi.fn() };
    contents.emit('will-frame-navigate', frameNavigation);
    expect(frameNavigation.preventDefault).toHaveBeenCalled();
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('installs the permission handlers and starts the backend in a utilityProcess with the relay', async () => {
    await startMain();
    expect(fakeState.permissionRequestHandler).not.toBeNull();
    expect(fakeState.permissionCheckHandler).not.toBeNull();
    expect(fakeState.forks).toHaveLength(1);
    expect(fakeState.forks[0]!.entry).toMatch(/backend\.js$/);
    expect(fakeState.forks[0]!.messages[0]).toMatchObject({ type: 'init' });
    expect(fakeState.ipcHandlers.has('api:call')).toBe(true);
    expect(fakeState.ipcHandlers.has('api:methods')).toBe(true);
  });

  it('the session answers permission requests: camera for our page only, everything else denied', async () => {
    await startMain();
    const ask = (permission: string, url: string, mediaTypes?: string[]) => {
      const callback = vi.fn();
      const contents = { getURL: () => url };
      fakeState.permissionRequestHandler!(contents, permission, callback, { requestingUrl: url, ...(mediaTypes ? { mediaTypes } : {}) });
      return callback.mock.calls[0]?.[0] as boolean;
    };
    expect(ask('media', 'app://returnlens/index.html', ['video'])).toBe(true);
    expect(ask('media', 'app://returnlens/index.html', ['audio'])).toBe(false);
    expect(ask('media', 'https://evil.example/', ['video'])).toBe(false);
    expect(ask('geolocation', 'app://returnlens/index.html')).toBe(false);
    // The service desk's deadline alerts (issue 15): our page only.
    expect(ask('notifications', 'app://returnlens/index.html')).toBe(true);
    expect(ask('notifications', 'https://evil.example/')).toBe(false);
    const check = fakeState.permissionCheckHandler!;
    expect(check(null, 'media', 'app://returnlens', { mediaType: 'video' })).toBe(true);
    expect(check(null, 'media', 'https://evil.example', { mediaType: 'video' })).toBe(false);
    expect(check(null, 'geolocation', 'app://returnlens', {})).toBe(false);
  });

  it('serves app:// with the CSP header and refuses paths outside the renderer folder', async () => {
    await startMain();
    const handler = fakeState.protocolHandlers.get('app')!;
    const electron = await import('electron');
    vi.mocked(electron.net.fetch).mockImplementation(() => Promise.resolve(new Response('<html></html>')));
    const page = await handler({ url: 'app://returnlens/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const escape = await handler({ url: 'app://returnlens/..%2F..%2F..%2Fetc%2Fpasswd' });
    expect(escape.status).toBe(404);
  });

  it('asks where to save each download from our page and cancels downloads from anywhere else', async () => {
    await startMain();
    const electron = await import('electron');
    const session = electron.session.defaultSession as unknown as { emit: (event: string, ...args: unknown[]) => boolean };
    const download = (pageUrl: string) => {
      const item = { getFilename: () => '售后单.xlsx', setSaveDialogOptions: vi.fn(), cancel: vi.fn() };
      session.emit('will-download', {}, item, { getURL: () => pageUrl });
      return item;
    };
    const ours = download('app://returnlens/index.html#/cases');
    expect(ours.cancel).not.toHaveBeenCalled();
    expect(ours.setSaveDialogOptions).toHaveBeenCalledWith({
      defaultPath: expect.stringMatching(/fake-downloads[\\/]售后单\.xlsx$/) as unknown,
    });
    expect(download('https://evil.example/').cancel).toHaveBeenCalled();
  });

  it('closes the backend before quitting (the database gets to checkpoint)', async () => {
    await startMain();
    const fork = fakeState.forks[0]!;
    const event = { preventDefault: vi.fn() };
    fakeState.appEvents.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(fork.messages).toContainEqual({ type: 'close' });
    expect(fakeState.quitCalls).toBe(0);
    fork.emitter.emit('exit', 0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fakeState.quitCalls).toBe(1);
  });

  it("writes main's log next to the backend's: <data>/logs/main.log", async () => {
    await startMain();
    const log = (await import('electron-log/main')).default as unknown as {
      transports: { file: { resolvePathFn: () => string; maxSize: number } };
    };
    const path = log.transports.file.resolvePathFn();
    expect(path.replaceAll('\\', '/')).toMatch(/\/logs\/main\.log$/);
    expect(log.transports.file.maxSize).toBe(5 * 1024 * 1024);
  });
});
