import type { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import type { ResumeContext } from '../ui/useLiveConnection';

/**
 * graphql-ws resubscribes by itself after a reconnect, sending the payload it was given again (serialised
 * anew each time). An operation whose context has `resumeAfter` (see ui/useLiveConnection) gets its
 * `after` variable as a getter, so the resubscription asks the server for what came after the last event
 * received: the server replays exactly what was missed, then goes on live (DESIGN §2, §6).
 */
export class ResumableWsLink extends GraphQLWsLink {
  override request(operation: ApolloLink.Operation) {
    const { resumeAfter } = operation.getContext() as ResumeContext;
    if (resumeAfter) {
      const initial = operation.variables;
      operation.variables = Object.defineProperty({ ...initial }, 'after', {
        enumerable: true,
        get: () => resumeAfter() ?? initial.after ?? null,
      });
    }
    return super.request(operation);
  }
}
