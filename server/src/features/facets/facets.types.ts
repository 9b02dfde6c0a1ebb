import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many results one value of a facet would give' })
export class FacetCount {
  @Field(() => String, { description: 'The enum key, ISO code or municipality id to filter by' })
  value!: string;

  @Field(() => String, { nullable: true, description: 'The name of a country or municipality; null for enum values' })
  label!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Counts per value under the current filter; each facet ignores its own dimension' })
export class ExpertFacets {
  @Field(() => Int, { description: 'Experts matching the whole filter' })
  total!: number;

  @Field(() => [FacetCount])
  countries!: FacetCount[];

  @Field(() => [FacetCount])
  municipalities!: FacetCount[];

  @Field(() => [FacetCount], { description: "Levels of the experts' organisations" })
  levels!: FacetCount[];

  @Field(() => [FacetCount])
  organisationTypes!: FacetCount[];

  @Field(() => [FacetCount])
  roles!: FacetCount[];

  @Field(() => [FacetCount])
  formsOfExploitation!: FacetCount[];

  @Field(() => [FacetCount], { description: "Services the experts' organisations offer" })
  services!: FacetCount[];

  @Field(() => [FacetCount])
  languages!: FacetCount[];

  @Field(() => Int, { description: 'Experts available for consultation' })
  availableForConsultation!: number;
}

@ObjectType({ description: 'Counts per value under the current filter; each facet ignores its own dimension' })
export class OrganisationFacets {
  @Field(() => Int, { description: 'Organisations matching the whole filter' })
  total!: number;

  @Field(() => [FacetCount])
  countries!: FacetCount[];

  @Field(() => [FacetCount])
  municipalities!: FacetCount[];

  @Field(() => [FacetCount])
  levels!: FacetCount[];

  @Field(() => [FacetCount])
  types!: FacetCount[];

  @Field(() => [FacetCount])
  services!: FacetCount[];

  @Field(() => [FacetCount])
  targetGroups!: FacetCount[];

  @Field(() => [FacetCount], { description: 'Languages services are offered in' })
  languages!: FacetCount[];
}
