// Updates from the ministry's feed (electron-updater, generic provider). The feed URL comes from
// electron-builder.yml `publish`, written into the package as app-update.yml. It checks once at
// start in an installed app, downloads in the background, asks before restarting, and never
// throws: offices are often offline, and a failed check is only a log line.
import { app, dialog, BrowserWindow } from 'electron';
// the package is loaded at start, but its updater object is created on first use (packaged only)
import { autoUpdater } from 'electron-updater';
import * as fa from './messages';
import type { Logger } from '../core/logger';

export async function checkForUpdates(log: Logger): Promise<void> {
  if (!app.isPackaged) return;
  try {
    const ulog = log.child({ component: 'updater' });
    autoUpdater.logger = {
      info: (m?: unknown) => ulog.info(String(m)),
      warn: (m?: unknown) => ulog.warn(String(m)),
      error: (m?: unknown) => ulog.error(String(m)),
      debug: (m: string) => ulog.debug(m),
    };
    autoUpdater.autoDownload = true;
    // declined now means installed when the user next quits
    autoUpdater.autoInstallOnAppQuit = true;

    autoUpdater.on('error', (err) => ulog.warn({ err: err.message }, 'update failed'));
    autoUpdater.on('update-available', (info) => ulog.info({ version: info.version }, 'update available'));
    autoUpdater.on('update-not-available', (info) => ulog.info({ version: info.version }, 'up to date'));
    autoUpdater.on('update-downloaded', (event) => {
      ulog.info({ version: event.version }, 'update downloaded');
      void askToInstall(event.version, ulog).then((now) => {
        if (now) autoUpdater.quitAndInstall();
      });
    });
    await autoUpdater.checkForUpdates();
  } catch (e) {
    log.warn({ err: e instanceof Error ? e.message : String(e) }, 'update check failed');
  }
}

async function askToInstall(version: string, log: Logger): Promise<boolean> {
  try {
    const options = {
      type: 'question' as const,
      title: fa.update.title,
      message: fa.update.ready(version),
      detail: fa.update.detail,
      buttons: [fa.update.now, fa.update.later],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    };
    const win = BrowserWindow.getAllWindows()[0];
    const { response } = await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
    log.info({ version, now: response === 0 }, 'update install answered');
    return response === 0;
  } catch (e) {
    log.warn({ err: e instanceof Error ? e.message : String(e) }, 'update dialog failed');
    return false;
  }
}
