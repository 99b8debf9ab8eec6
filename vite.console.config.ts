// Builds the ministry server's web pages (src-console: the console and the public letter check)
// into dist/console, which the server serves at /console/ and /public/verify (same origin as its
// API). The pages share the office renderer's theme and components.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./src-console', import.meta.url));

export default defineConfig({
  root,
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/console', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    assetsInlineLimit: 0,
    rollupOptions: {
      input: {
        index: `${root}/index.html`,
        verify: `${root}/verify.html`,
        council: `${root}/council.html`,
        complaint: `${root}/complaint.html`,
      },
    },
  },
});
