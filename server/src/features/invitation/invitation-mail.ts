import type { Config } from '../../core/config.js';
import type { Mail } from '../mail/mailer.js';
import { INVITATION_VALID_DAYS, invitationLink } from './invitation-token.js';

export interface InvitationMailFacts {
  email: string;
  token: string;
  /** The inviter's or proposer's name; null when they have no profile. */
  inviterName: string | null;
  organisationName: string;
  countryName: string;
  /** The inviter's note; proposals' reasons are for the coordinator, not the invitee, and are never mailed. */
  message: string | null;
}

/** Plain text on purpose: it reads the same in every client and carries no tracking. */
export function invitationMail(config: Pick<Config, 'publicUrl'>, facts: InvitationMailFacts): Mail {
  const who = facts.inviterName ?? 'The coordinators of the Strom network';
  const lines = [
    'Hello,',
    '',
    `${who} invited you to join Strom, the anti-trafficking expert network of the Baltic Sea Region,`,
    `as a member of ${facts.organisationName} (${facts.countryName}).`,
    ...(facts.message ? ['', 'Their message:', facts.message] : []),
    '',
    'To accept, open this link, then choose your name and a password:',
    invitationLink(config, facts.token),
    '',
    `The link works once and expires in ${INVITATION_VALID_DAYS} days. If you did not expect this invitation, ignore this mail.`,
  ];
  return { to: facts.email, subject: 'Your invitation to Strom', text: lines.join('\n') };
}

/**
 * Sent instead of an invitation when the address has an account already: the inviter is not told (that would
 * reveal membership), and the owner of the address learns how to get back in.
 */
export function alreadyMemberMail(config: Pick<Config, 'publicUrl'>, email: string): Mail {
  const lines = [
    'Hello,',
    '',
    'Someone invited this address to join Strom, but it belongs to a member already.',
    `Sign in at ${config.publicUrl}/sign-in — or, if you forgot your password, reset it at ${config.publicUrl}/forgot-password`,
    '',
    'If you did not expect this mail, you can ignore it.',
  ];
  return { to: email, subject: 'Your invitation to Strom', text: lines.join('\n') };
}

export interface DeclinedMailFacts {
  /** The author of the proposal or invitation. */
  to: string;
  kind: 'INVITATION' | 'PROPOSAL';
  /** Whom it was for: their name, else their address. */
  person: string;
  reason: string | null;
}

/** Tells the proposer (or inviter) that a coordinator turned their request down, with the reason when given. */
export function declinedMail(facts: DeclinedMailFacts): Mail {
  const what = facts.kind === 'PROPOSAL' ? 'proposal' : 'invitation';
  const lines = [
    'Hello,',
    '',
    `Your ${what} of ${facts.person} to join Strom was declined.`,
    ...(facts.reason ? ['', 'The reason given:', facts.reason] : ['', 'No reason was given.']),
    '',
    "If you have questions, contact your country's coordinator.",
  ];
  return { to: facts.to, subject: `Your ${what} to Strom was declined`, text: lines.join('\n') };
}
