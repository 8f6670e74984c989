import { app, BrowserWindow, ipcMain, net, protocol, session } from 'electron';
import log from 'electron-log/main';
import { join } from 'node:path';
import { serveAppRequest } from './app-protocol';
import { BackendProcess } from './backend-process';
import { handleDownloads } from './downloads';
import { takeFileIntoUploads } from './take-file';
import { installRelay } from './relay';
import { appScheme, isOwnPage, lockDownContents, lockDownSession, resolveRendererUrl, secureWebPreferences } from './security';

/** The shell only: lifecycle, window, protocol, permissions, relay, files handed over by the page. No SQL and no rules here. */
log.initialize();
// Next to the backend's backend.log (electron/backend/core/file-logger.ts): <data>/logs/main.log, 5 MB then main.old.log.
log.transports.file.resolvePathFn = () => join(process.env.RETURNLENS_DATA_DIR ?? app.getPath('userData'), 'logs', 'main.log');
log.transports.file.maxSize = 5 * 1024 * 1024;
log.errorHandler.startCatching({ showDialog: false });

// Every renderer sandboxed, whatever its webPreferences say (the window's also set sandbox: true).
app.enableSandbox();

protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  // Another ReturnLens owns the data folder (SQLite is single-writer): hand focus to it and leave.
  app.quit();
} else {
  const rendererDir = join(__dirname, '../renderer');
  const dataDir = process.env.RETURNLENS_DATA_DIR ?? app.getPath('userData');
  let backend: BackendProcess | null = null;
  let mainWindow: BrowserWindow | null = null;
  let quitting = false;

  const createWindow = () => {
    const window = new BrowserWindow({
      width: 1400,
      height: 900,
      minWidth: 1024,
      minHeight: 680,
      show: false,
      title: 'ReturnLens 售后质检台',
      icon: join(__dirname, '../../resources/icons/icon.png'),
      webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs')),
    });
    mainWindow = window;
    lockDownContents(window.webContents);
    window.once('ready-to-show', () => window.show());
    window.webContents.on('render-process-gone', (_event, details) => log.error('renderer gone', details));
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    void window.loadURL(resolveRendererUrl(app.isPackaged, process.env.ELECTRON_RENDERER_URL));
  };

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));

  void app.whenReady().then(() => {
    log.info('starting', { version: app.getVersion(), dataDir, packaged: app.isPackaged });
    protocol.handle(appScheme, (request) => serveAppRequest(rendererDir, request.url, (url) => net.fetch(url)));
    lockDownSession(session.defaultSession);
    handleDownloads(session.defaultSession, app.getPath('downloads'), isOwnPage);
    backend = new BackendProcess(join(__dirname, 'backend.js'), dataDir, (message, details) => log.error(message, details));
    const relayBackend = backend;
    installRelay(ipcMain, {
      backend: relayBackend,
      takeFile: (path) => takeFileIntoUploads(dataDir, path),
    });
    createWindow();
  });

  app.on('window-all-closed', () => app.quit());

  // Close the database (WAL checkpoint) before the process goes away.
  app.on('before-quit', (event) => {
    if (quitting || !backend) return;
    event.preventDefault();
    quitting = true;
    void backend.close().finally(() => {
      log.info('backend closed');
      app.quit();
    });
  });
}
