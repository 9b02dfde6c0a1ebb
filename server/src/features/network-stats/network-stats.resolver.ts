import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';

@ObjectType({ description: 'How big the network is' })
export class NetworkStats {
  @Field(() => Int)
  countries!: number;

  @Field(() => Int)
  municipalities!: number;

  @Field(() => Int)
  organisations!: number;

  @Field(() => Int)
  experts!: number;
}

@Resolver(() => NetworkStats)
export class NetworkStatsResolver {
  @Query(() => NetworkStats)
  async networkStats(@Ctx() { em }: Context): Promise<NetworkStats> {
    // One statement for all four counts.
    const [row] = await em.getConnection().execute<{ countries: number; municipalities: number; organisations: number; experts: number }[]>(
      `select (select count(*) from country)::int as countries,
              (select count(*) from municipality)::int as municipalities,
              (select count(*) from organisation)::int as organisations,
              (select count(*) from expert)::int as experts`,
    );
    return row ?? { countries: 0, municipalities: 0, organisations: 0, experts: 0 };
  }
}
