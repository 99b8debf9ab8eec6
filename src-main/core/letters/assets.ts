// The files a letter is drawn with: Vazirmatn (bundled through the `vazirmatn` package, never
// fetched) and the stand-in emblem in assets/. Read once and kept in memory.
import fs from 'node:fs';
import path from 'node:path';

export const FONT_FILES = { regular: 'Vazirmatn-Regular.woff2', bold: 'Vazirmatn-Bold.woff2' } as const;
export type FontWeight = keyof typeof FONT_FILES;

let fontCache: Record<FontWeight, Buffer> | null = null;

// Resolved at run time wherever node_modules is (source, dist, app.asar), never bundled: the
// name is built so the bundler leaves the call alone.
const FONT_PACKAGE = ['vazirmatn', 'package.json'].join('/');

function fontDir(): string {
  return path.join(path.dirname(require.resolve(FONT_PACKAGE)), 'fonts', 'webfonts');
}

export function fontBytes(): Record<FontWeight, Buffer> {
  if (!fontCache) {
    const dir = fontDir();
    fontCache = {
      regular: fs.readFileSync(path.join(dir, FONT_FILES.regular)),
      bold: fs.readFileSync(path.join(dir, FONT_FILES.bold)),
    };
  }
  return fontCache;
}

let dataUrls: Record<FontWeight, string> | null = null;

/** The fonts as data: URLs: the preview frame and Electron's hidden window load nothing else. */
export function fontDataUrls(): Record<FontWeight, string> {
  if (!dataUrls) {
    const f = fontBytes();
    dataUrls = {
      regular: `data:font/woff2;base64,${f.regular.toString('base64')}`,
      bold: `data:font/woff2;base64,${f.bold.toString('base64')}`,
    };
  }
  return dataUrls;
}

let emblem: string | null = null;

/** The bundled emblem's SVG markup (assets/emblem.svg), found from source, dist or the packaged app. */
export function bundledEmblemSvg(): string {
  if (emblem !== null) return emblem;
  const candidates = [
    path.resolve(__dirname, '..', '..', '..', 'assets', 'emblem.svg'), // src-main/core/letters
    path.resolve(__dirname, '..', '..', 'assets', 'emblem.svg'), // dist/host, dist/electron
    path.resolve(process.cwd(), 'assets', 'emblem.svg'),
  ];
  const file = candidates.find((f) => fs.existsSync(f));
  // without the file the letterhead still prints, with a plain ring where the emblem goes
  emblem = file
    ? fs.readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '')
    : '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle cx="50" cy="50" r="46" fill="none" stroke="#1f3a2f" stroke-width="3"/></svg>';
  return emblem;
}
