import { PrimaryKeyProp, type Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A country of the Baltic Sea Region (reference data)' })
@Entity({ tableName: 'country' })
export class Country {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: 'ISO 3166-1 alpha-2 code, e.g. "LV"' })
  @PrimaryKey({ type: 'string', length: 2, columnType: 'char(2)' })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Boolean, { description: 'Member of the Council of the Baltic Sea States' })
  @Property({ type: 'boolean' })
  cbssMember!: boolean;

  @Field(() => Boolean, { description: 'Took part in the STROM projects' })
  @Property({ type: 'boolean' })
  stromParticipant!: boolean;

  /** Other names people search it by (exonyms, Cyrillic, without diacritics where that is a different word). */
  @Property({ type: 'text[]' })
  otherNames: string[] & Opt = [];

  @Field(() => String, { description: 'IANA time zone' })
  @Property({ type: 'text' })
  timeZone!: string;
}
