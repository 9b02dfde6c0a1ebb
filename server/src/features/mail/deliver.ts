import type { AppServices } from '../../core/context.js';
import type { Mail } from '../../core/mail.js';

/**
 * Sends a mail whose cause has committed already. A failing mail server must not turn a stored change into
 * an error (a retry would then meet CONFLICT): the failure is logged with ids only, never the address or link.
 */
export async function deliverAfterCommit(
  services: Pick<AppServices, 'mailer' | 'logger'>,
  mail: Mail,
  about: Record<string, string>,
): Promise<void> {
  try {
    await services.mailer.send(mail);
  } catch (error) {
    services.logger.error({ err: error, ...about, subject: mail.subject }, 'a mail could not be sent');
  }
}
