import { unconfirmedFindings, type Finding, type GuardrailConfirmation } from '@strom/shared';
import { GraphQLError } from 'graphql';
import type { Em } from '../../db/orm.js';
import { findVictimData } from './published-contacts.js';

/**
 * A text was refused because it holds findings the author has neither removed nor confirmed. Its extensions name
 * each span (field, kind, start, end, text, reason) so the editor can mark them; the code is BAD_USER_INPUT with
 * the usual fieldErrors, so forms that only know field errors still show a message.
 */
export class UnconfirmedVictimData extends GraphQLError {
  constructor(field: string, findings: readonly Finding[]) {
    const message = `${field} may contain a victim's personal data: remove each marked passage or confirm that it is not (${findings
      .map((f) => f.reason)
      .join(' ')})`;
    super(message, {
      extensions: {
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field, message }],
        guardrail: { field, findings: findings.map(({ kind, start, end, text, reason }) => ({ kind, start, end, text, reason })) },
      },
    });
  }
}

export interface GuardedText {
  /** The input field the text came from, named in the error ("body", "title"). */
  field: string;
  text: string;
  confirmations: readonly GuardrailConfirmation[];
}

/**
 * What commands call before saving free text: throws UnconfirmedVictimData when a finding is unconfirmed, and
 * otherwise returns the findings the author confirmed, for the caller to store with the text (and audit-log).
 */
export async function requireConfirmedFindings(em: Em, { field, text, confirmations }: GuardedText): Promise<Finding[]> {
  const findings = await findVictimData(em, text);
  const unconfirmed = unconfirmedFindings(findings, confirmations);
  if (unconfirmed.length > 0) throw new UnconfirmedVictimData(field, unconfirmed);
  return findings;
}
