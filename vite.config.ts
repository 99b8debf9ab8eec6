// Builds the renderer (src-renderer) into dist/renderer. `base: './'` keeps every asset URL
// relative, so the same build loads from the Electron app's custom protocol, from file:// and
// from the browser-mode host. Fonts are bundled from node_modules (no network at runtime).
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { CSP as HEADER_CSP } from './src-main/host/csp';

const root = fileURLToPath(new URL('./src-renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

// The same Content-Security-Policy as the transports send (src-main/host/csp.ts), repeated in the
// built page for a page opened from disk; only the build gets it (the dev server needs inline
// scripts). Two policies are both enforced, so a stricter copy here would silently override the
// header: one source keeps them equal. frame-ancestors is ignored (and warned about) in a <meta>.
const CSP = HEADER_CSP.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'tatbiq-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir,
    emptyOutDir: true,
    // the app is read from disk, not over a network: one bundle per concern is enough
    chunkSizeWarningLimit: 3000,
    assetsInlineLimit: 0,
  },
  server: {
    // `vite` dev server, proxying the API to a browser-mode host started separately
    proxy: { '/api': process.env.TATBIQ_HOST ?? 'http://127.0.0.1:5175' },
  },
});
