import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { FakeContents, fakeElectron, fakeLog, fakeState, resetFakeState, type FakeWindow } from './fake-electron';

vi.mock('electron', () => fakeElectron());
vi.mock('electron-log/main', () => fakeLog());

/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security, "Checklist: Security
 * recommendations"), one test per item, each against the code that sets it: main is started as Electron starts it
 * (electron/main/index.ts with `electron` mocked), and the test looks at what it did: the window it made, the
 * handlers it put on the session and on every webContents, the IPC listeners, the protocol, the preload's
 * exposures, the package configuration. docs/SECURITY.md lists each item with the name of its test here.
 */
const ownPage = 'app://returnlens/index.html';

const startMain = async () => {
  vi.resetModules();
  await import('../../electron/main/index');
  await new Promise((resolve) => setTimeout(resolve, 0));
};

const theWindow = (): FakeWindow => {
  expect(fakeState.windows).toHaveLength(1);
  return fakeState.windows[0]!;
};
const webPreferences = () => theWindow().options.webPreferences as Record<string, unknown>;

/** The window's webContents, and one made later (a devtools or guest view): main locks down both. */
const everyContents = (): FakeContents[] => {
  const later = new FakeContents();
  fakeState.appEvents.emit('web-contents-created', {}, later);
  return [theWindow().webContents, later];
};

const prevented = (contents: FakeContents, event: string, ...args: unknown[]): boolean => {
  const e = { preventDefault: vi.fn(), url: args[0] };
  contents.emit(event, e, ...args);
  return e.preventDefault.mock.calls.length > 0;
};

const askPermission = (permission: string, url: string, details: Record<string, unknown> = {}): boolean => {
  const callback = vi.fn();
  fakeState.permissionRequestHandler!({ getURL: () => url }, permission, callback, { requestingUrl: url, ...details });
  expect(callback).toHaveBeenCalledTimes(1);
  return callback.mock.calls[0]![0] as boolean;
};

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
const shippedSources = () => [...sourceFiles('electron'), ...sourceFiles('renderer/src'), ...sourceFiles('shared')];

const cspDirectives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as {
  devDependencies: Record<string, string>;
  build: { electronFuses: Record<string, boolean> };
};

beforeEach(() => {
  resetFakeState();
  delete process.env.ELECTRON_RENDERER_URL;
});

describe("Electron's security checklist", () => {
  it('1. Only load secure content: the window loads app:// from the package, the CSP names no http(s) origin', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    await startMain();
    expect(theWindow().loadURL).toHaveBeenCalledWith(ownPage);
    expect(contentSecurityPolicy).not.toMatch(/\b(https?|wss?|ftp):/);
    const page = readFileSync('renderer/index.html', 'utf8');
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('2. No Node.js integration: not in the window, its workers or its subframes', async () => {
    await startMain();
    expect(webPreferences()).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('3. Context isolation is on', async () => {
    await startMain();
    expect(webPreferences().contextIsolation).toBe(true);
  });

  it('4. Process sandboxing: the window is sandboxed and app.enableSandbox() sandboxes every renderer', async () => {
    await startMain();
    expect(webPreferences().sandbox).toBe(true);
    expect(fakeState.sandboxEnabled).toBe(true);
  });

  it('5. Session permission requests: only the camera and notifications for our own page; every other request, check and device is refused', async () => {
    await startMain();
    expect(askPermission('notifications', ownPage)).toBe(true);
    expect(askPermission('notifications', 'https://evil.example/')).toBe(false);
    expect(askPermission('media', ownPage, { mediaTypes: ['video'] })).toBe(true);
    expect(askPermission('media', ownPage, { mediaTypes: ['audio'] })).toBe(false);
    expect(askPermission('media', 'https://evil.example/', { mediaTypes: ['video'] })).toBe(false);
    for (const permission of [
      'geolocation',
      'clipboard-read',
      'midiSysex',
      'hid',
      'serial',
      'usb',
      'fileSystem',
      'display-capture',
      'unknown',
    ]) {
      expect(askPermission(permission, ownPage), permission).toBe(false);
    }
    const check = fakeState.permissionCheckHandler!;
    expect(check(null, 'media', 'app://returnlens', { mediaType: 'video' })).toBe(true);
    expect(check(null, 'media', 'app://returnlens', { mediaType: 'audio' })).toBe(false);
    expect(check(null, 'clipboard-read', 'app://returnlens', {})).toBe(false);
    expect(fakeState.devicePermissionHandler!({ deviceType: 'usb', origin: 'app://returnlens' })).toBe(false);
  });

  it('6. webSecurity is not disabled', async () => {
    await startMain();
    expect(webPreferences().webSecurity).toBe(true);
  });

  it("7. A Content-Security-Policy: sent as a header by the app:// handler, also in the page; script-src 'self', no eval", async () => {
    await startMain();
    const electron = await import('electron');
    vi.mocked(electron.net.fetch).mockImplementation(() => Promise.resolve(new Response('<html></html>')));
    const response = await fakeState.protocolHandlers.get('app')!({ url: ownPage });
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    const header = cspDirectives(contentSecurityPolicy);
    expect(header.get('default-src')).toEqual(["'self'"]);
    expect(header.get('script-src')).toEqual(["'self'"]);
    expect(header.get('object-src')).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|\*/);
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync('renderer/index.html', 'utf8'))?.[1];
    expect(meta, 'renderer/index.html has no CSP meta tag').toBeDefined();
    const page = cspDirectives(meta!);
    for (const directive of ['default-src', 'script-src', 'object-src', 'base-uri', 'form-action'])
      expect(page.get(directive), directive).toEqual(header.get(directive));
  });

  it('8. allowRunningInsecureContent is not enabled', async () => {
    await startMain();
    expect(webPreferences().allowRunningInsecureContent).toBe(false);
  });

  it('9. Experimental features are not enabled', async () => {
    await startMain();
    expect(webPreferences().experimentalFeatures).toBe(false);
  });

  it('10. enableBlinkFeatures is not used (neither the preference nor the command-line switch)', async () => {
    await startMain();
    expect(webPreferences()).not.toHaveProperty('enableBlinkFeatures');
    for (const file of sourceFiles('electron'))
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/enableBlinkFeatures|enable-blink-features/);
  });

  it('11. <webview> allowpopups: there is no <webview> (webviewTag off), and popups are denied anyway', async () => {
    await startMain();
    expect(webPreferences().webviewTag).toBe(false);
    for (const contents of everyContents()) expect(contents.windowOpenHandler?.({ url: ownPage })).toEqual({ action: 'deny' });
  });

  it('12. <webview> options are verified before creation: every attach is refused, on every webContents', async () => {
    await startMain();
    for (const contents of everyContents()) {
      expect(prevented(contents, 'will-attach-webview', { nodeIntegration: false }, { src: ownPage })).toBe(true);
    }
  });

  it('13. Navigation is limited to our own origin (navigation, frame navigation, redirects), on every webContents', async () => {
    await startMain();
    for (const contents of everyContents()) {
      for (const url of [
        'https://evil.example/',
        'http://localhost:5173/',
        'file:///etc/passwd',
        'app://returnlens.evil/index.html',
        'javascript:alert(1)',
      ]) {
        expect(prevented(contents, 'will-navigate', url), url).toBe(true);
        expect(prevented(contents, 'will-frame-navigate', url), url).toBe(true);
        expect(prevented(contents, 'will-redirect', url), url).toBe(true);
      }
      expect(prevented(contents, 'will-navigate', `${ownPage}#/cases`)).toBe(false);
    }
  });

  it('14. New windows are never created: window.open is denied on every webContents', async () => {
    await startMain();
    for (const contents of everyContents()) {
      for (const url of ['https://example.com/', ownPage, 'about:blank'])
        expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('15. shell.openExternal is never used, and a page asking to open an external link is refused', async () => {
    for (const file of shippedSources()) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\bopenExternal\b/);
      expect(text, file).not.toMatch(/import\s*\{[^}]*\bshell\b[^}]*\}\s*from\s*'electron'/);
    }
    await startMain();
    expect(askPermission('openExternal', ownPage, { externalURL: 'mailto:someone@example.com' })).toBe(false);
    expect(askPermission('openExternal', ownPage, { externalURL: 'file:///C:/Windows/System32/calc.exe' })).toBe(false);
  });

  it('16. A current Electron: the installed Electron is the declared major, 45 or newer, and the Node that builds and tests is the one it embeds', () => {
    const installed = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as {
      version: string;
      dependencies: Record<string, string>;
    };
    const major = Number(installed.version.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(45);
    expect(packageJson.devDependencies.electron).toMatch(new RegExp(`^\\^?${major}\\.`));
    const embeddedNode = /(\d+)/.exec(installed.dependencies['@types/node'] ?? '')?.[1];
    expect(process.versions.node.split('.')[0]).toBe(embeddedNode);
  });

  it('17. The sender of every IPC message is validated: only our own main frame is answered', async () => {
    await startMain();
    const call = fakeState.ipcHandlers.get('api:call')!;
    const methods = fakeState.ipcHandlers.get('api:methods')!;
    const frames = [
      { url: 'https://evil.example/', parent: null },
      { url: ownPage, parent: { url: ownPage } },
      { url: 'file:///tmp/index.html', parent: null },
      { url: 'app://returnlens.evil/index.html', parent: null },
      null,
    ];
    for (const senderFrame of frames) {
      expect(await call({ senderFrame, sender: { id: 1 } }, 'auth.status', {}), JSON.stringify(senderFrame)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      const event = { senderFrame, returnValue: undefined as unknown };
      methods(event);
      expect(event.returnValue).toEqual([]);
    }
    expect(fakeState.forks[0]!.messages.filter((m) => (m as { type: string }).type === 'call')).toEqual([]);
    const own = { senderFrame: { url: ownPage, parent: null }, returnValue: undefined as unknown };
    methods(own);
    expect((own.returnValue as string[]).length).toBeGreaterThan(0);
  });

  it('18. No file:// pages: a privileged app:// protocol serves only the packaged renderer, and file: keeps no extra privileges', async () => {
    await startMain();
    expect(fakeState.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const electron = await import('electron');
    const read: string[] = [];
    vi.mocked(electron.net.fetch).mockImplementation((url) => {
      read.push(fileURLToPath(url as string));
      return Promise.resolve(new Response('x'));
    });
    const serve = fakeState.protocolHandlers.get('app')!;
    expect((await serve({ url: ownPage })).status).toBe(200);
    const rendererDir = dirname(read[0]!);
    for (const escape of [
      'app://returnlens/..%2F..%2Fmain%2Findex.js',
      'app://returnlens/%2E%2E/%2E%2E/package.json',
      'app://returnlens/a/..%5C..%5C..%5Cpackage.json',
    ]) {
      await serve({ url: escape });
    }
    // Every file the handler read is inside the renderer folder (a dot segment the URL parser resolves stays inside).
    for (const file of read) expect(file.startsWith(rendererDir + sep), file).toBe(true);
    expect(packageJson.build.electronFuses.grantFileProtocolExtraPrivileges).toBe(false);
  });

  it('19. The fuses are set: no run-as-node, NODE_OPTIONS or --inspect; cookies encrypted; only an integrity-checked app.asar loads', () => {
    expect(packageJson.build.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('20. No Electron API reaches the page: the preload exposes `api` only, plain functions, never ipcRenderer', async () => {
    await startMain();
    await import('../../electron/preload/index');
    expect([...fakeState.exposed.keys()]).toEqual(['api']);
    const api = fakeState.exposed.get('api') as Record<string, unknown>;
    const electron = await import('electron');
    const ipcRenderer = electron.ipcRenderer as unknown as Record<string, unknown>;
    expect(Object.keys(api).length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(api)) {
      expect(typeof value, name).toBe('function');
      expect(Object.values(ipcRenderer), name).not.toContain(value);
    }
    expect(Object.values(api)).not.toContain(ipcRenderer);
    const preload = readFileSync('electron/preload/index.ts', 'utf8');
    expect([...preload.matchAll(/exposeInMainWorld\(/g)]).toHaveLength(1);
  });
});
