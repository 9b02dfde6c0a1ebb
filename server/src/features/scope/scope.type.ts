import type { Ref } from '@mikro-orm/core';
import type { Level as LevelKey } from '@strom/shared';
import { Field, ObjectType } from 'type-graphql';
import type { Country } from '../country/country.entity.js';
import type { Municipality } from '../municipality/municipality.entity.js';
import { Level } from '../vocabulary/vocabulary.enums.js';

@ObjectType({ description: 'Where something applies: a municipality, a country or the whole region' })
export class Scope {
  @Field(() => Level)
  level: LevelKey;

  constructor(
    level: LevelKey,
    readonly countryRef: Ref<Country> | null,
    readonly municipalityRef: Ref<Municipality> | null,
  ) {
    this.level = level;
  }
}
