// Everything that locks the shell down: the renderer stays on app://tatbiq, opens no windows,
// embeds no webviews, gets no permission but notifications and loads nothing remote. Window-level settings
// (sandbox, contextIsolation…) are in window.ts; the IPC sender check is in ipc.ts.
import { app, session, shell, type BrowserWindow, type WebContents } from 'electron';
import { externalWebUrl, isAppUrl, isFrameDocument, isLocalRequest } from './app-protocol';
import type { Logger } from '../core/logger';

/** Web permissions the app needs: notifications, so a new message shows as a system notification (issue 15). */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>(['notifications']);

const locked = new WeakSet<WebContents>();

function lockContents(contents: WebContents, log: Logger): void {
  if (locked.has(contents)) return;
  locked.add(contents);
  // in-app navigation only; a link out is never followed inside the window
  const stayInApp = (event: { url: string; preventDefault(): void }, kind: string) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    log.warn({ url: event.url, kind }, 'navigation blocked');
  };
  contents.on('will-navigate', (event) => stayInApp(event, 'will-navigate'));
  // frames inside the page (a letter preview) may also show in-memory documents
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || isFrameDocument(event.url)) return;
    stayInApp(event, 'will-frame-navigate');
  });
  contents.on('will-redirect', (event) => stayInApp(event, 'will-redirect'));

  // no new windows; an http(s) link meant for a new window goes to the user's browser
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalWebUrl(url);
    if (external) {
      shell.openExternal(external).catch((e: unknown) => log.warn({ err: e, url: external }, 'openExternal failed'));
    } else {
      log.warn({ url }, 'window.open denied');
    }
    return { action: 'deny' };
  });
  // cannot happen while the handler above denies everything; if it ever does, the window goes
  contents.on('did-create-window', (win) => {
    log.error({ url: win.webContents.getURL() }, 'unexpected child window destroyed');
    win.destroy();
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('webview blocked');
  });
}

/** Call once, after `app` is ready and before the first window is created. */
export function hardenApp(log: Logger): void {
  app.on('web-contents-created', (_event, contents) => lockContents(contents, log));

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((contents, permission, callback) => {
    const granted = ALLOWED_PERMISSIONS.has(permission) && isAppUrl(contents.getURL());
    if (!granted) log.warn({ permission }, 'permission request denied');
    callback(granted);
  });
  ses.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) => ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingOrigin),
  );
  ses.setDevicePermissionHandler(() => false);

  // no remote content: only the app's own files and in-memory blob:/data: URLs
  ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const cancel = !isLocalRequest(details.url);
    if (cancel) log.warn({ url: details.url, type: details.resourceType }, 'request blocked');
    callback({ cancel });
  });
}

/** Locks one window: done for every contents by `hardenApp`, and again here, explicitly, so a
 * window is never shown unlocked whatever the order of events. */
export function hardenWindow(win: BrowserWindow, log: Logger): void {
  lockContents(win.webContents, log);
  if (win.webContents.session !== session.defaultSession) {
    log.fatal('window created outside the hardened session; closing it');
    win.destroy();
    return;
  }
  if (app.isPackaged) win.webContents.on('devtools-opened', () => win.webContents.closeDevTools());
}
