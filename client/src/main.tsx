// oxlint-disable-next-line import/no-unassigned-import -- global styles are imported for their effect
import './app/styles.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createI18n, storedLanguage } from './app/i18n';
import { createAppRouter } from './app/router';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

/** Resolves in a task of its own: the boot is several short tasks instead of one long one (Lighthouse TBT, S8). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

// index.html's static shell is on screen until React's first render replaces it, so nothing waits on the router: it
// gets a task of its own (creating it starts loading the first page's chunks, ~130 ms on a slow phone). Translations
// and router live outside React: created once, never recreated by a render.
async function boot(container: HTMLElement): Promise<void> {
  await nextTask();
  const router = createAppRouter();
  // The page's first read of localStorage waits on the browser to load it (~60 ms on a slow phone): alone, not in
  // the task that initialises the translations (~35 ms), as together they made a long task.
  await nextTask();
  const language = storedLanguage();
  await nextTask();
  const i18n = createI18n(language);
  // As a transition, the first render yields to the browser every few milliseconds instead of holding the main
  // thread for the whole shell: on a slow phone that one task was the longest of the load (Lighthouse TBT, S8).
  startTransition(() => {
    createRoot(container).render(
      <StrictMode>
        <App i18n={i18n} router={router} />
      </StrictMode>,
    );
  });
}

void boot(root);
