// oxlint-disable-next-line import/no-unassigned-import -- global styles are imported for their effect
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createI18n } from './app/i18n';
import { createAppRouter } from './app/router';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

// Translations and router live outside React: created once, never recreated by a render.
const i18n = createI18n();
const router = createAppRouter();

createRoot(root).render(
  <StrictMode>
    <App i18n={i18n} router={router} />
  </StrictMode>,
);
