// The desktop app's entry (Electron main process): one instance per data folder, the core opened
// on the user-data folder, the renderer served from app://tatbiq, and a clean quit that closes the
// database. The work is in the core; this file only wires the shell together.
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, protocol, type BrowserWindow } from 'electron';
import { openCore, type Core } from '../core';
import { createLogger, type Logger } from '../core/logger';
import { AppError } from '../../shared/api/errors';
import { CSP } from '../host/csp';
import { lanTransport } from '../host/lan';
import { APP_SCHEME, createRendererHandler } from './app-protocol';
import { hardenApp } from './security';
import { createMainWindow } from './window';
import { bindApi, bindFolderPicker, unbindApi } from './ipc';
import { installMenu } from './menu';
import { checkForUpdates } from './updater';
import { createElectronPdfRenderer } from './pdf';
import * as fa from './messages';

const APP_NAME = 'Tatbiq';
/** electron-builder.yml appId: the taskbar groups the window with the installer's shortcut. */
const APP_ID = 'ir.gov.moi.tatbiq';
const LOG_MAX_BYTES = 10 * 1024 * 1024;

// Before `ready`: the data folder is the one browser mode's defaultDataDir() computes
// (<appData>/Tatbiq), so both modes open the same database. Chromium's own caches go to a
// subfolder, away from the office's data.
app.setName(APP_NAME);
app.setPath('userData', testUserDataDir() ?? path.join(app.getPath('appData'), APP_NAME));
app.setPath('sessionData', path.join(app.getPath('userData'), 'chromium'));

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

let mainWindow: BrowserWindow | null = null;

/** `--user-data-dir=<dir>` gives a throwaway data folder to the end-to-end tests; ignored when installed. */
function testUserDataDir(): string | undefined {
  if (app.isPackaged || !app.commandLine.hasSwitch('user-data-dir')) return undefined;
  const dir = app.commandLine.getSwitchValue('user-data-dir');
  return dir ? path.resolve(dir) : undefined;
}

function openLog(): { log: Logger; file: string } {
  const file = path.join(app.getPath('userData'), 'logs', 'tatbiq.log');
  try {
    if (fs.statSync(file).size > LOG_MAX_BYTES) fs.renameSync(file, `${file}.1`);
  } catch {
    /* no log yet */
  }
  return { log: createLogger({ file }), file };
}

const flush = (log: Logger) => new Promise<void>((resolve) => log.flush(() => resolve()));

function showWindow(log: Logger): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  mainWindow = createMainWindow(log);
  mainWindow.on('closed', () => (mainWindow = null));
}

function closeOnQuit(core: Core, log: Logger): void {
  let closed = false;
  let closing = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    unbindApi();
    core
      .close()
      .then(() => log.info('core closed'))
      .catch((e: unknown) => log.error({ err: e }, 'closing the core failed'))
      .then(() => flush(log))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}

async function start(): Promise<void> {
  const { log, file: logFile } = openLog();
  const dataDir = app.getPath('userData');
  log.info(
    { version: app.getVersion(), electron: process.versions.electron, packaged: app.isPackaged, dataDir },
    'starting',
  );
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

  hardenApp(log);
  protocol.handle(
    APP_SCHEME,
    createRendererHandler({
      root: path.join(__dirname, '..', 'renderer'),
      csp: CSP,
      onRefused: (url, reason) => log.warn({ url, reason }, 'app:// request refused'),
    }),
  );

  let core: Core;
  try {
    core = await openCore({
      dataDir,
      mode: 'desktop',
      version: app.getVersion(),
      log,
      pdf: createElectronPdfRenderer(log),
    });
  } catch (e) {
    log.fatal({ err: e }, 'opening the core failed');
    await flush(log);
    dialog.showErrorBox(fa.startup.failedTitle, e instanceof AppError ? e.message : fa.startup.failedUnknown(logFile));
    app.exit(1);
    return;
  }

  closeOnQuit(core, log);
  try {
    bindApi(core);
    bindFolderPicker();
    installMenu(log);
    app.on('second-instance', () => showWindow(log));
    app.on('activate', () => showWindow(log));
    app.on('window-all-closed', () => {
      if (process.platform !== 'darwin') app.quit();
    });
    showWindow(log);
    // the office network (HTTPS for members' phones), if an admin turned it on; a failure is shown on its page
    void core.lan.attach(lanTransport(core, { rendererDir: path.join(__dirname, '..', 'renderer') }));
  } catch (e) {
    log.fatal({ err: e }, 'starting the shell failed');
    await flush(log);
    dialog.showErrorBox(fa.startup.failedTitle, fa.startup.failedUnknown(logFile));
    app.quit(); // closes the core on the way out
    return;
  }
  void checkForUpdates(core, dataDir, log);
}

if (!app.requestSingleInstanceLock()) {
  // another Tatbiq has this data folder open; it comes to the front (second-instance) instead
  app.quit();
} else {
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      console.error('Tatbiq could not start:', e);
      app.exit(1);
    });
}
