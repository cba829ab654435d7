// The main process: one window showing the app from app://kartoteka/, one hidden window
// at a time for printing dossiers, and the IPC handlers of DESKTOP_CHANNELS. This is the
// wiring file: the decisions it applies live in small Electron-free modules beside it.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import path from 'node:path';
import { createAppProtocolHandler } from './appProtocol.js';
import { APP_ENTRY_URL, APP_SCHEME } from './appOrigin.js';
import { applicationMenuTemplate } from './applicationMenu.js';
import { readFileCapped, writeFileAtomically } from './fileAccess.js';
import { openExternalSafely, type OpenExternalDeps } from './handleOpenExternal.js';
import { createIpcHandlers, registerIpcHandlers } from './ipcHandlers.js';
import { createPdfPrinter, PRINT_SCHEME } from './pdfPrinter.js';
import { hardenSession, hardenWebContentsOf } from './security.js';
import { isAllowedRequestUrl } from './securityPolicy.js';

// Must happen before `ready`. `standard` + `secure` give app:// a real origin and a secure
// context; `supportFetchAPI` lets the page fetch its own assets (the sample archive).
// `codeCache` lets V8 keep the app's compiled scripts between starts, as Chromium does for
// http(s) (off by default for custom schemes): measured with the same cache in Chromium,
// the first result after a reload came at 889 ms instead of 1,080 (median of 12 each, L).
// `corsEnabled` is deliberately left off: it would let other origins read app files.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
  { scheme: PRINT_SCHEME, privileges: { standard: true } },
]);
// Every renderer sandboxed, whatever a window's own preferences say.
app.enableSandbox();

// DevTools and their console exist in development (`npm start`) only.
const devTools = !app.isPackaged;
let mainWindow: BrowserWindow | null = null;

const openExternalDeps: OpenExternalDeps = {
  async confirmOpenExternal(url) {
    const options = {
      type: 'question' as const,
      buttons: ['Open in browser', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
      message: `Open ${url.hostname} in your web browser?`,
      detail: `${url.href}\n\nThe browser will connect to this site: it can see your IP address.`,
    };
    const { response } = mainWindow
      ? await dialog.showMessageBox(mainWindow, options)
      : await dialog.showMessageBox(options);
    return response === 0;
  },
  // Reached only through openExternalSafely: https, no credentials, confirmed by the user.
  openExternal(href) {
    return shell.openExternal(href); // eng-disable OPEN_EXTERNAL_JS_CHECK: see openExternalSafely
  },
};

if (!app.requestSingleInstanceLock()) {
  // Another Kartoteka is running with the same archive: let it take the focus.
  app.quit();
} else {
  hardenWebContentsOf(app, (url) => {
    openExternalSafely(url.href, openExternalDeps).catch((error: unknown) => {
      console.error('Could not open the link in the browser:', error);
    });
  });
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // One window is the whole app: closing it quits, on macOS too, so no archive stays open
  // in a process the user believes closed.
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Half a security setup is worse than none: stop rather than run without it.
      console.error('Kartoteka could not start:', error);
      app.exit(1);
    });
}

async function start(): Promise<void> {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(applicationMenuTemplate(process.platform, devTools)),
  );

  const appSession = session.defaultSession;
  await hardenSession(appSession, (url) => isAllowedRequestUrl(url, { devTools }));
  appSession.protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(path.join(app.getAppPath(), 'dist', 'renderer')),
  );

  // The print session is in memory (no `persist:` prefix): nothing of a printed dossier
  // is written to disk, and it shares no storage with the app.
  const printSession = session.fromPartition('kartoteka-print', { cache: false });
  const printer = createPdfPrinter({
    protocol: printSession.protocol,
    createWindow: () =>
      new BrowserWindow({
        show: false,
        webPreferences: {
          session: printSession,
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          webviewTag: false,
          spellcheck: false,
          devTools: false,
          // Middle-click would otherwise open a link in a new window (denied anyway).
          disableBlinkFeatures: 'Auxclick',
        },
      }),
  });
  await hardenSession(
    printSession,
    (url) => url.startsWith('data:') || printer.isPendingDocumentUrl(url),
  );

  registerIpcHandlers(
    ipcMain,
    createIpcHandlers({
      showOpenDialog: (options) =>
        mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
      showSaveDialog: (options) =>
        mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
      readFileCapped,
      writeFile: writeFileAtomically,
      defaultDirectory: app.getPath('documents'),
      printToPdf: printer.printToPdf,
      ...openExternalDeps,
      appInfo: { version: app.getVersion(), platform: process.platform },
    }),
  );

  mainWindow = createMainWindow();
  // The printer keeps a hidden window between dossiers; it must not keep the app alive.
  mainWindow.on('closed', () => printer.dispose());
}

function createMainWindow(): BrowserWindow {
  // Reviewed: the preload exposes DesktopApi (desktopApiBridge.ts) and nothing else.
  const preload = path.join(app.getAppPath(), 'dist', 'electron', 'preload.cjs');
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Kartoteka',
    webPreferences: {
      preload, // eng-disable PRELOAD_JS_CHECK: exposes only DesktopApi
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools,
      // Middle-click would otherwise open a link in a new window (denied anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
