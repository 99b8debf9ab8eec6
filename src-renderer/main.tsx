import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'vazirmatn/Vazirmatn-font-face.css';
// Vazirmatn's Farsi-digits cut draws 0–9 as ۰–۹: digits typed on a Latin keyboard read as Persian
// on every screen, while the stored text stays as typed
import 'vazirmatn/misc/Farsi-Digits/Vazirmatn-FD-font-face.css';
import './theme/global.css';
import { AppProviders } from './theme/AppProviders';
import { App } from './app/App';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');

createRoot(root).render(
  <StrictMode>
    <AppProviders>
      <App />
    </AppProviders>
  </StrictMode>,
);
