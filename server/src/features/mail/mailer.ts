import { createTransport } from 'nodemailer';
import type { Logger } from 'pino';
import { BACKGROUND_QUERIES, type Orm } from '../../db/orm.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /**
   * Sends a mail of a committed command (the outbox's `mail` effect). `key` is the effect's idempotency key:
   * the mail table stores a key once; SMTP mail carries it in its Message-ID, so a receiver can drop a repeat.
   */
  send(mail: Mail, key: string): Promise<void>;
}

export interface MailerOptions {
  smtpUrl: string | null;
  from: string;
  orm: Orm;
  logger: Logger;
  /** The embedded default prints links so a developer can follow them; never in production. */
  printLinks: boolean;
}

/** SMTP when SMTP_URL is set; otherwise each mail lands in the outbox_mail table (and its links in the dev log). */
export function createMailer(options: MailerOptions): Mailer {
  if (options.smtpUrl) {
    const transport = createTransport(options.smtpUrl);
    const domain = options.from.replace(/^.*@/, '').replace(/>.*$/, '');
    return {
      send: async (mail, key) => {
        await transport.sendMail({
          from: options.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          messageId: `<${key}@${domain}>`,
        });
      },
    };
  }
  return {
    send: async (mail, key) => {
      const stored = await options.orm.em.fork().execute<{ id: string }[]>(
        `insert into outbox_mail (id, recipient, subject, body, idempotency_key, created_at)
             values (gen_random_uuid(), ?, ?, ?, ?, now()) on conflict (idempotency_key) do nothing returning id`,
        [mail.to, mail.subject, mail.text, key],
        'all',
        BACKGROUND_QUERIES,
      );
      if (stored.length === 0 || !options.printLinks) return;
      for (const link of mail.text.match(/https?:\/\/\S+/g) ?? [])
        options.logger.info({ subject: mail.subject, link }, 'mail stored in the outbox');
    },
  };
}
