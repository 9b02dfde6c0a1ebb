import { GraphQLError } from 'graphql';

/**
 * The assessment is not open for this change: accepted (locked), waiting for review, or still a draft. CONFLICT,
 * with its current status, so the client says which and reloads rather than retrying.
 */
export class BaselineStatusConflict extends GraphQLError {
  constructor(status: string, message: string) {
    super(message, { extensions: { code: 'CONFLICT', status } });
  }
}

export const lockedMessage = (status: string) =>
  status === 'ACCEPTED'
    ? 'This assessment was accepted and is locked; a coordinator can reopen it'
    : 'This assessment was submitted and waits for a coordinator; ask them to reopen it to change answers';
