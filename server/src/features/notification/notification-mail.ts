import type { Config } from '../../core/config.js';
import type { SubjectSummary } from '../../core/subjects.js';
import type { Mail } from '../mail/mailer.js';

/**
 * Plain text, and only the subject's title as the recipient sees it: a post's text may hold what must stay on
 * the platform (closed groups), so mail never quotes it.
 */
export function mentionMail(config: Pick<Config, 'publicUrl'>, email: string, subject: SubjectSummary): Mail {
  const lines = [
    'Hello,',
    '',
    `You were mentioned in “${subject.title}” on Strom:`,
    link(config, subject),
    '',
    `To change which notifications you get by e-mail, open ${config.publicUrl}/account`,
  ];
  return { to: email, subject: `You were mentioned in “${subject.title}”`, text: lines.join('\n') };
}

/** One line per subject, with how many unread notifications it has. */
export function digestMail(
  config: Pick<Config, 'publicUrl'>,
  email: string,
  period: 'DAILY' | 'WEEKLY',
  subjects: readonly { summary: SubjectSummary; count: number }[],
): Mail {
  const total = subjects.reduce((sum, s) => sum + s.count, 0);
  const lines = [
    'Hello,',
    '',
    `You have ${total} unread ${total === 1 ? 'notification' : 'notifications'} on Strom:`,
    '',
    ...subjects.flatMap(({ summary, count }) => [`• ${summary.title}${count > 1 ? ` (${count})` : ''}`, `  ${link(config, summary)}`]),
    '',
    `All your notifications: ${config.publicUrl}/notifications`,
    `This is your ${period === 'DAILY' ? 'daily' : 'weekly'} digest; change it at ${config.publicUrl}/account`,
  ];
  return { to: email, subject: `Strom: ${total} unread ${total === 1 ? 'notification' : 'notifications'}`, text: lines.join('\n') };
}

function link(config: Pick<Config, 'publicUrl'>, subject: SubjectSummary): string {
  return `${config.publicUrl}${subject.path.startsWith('/') ? '' : '/'}${subject.path}`;
}
