import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A publicly listed organisation that hosts a national coordinator' })
export class JoinOrganisation {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: 'Whom a professional of one STROM country asks to be invited' })
export class JoinContact {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code' })
  countryCode!: string;

  @Field(() => String)
  countryName!: string;

  @Field(() => [JoinOrganisation], {
    description: "Publicly listed organisations of the country's current national coordinators; empty when none is listed",
  })
  organisations!: JoinOrganisation[];
}
