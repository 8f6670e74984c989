import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

/** Production pages come from our own scheme inside the package, never from a dev server or the web. */
export const appScheme = 'app';
export const appOrigin = `${appScheme}://returnlens`;

export const isOwnPage = (url: string): boolean => {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === appOrigin;
  } catch {
    return false;
  }
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
  spellcheck: false,
});

/** Only the camera (defect photos), only for our own page; everything else is refused. */
export const permissionAllowed = (permission: string, requestingUrl: string, mediaTypes: readonly string[] = []): boolean =>
  permission === 'media' && isOwnPage(requestingUrl) && mediaTypes.every((t) => t === 'video');

export const lockDownSession = (session: Session): void => {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(permissionAllowed(permission, webContents.getURL(), mediaTypes));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    permission === 'media' && isOwnPage(requestingOrigin),
  );
};

/** No navigation away from our page, no new windows, no webviews. */
export const lockDownContents = (contents: WebContents): void => {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
};
