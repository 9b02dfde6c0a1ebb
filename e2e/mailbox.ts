import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { SMTPServer } from 'smtp-server';
import { MAILBOX_DIR, SMTP_PORT } from './mailbox.config.js';

/**
 * Global setup: a real SMTP listener the server under test sends its mails to. Each message is written to
 * MAILBOX_DIR, where the journeys read the links a person would click.
 */
export default async function startMailbox(): Promise<() => Promise<void>> {
  rmSync(MAILBOX_DIR, { recursive: true, force: true });
  mkdirSync(MAILBOX_DIR, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    secure: false,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const recipients = session.envelope.rcptTo.map((r) => r.address).join(',');
        count += 1;
        writeFileSync(
          `${MAILBOX_DIR}/${String(count).padStart(4, '0')}.eml`,
          `X-Envelope-To: ${recipients}\r\n${Buffer.concat(chunks).toString('utf8')}`,
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(SMTP_PORT, '127.0.0.1', resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
