import { createTransport } from 'nodemailer';
import type { Logger } from 'pino';
import type { Mailer } from '../../core/mail.js';
import type { Orm } from '../../db/orm.js';
import { OutboxMail } from './outbox-mail.entity.js';

export interface MailerOptions {
  smtpUrl: string | null;
  from: string;
  orm: Orm;
  logger: Logger;
  /** LOG_MAIL_LINKS=true (the demo) prints links so a developer can follow them; never in production. */
  printLinks: boolean;
}

/** SMTP when SMTP_URL is set; otherwise each mail lands in the outbox table (and its links in the dev log). */
export function createMailer(options: MailerOptions): Mailer {
  if (options.smtpUrl) {
    const transport = createTransport(options.smtpUrl);
    return {
      send: async (mail) => {
        await transport.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text });
      },
    };
  }
  return {
    send: async (mail) => {
      const em = options.orm.em.fork();
      await em.insert(OutboxMail, em.create(OutboxMail, { recipient: mail.to, subject: mail.subject, body: mail.text }));
      if (options.printLinks) {
        for (const link of mail.text.match(/https?:\/\/\S+/g) ?? [])
          options.logger.info({ subject: mail.subject, link }, 'mail stored in the outbox');
      }
    },
  };
}
