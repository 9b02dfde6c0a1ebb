import { Arg, Ctx, ID, Int, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { BadUserInput } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { enterEventScope, type LiveEvent } from '../../core/live/live-hub.js';
import { pathwayChangeStream } from './pathway-change.stream.js';
import { PathwayChangeType, toPathwayChange } from './pathway-change.types.js';
import type { LivePathwayChange } from './pathway.live.js';

type ChangeArgs = SubscribeResolverData<
  unknown,
  { pathwayId: string; latestVersion?: number | null; publishedVersion?: number | null },
  Context
>;

@Resolver()
export class PathwayLiveResolver {
  @Subscription(() => PathwayChangeType, {
    name: 'pathwayChanged',
    description:
      'Drafts saved (for those who read drafts) and versions published of one pathway. A client that reconnects passes the ' +
      'versions it holds (`latestVersion`, `publishedVersion`): what changed since comes first. NOT_FOUND unless you read the pathway.',
    subscribe: ({ args, context }: ChangeArgs) => {
      const pathwayId = parseUuid(args.pathwayId, 'pathwayId');
      if (args.latestVersion != null && args.latestVersion < 0) throw BadUserInput.field('latestVersion', 'A version is 0 or more');
      const known = args.latestVersion == null ? null : { latest: args.latestVersion, published: args.publishedVersion ?? null };
      return pathwayChangeStream(context, pathwayId, known);
    },
  })
  pathwayChanged(
    @Root() event: LiveEvent<LivePathwayChange>,
    @Ctx() ctx: Context,
    @Arg('pathwayId', () => ID) _pathwayId: string,
    @Arg('latestVersion', () => Int, { nullable: true, description: 'The latest version you read' }) _latest?: number,
    @Arg('publishedVersion', () => Int, { nullable: true, description: 'The published version you read (none: null)' }) _published?: number,
  ): PathwayChangeType {
    enterEventScope(ctx, event.scope);
    return toPathwayChange(ctx.viewer, event.value);
  }
}
