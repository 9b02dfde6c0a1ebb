// The detector and its phone metadata (libphonenumber-js) are ~75 KB gzip: this module is the one place the
// client imports them, and only dynamically (useGuardrail), so a page that shows a form loads them once the
// form is on screen, not with the page (DESIGN §7, S8). Re-exported here so the lazy chunk holds only these.
export { detectVictimData } from '@strom/shared';
