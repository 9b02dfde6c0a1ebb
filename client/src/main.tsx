// oxlint-disable-next-line import/no-unassigned-import -- global styles are imported for their effect
import './app/styles.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createI18n } from './app/i18n';
import { createAppRouter } from './app/router';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

// index.html's static shell is on screen until React's first render replaces it, so nothing waits on the router: it
// gets a task of its own (creating it starts loading the first page's chunks, ~130 ms on a slow phone), and the boot
// is shorter tasks instead of one long one after the first paint (Lighthouse TBT, S8). Translations and router live
// outside React: created once, never recreated by a render.
setTimeout(() => {
  const router = createAppRouter();
  // The translations in the next task, not in the scripts' own: initialising them is ~35 ms on a slow phone, which
  // made that task a long one (S8). Nothing reads them before the first render.
  setTimeout(() => {
    const i18n = createI18n();
    // As a transition, the first render yields to the browser every few milliseconds instead of holding the main
    // thread for the whole shell: on a slow phone that one task was the longest of the load (Lighthouse TBT, S8).
    startTransition(() => {
      createRoot(root).render(
        <StrictMode>
          <App i18n={i18n} router={router} />
        </StrictMode>,
      );
    });
  });
});
