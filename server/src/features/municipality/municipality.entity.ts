import { randomUUID } from 'node:crypto';
import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Country } from '../country/country.entity.js';

@ObjectType({ description: 'A real municipality or city of the region (reference data)' })
@Entity({ tableName: 'municipality' })
@Unique({ properties: ['country', 'name'] })
export class Municipality {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @ManyToOne({ entity: () => Country, ref: true })
  country!: Ref<Country>;

  @Field(() => Float)
  @Property({ type: 'double' })
  latitude!: number;

  @Field(() => Float)
  @Property({ type: 'double' })
  longitude!: number;

  /** Other names people search it by (exonyms, Cyrillic, without diacritics where that is a different word). */
  @Property({ type: 'text[]' })
  otherNames: string[] & Opt = [];

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  population: (number & Opt) | null = null;
}
