// Updates from the ministry's feed (electron-updater, generic provider). The feed is
// electron-builder.yml's `publish` URL (app-update.yml in the package), or the one set for this
// computer (update-config.ts). electron-updater checks each download's sha512 against the feed's
// latest.yml, and on Windows the installer's Authenticode signature against the publisher names in
// app-update.yml (win.signtoolOptions.publisherName; see docs/updates.md). It checks at start and
// every few hours, downloads in the background, and asks before restarting. Before an update is
// applied, now or at quit, the office's data is backed up (src-main/core/backup). It never
// throws: offices are often offline, and a failed check is only a log line.
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, BrowserWindow } from 'electron';
// the package is loaded at start, but its updater object is created on first use (packaged only)
import { autoUpdater } from 'electron-updater';
import * as fa from './messages';
import type { Core } from '../core';
import type { Logger } from '../core/logger';
import { takeBackup } from '../core/backup/snapshot';
import { parseUpdateConfig, type UpdateConfig } from './update-config';

function readConfig(dataDir: string): UpdateConfig {
  let text: string | null = null;
  try {
    text = fs.readFileSync(path.join(dataDir, 'update.json'), 'utf8');
  } catch {
    // no file: the packaged feed
  }
  return parseUpdateConfig(text, process.env);
}

export async function checkForUpdates(core: Core, dataDir: string, log: Logger): Promise<void> {
  if (!app.isPackaged) return;
  const ulog = log.child({ component: 'updater' });
  const config = readConfig(dataDir);
  for (const w of config.warnings) ulog.warn(w);
  if (!config.enabled) {
    ulog.info('update checks are turned off for this computer');
    return;
  }
  try {
    autoUpdater.logger = {
      info: (m?: unknown) => ulog.info(String(m)),
      warn: (m?: unknown) => ulog.warn(String(m)),
      error: (m?: unknown) => ulog.error(String(m)),
      debug: (m: string) => ulog.debug(m),
    };
    if (config.feedUrl) autoUpdater.setFeedURL({ provider: 'generic', url: config.feedUrl, channel: config.channel });
    autoUpdater.autoDownload = true;
    // installing at quit goes through our own before-quit handler, which backs up first
    autoUpdater.autoInstallOnAppQuit = false;
    autoUpdater.allowDowngrade = false;

    let downloaded: string | null = null;
    let installing = false;
    const install = async () => {
      if (installing) return;
      installing = true;
      try {
        const b = await takeBackup(core.context, 'before-update');
        ulog.info({ backup: b.folder, version: downloaded }, 'backed up before the update');
      } catch (err) {
        // an update is not installed over data that could not be backed up
        ulog.error({ err }, 'backup before the update failed; the update waits');
        installing = false;
        return;
      }
      autoUpdater.quitAndInstall();
    };

    autoUpdater.on('error', (err) => ulog.warn({ err: err.message }, 'update failed'));
    autoUpdater.on('update-available', (info) => ulog.info({ version: info.version }, 'update available'));
    autoUpdater.on('update-not-available', (info) => ulog.info({ version: info.version }, 'up to date'));
    autoUpdater.on('update-downloaded', (event) => {
      ulog.info({ version: event.version }, 'update downloaded and verified');
      downloaded = event.version;
      void askToInstall(event.version, ulog).then((now) => (now ? install() : undefined));
    });
    // "later": installed when the user quits, after the backup
    app.on('before-quit', (e) => {
      if (downloaded && !installing) {
        e.preventDefault();
        void install();
      }
    });
    await autoUpdater.checkForUpdates();
    const timer = setInterval(() => {
      if (!downloaded)
        autoUpdater.checkForUpdates().catch((err: Error) => ulog.warn({ err: err.message }, 'update check failed'));
    }, config.intervalMinutes * 60_000);
    timer.unref();
  } catch (e) {
    ulog.warn({ err: e instanceof Error ? e.message : String(e) }, 'update check failed');
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
