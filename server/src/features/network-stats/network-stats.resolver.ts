import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { isMember } from '../../core/auth.js';
import type { Context } from '../../core/context.js';

@ObjectType({ description: 'How big the network is, counting only what the viewer may see' })
export class NetworkStats {
  @Field(() => Int, { description: 'The countries of the STROM network (CBSS members that took part in the STROM projects)' })
  countries!: number;

  @Field(() => [String], { description: 'Countries the directory also lists that are not STROM countries, by name (Iceland)' })
  otherCountries!: string[];

  @Field(() => Int)
  municipalities!: number;

  @Field(() => Int, { description: 'Anonymous visitors: the publicly listed organisations only' })
  organisations!: number;

  @Field(() => Int, { nullable: true, description: 'Null for anonymous visitors: the expert directory is for members' })
  experts!: number | null;
}

type Counts = Omit<NetworkStats, 'otherCountries'> & { otherCountries: string[] | null };

@Resolver(() => NetworkStats)
export class NetworkStatsResolver {
  @Query(() => NetworkStats)
  async networkStats(@Ctx() { em, viewer }: Context): Promise<NetworkStats> {
    // Same visibility rules as the lists (canSeeOrganisation, canSeeExperts): unlisted police units and
    // shelters must not show up even as a number to anonymous visitors. One statement for all of it.
    const member = isMember(viewer);
    const [row] = await em.getConnection().execute<Counts[]>(
      `select (select count(*) from country where strom_participant)::int as countries,
              (select array_agg(name order by name) from country where not strom_participant) as "otherCountries",
              (select count(*) from municipality)::int as municipalities,
              (select count(*) from organisation where status = 'ACTIVE' ${member ? '' : 'and publicly_listed'})::int as organisations,
              ${member ? '(select count(*) from expert)::int' : 'null::int'} as experts`,
    );
    return { ...row!, otherCountries: row!.otherCountries ?? [] };
  }
}
