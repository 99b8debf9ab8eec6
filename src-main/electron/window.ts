// The one window: isolated, sandboxed, loading the built renderer from app://tatbiq.
import path from 'node:path';
import fs from 'node:fs';
import { app, BrowserWindow } from 'electron';
import { APP_ENTRY } from './app-protocol';
import { hardenWindow } from './security';
import { appTitle } from './messages';
import type { Logger } from '../core/logger';

function iconPath(): string | undefined {
  // Windows and macOS take the icon from the executable; Linux needs it on the window
  const file = path.join(app.getAppPath(), 'assets', 'icon.png');
  return process.platform === 'linux' && fs.existsSync(file) ? file : undefined;
}

export function createMainWindow(log: Logger): BrowserWindow {
  const win = new BrowserWindow({
    title: appTitle,
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    // the theme's background colour, so nothing flashes before the first paint
    backgroundColor: '#f3f5f8',
    icon: iconPath(),
    autoHideMenuBar: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  hardenWindow(win, log);
  win.once('ready-to-show', () => {
    win.maximize();
    win.show();
  });
  // a crashed page comes back (a few times, not in a loop); the data is safe in the main process
  let reloads = 0;
  win.webContents.on('render-process-gone', (_event, details) => {
    log.error({ reason: details.reason, exitCode: details.exitCode }, 'renderer process gone');
    if (details.reason !== 'clean-exit' && reloads++ < 3 && !win.isDestroyed()) {
      win.loadURL(APP_ENTRY).catch((e: unknown) => log.error({ err: e }, 'reloading the renderer failed'));
    }
  });
  win.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (isMainFrame) log.error({ code, description, url }, 'page failed to load');
  });
  win.loadURL(APP_ENTRY).catch((e: unknown) => log.error({ err: e }, 'loading the renderer failed'));
  return win;
}
