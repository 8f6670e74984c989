import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

/** Production pages come from our own scheme inside the package, never from a dev server or the web. */
export const appScheme = 'app';
export const appOrigin = `${appScheme}://returnlens`;
export const productionUrl = `${appOrigin}/index.html`;

export { contentSecurityPolicy } from '../../shared/security/csp';

/** Origins whose pages may call the backend. Only app:// unless an unpackaged dev run trusts its dev server. */
const trustedOrigins = new Set<string>([appOrigin]);

const originOf = (url: string): string | null => {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
};

export const isOwnPage = (url: string): boolean => {
  const origin = originOf(url);
  return origin !== null && trustedOrigins.has(origin);
};

/**
 * Where the window loads from. Packaged builds: always app:// (ELECTRON_RENDERER_URL is ignored). Unpackaged
 * `electron-vite dev` runs: its dev server on localhost, which then becomes a trusted origin for this run only.
 */
export const resolveRendererUrl = (isPackaged: boolean, devServerUrl: string | undefined): string => {
  if (isPackaged || !devServerUrl) return productionUrl;
  const origin = originOf(devServerUrl);
  const host = origin ? new URL(devServerUrl).hostname : '';
  if (!origin || !['localhost', '127.0.0.1'].includes(host)) return productionUrl;
  trustedOrigins.add(origin);
  return devServerUrl;
};

export const secureWebPreferences = (preload: string): BrowserWindowConstructorOptions['webPreferences'] => ({
  preload,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  // Electron's checklist, items 9 and 10: no experimental Chromium features, no Blink features switched on.
  experimentalFeatures: false,
  spellcheck: false,
});

/**
 * Only the camera (defect photos) and desktop notifications (the service desk's deadline alerts, issue 15), only for
 * our own page; everything else is refused.
 */
export const permissionAllowed = (permission: string, requestingUrl: string, mediaTypes: readonly string[] = []): boolean =>
  (permission === 'notifications' && isOwnPage(requestingUrl)) ||
  (permission === 'media' && isOwnPage(requestingUrl) && mediaTypes.length > 0 && mediaTypes.every((t) => t === 'video'));

export const lockDownSession = (session: Session): void => {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(permissionAllowed(permission, details.requestingUrl || webContents.getURL(), mediaTypes));
  });
  session.setPermissionCheckHandler(
    (_webContents, permission, requestingOrigin, details) =>
      (permission === 'notifications' && isOwnPage(requestingOrigin)) ||
      (permission === 'media' && isOwnPage(requestingOrigin) && (details.mediaType === undefined || details.mediaType === 'video')),
  );
  // No device pickers (USB, serial, HID, Bluetooth) for anyone.
  session.setDevicePermissionHandler(() => false);
};

/** No navigation away from our page, no new windows, no webviews. */
export const lockDownContents = (contents: WebContents): void => {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isOwnPage(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
};
