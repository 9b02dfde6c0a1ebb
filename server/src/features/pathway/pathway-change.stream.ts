import type { Context } from '../../core/context.js';
import { NotFound } from '../../core/errors.js';
import { closingWith, type Inbox } from '../../core/live/inbox.js';
import type { LiveEvent } from '../../core/live/live-hub.js';
import { topic } from '../../core/pubsub.js';
import type { Em } from '../../db/orm.js';
import type { PathwayEvent } from './pathway.events.js';
import { mayReceive, pathwayChangeFeed, resolvePathwayChange, type LivePathwayChange } from './pathway.live.js';
import { pathwayAbilities } from './pathway.policy.js';
import { pathwaySubject } from './pathway.read.js';

/** The versions a client holds: what it read last (`latestVersion`) and what was published then. */
export interface KnownVersions {
  latest: number;
  published: number | null;
}

interface PathwayState {
  countryCode: string;
  municipalityId: string | null;
  isPublic: boolean;
  editorExpertIds: string[];
  latestNumber: number;
  publishedNumber: number | null;
}

async function pathwayState(em: Em, id: string): Promise<PathwayState | null> {
  const [row] = await em.execute<PathwayState[]>(
    `select country_code as "countryCode", municipality_id as "municipalityId", is_public as "isPublic",
        editor_expert_ids as "editorExpertIds", latest_number as "latestNumber", published_number as "publishedNumber"
       from referral_pathway where id = ?`,
    [id],
  );
  return row ?? null;
}

const keyOf = (event: Pick<PathwayEvent, 'kind' | 'number'>) => `${event.kind}:${event.number}`;

/**
 * `pathwayChanged(pathwayId)`: NOT_FOUND at subscribe time unless the viewer reads the pathway; then every draft
 * saved (to those who read drafts) and every version published (to its readers), each checked against the
 * subscriber's rights of the moment. With the versions the client holds, what changed since comes first.
 */
export async function pathwayChangeStream(
  ctx: Context,
  pathwayId: string,
  known: KnownVersions | null,
): Promise<AsyncGenerator<LiveEvent<LivePathwayChange>>> {
  const state = await pathwayState(ctx.em, pathwayId);
  const can = state && pathwayAbilities.permissions(ctx.viewer, await pathwaySubject(ctx.em, ctx.viewer, state));
  if (!state || !can || !(can.readDraft || (can.readPublished && state.publishedNumber !== null))) throw new NotFound('The pathway');
  // Subscribed before the catch-up read, so nothing falls in between.
  const live = ctx.services.live.subscribe(topic('pathway', pathwayId), pathwayChangeFeed);
  return closingWith(follow(ctx, pathwayId, live, known), live);
}

async function* follow(
  ctx: Context,
  pathwayId: string,
  live: Inbox<LiveEvent<LivePathwayChange>>,
  known: KnownVersions | null,
): AsyncGenerator<LiveEvent<LivePathwayChange>> {
  try {
    // Sent from the catch-up: the same event arriving live afterwards (it was in flight) is sent once.
    const replayed = new Set<string>();
    if (known) {
      const scope = ctx.services.live.scope();
      const now = await pathwayState(scope.em, pathwayId);
      const missed: PathwayEvent[] = [];
      if (now && now.publishedNumber !== null && now.publishedNumber !== known.published)
        missed.push({ kind: 'PUBLISHED', pathwayId, number: now.publishedNumber });
      if (now && now.latestNumber > known.latest) missed.push({ kind: 'DRAFT_SAVED', pathwayId, number: now.latestNumber });
      for (const event of missed) {
        const value = await resolvePathwayChange(scope.em, event);
        replayed.add(keyOf(event));
        if (value && mayReceive(ctx.viewer, value)) yield { value, scope };
      }
    }
    for await (const event of live) {
      if (replayed.delete(keyOf(event.value))) continue;
      if (mayReceive(ctx.viewer, event.value)) yield event;
    }
  } finally {
    await live.return();
  }
}
