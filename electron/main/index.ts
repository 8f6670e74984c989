import { app, BrowserWindow, ipcMain, net, protocol, session } from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BackendProcess } from './backend-process';
import { installRelay } from './relay';
import { appOrigin, appScheme, lockDownContents, lockDownSession, secureWebPreferences } from './security';

/** The shell only: lifecycle, window, protocol, permissions, relay. No SQL and no rules here. */
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const rendererDir = join(__dirname, '../renderer');
  const dataDir = process.env.RETURNLENS_DATA_DIR ?? app.getPath('userData');
  let backend: BackendProcess | null = null;
  let mainWindow: BrowserWindow | null = null;

  const createWindow = () => {
    mainWindow = new BrowserWindow({
      width: 1400,
      height: 900,
      minWidth: 1024,
      minHeight: 680,
      show: false,
      title: 'ReturnLens 售后质检台',
      webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs')),
    });
    lockDownContents(mainWindow.webContents);
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    void mainWindow.loadURL(`${appOrigin}/index.html`);
  };

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));

  void app.whenReady().then(() => {
    protocol.handle(appScheme, (request) => {
      const path = decodeURIComponent(new URL(request.url).pathname);
      const file = normalize(join(rendererDir, path));
      if (!file.startsWith(rendererDir + sep)) return new Response('Not found', { status: 404 });
      return net.fetch(pathToFileURL(file).toString());
    });
    lockDownSession(session.defaultSession);
    backend = new BackendProcess(join(__dirname, 'backend.js'), dataDir, process.env.RETURNLENS_SQLITE_BINDING);
    installRelay(ipcMain, backend);
    createWindow();
  });

  app.on('window-all-closed', () => {
    backend?.close();
    app.quit();
  });
}
