// Builds the renderer (src-renderer) into dist/renderer. `base: './'` keeps every asset URL
// relative, so the same build loads from the Electron app's custom protocol, from file:// and
// from the browser-mode host. Fonts are bundled from node_modules (no network at runtime).
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./src-renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

// A strict Content-Security-Policy in the built page (the dev server needs inline scripts, so
// only the build gets it). Emotion writes <style> elements, hence 'unsafe-inline' for styles.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

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
