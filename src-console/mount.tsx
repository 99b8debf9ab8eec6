// Mounts a page of the ministry's web apps in the office app's providers: RTL, Vazirmatn (with
// Persian digits), the same theme and Jalali pickers.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import 'vazirmatn/Vazirmatn-font-face.css';
import 'vazirmatn/misc/Farsi-Digits/Vazirmatn-FD-font-face.css';
import '../src-renderer/theme/global.css';
import { AppProviders } from '../src-renderer/theme/AppProviders';

export function mount(node: ReactNode) {
  const root = document.getElementById('root');
  if (!root) throw new Error('missing #root');
  createRoot(root).render(
    <StrictMode>
      <AppProviders>{node}</AppProviders>
    </StrictMode>,
  );
}
