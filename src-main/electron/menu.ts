// The application menu, in Persian. Roles keep the standard behaviour and shortcuts; the OS lays
// the bar out right to left for an RTL locale.
import { app, dialog, Menu, shell, BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import * as fa from './messages';
import type { Logger } from '../core/logger';

async function showAbout(): Promise<void> {
  const options = {
    type: 'info' as const,
    title: fa.about.title,
    message: fa.about.message,
    detail: fa.about.detail(app.getVersion(), app.getPath('userData')),
    buttons: [fa.about.close],
    noLink: true,
  };
  const win = BrowserWindow.getFocusedWindow();
  await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}

async function openDataFolder(log: Logger): Promise<void> {
  const error = await shell.openPath(app.getPath('userData'));
  if (error) {
    log.warn({ error }, 'opening the data folder failed');
    dialog.showErrorBox(fa.menu.dataFolder, fa.startup.dataFolderFailed);
  }
}

export function buildMenu(log: Logger): Menu {
  const m = fa.menu;
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: m.zoomIn },
    { role: 'zoomOut', label: m.zoomOut },
    { role: 'resetZoom', label: m.resetZoom },
    { type: 'separator' },
    { role: 'togglefullscreen', label: m.fullScreen },
  ];
  if (!app.isPackaged) {
    view.push(
      { type: 'separator' },
      { role: 'reload', label: m.reload },
      { role: 'toggleDevTools', label: m.devTools },
    );
  }
  const template: MenuItemConstructorOptions[] = [
    { label: m.file, submenu: [{ role: 'quit', label: m.quit }] },
    {
      label: m.edit,
      submenu: [
        { role: 'undo', label: m.undo },
        { role: 'redo', label: m.redo },
        { type: 'separator' },
        { role: 'cut', label: m.cut },
        { role: 'copy', label: m.copy },
        { role: 'paste', label: m.paste },
        { role: 'selectAll', label: m.selectAll },
      ],
    },
    { label: m.view, submenu: view },
    {
      label: m.help,
      submenu: [
        {
          label: m.about,
          click: () => void showAbout().catch((e: unknown) => log.warn({ err: e }, 'about dialog failed')),
        },
        { label: m.dataFolder, click: () => void openDataFolder(log) },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}

export function installMenu(log: Logger): void {
  Menu.setApplicationMenu(buildMenu(log));
}
