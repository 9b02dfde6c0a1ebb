import { readdirSync, readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { MAILBOX_DIR } from '../mailbox.config.js';

/** Undoes quoted-printable soft line breaks and escapes, enough to read the links in a mail. */
function readable(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The newest mail to `recipient` that contains `text`, waiting for it to arrive. */
export async function mailContaining(recipient: string, text: string): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      () => {
        for (const file of readdirSync(MAILBOX_DIR).sort().reverse()) {
          const mail = readable(readFileSync(`${MAILBOX_DIR}/${file}`, 'utf8'));
          if (mail.startsWith(`X-Envelope-To: ${recipient}`) && mail.includes(text)) return (found = mail);
        }
        return undefined;
      },
      { timeout: 10_000, message: `a mail to ${recipient} containing "${text}"` },
    )
    .toBeDefined();
  return found!;
}

/** The first link with `path` in the newest mail to `recipient`, waiting for it to arrive. */
export async function linkFromMail(recipient: string, pathPart: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const files = readdirSync(MAILBOX_DIR).sort().reverse();
        for (const file of files) {
          const text = readable(readFileSync(`${MAILBOX_DIR}/${file}`, 'utf8'));
          if (!text.startsWith(`X-Envelope-To: ${recipient}`)) continue;
          link = new RegExp(`https?://\\S*${pathPart.replace(/[?]/g, '\\?')}\\S*`).exec(text)?.[0];
          if (link) return link;
        }
        return undefined;
      },
      { timeout: 10_000, message: `a mail to ${recipient} with a ${pathPart} link` },
    )
    .toBeDefined();
  return link!;
}
