import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { isMember } from '../../core/auth.js';
import type { Context } from '../../core/context.js';

@ObjectType({ description: 'How big the network is, counting only what the viewer may see' })
export class NetworkStats {
  @Field(() => Int)
  countries!: number;

  @Field(() => Int)
  municipalities!: number;

  @Field(() => Int, { description: 'Anonymous visitors: the publicly listed organisations only' })
  organisations!: number;

  @Field(() => Int, { nullable: true, description: 'Null for anonymous visitors: the expert directory is for members' })
  experts!: number | null;
}

type Counts = { countries: number; municipalities: number; organisations: number; experts: number | null };

@Resolver(() => NetworkStats)
export class NetworkStatsResolver {
  @Query(() => NetworkStats)
  async networkStats(@Ctx() { em, viewer }: Context): Promise<NetworkStats> {
    // Same visibility rules as the lists (canSeeOrganisation, canSeeExperts): unlisted police units and
    // shelters must not show up even as a number to anonymous visitors. One statement for all four counts.
    const member = isMember(viewer);
    const [row] = await em.getConnection().execute<Counts[]>(
      `select (select count(*) from country)::int as countries,
              (select count(*) from municipality)::int as municipalities,
              (select count(*) from organisation ${member ? '' : 'where publicly_listed'})::int as organisations,
              ${member ? '(select count(*) from expert)::int' : 'null::int'} as experts`,
    );
    return row ?? { countries: 0, municipalities: 0, organisations: 0, experts: member ? 0 : null };
  }
}
