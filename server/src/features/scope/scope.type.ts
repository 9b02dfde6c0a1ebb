import type { Level as LevelKey } from '@strom/shared';
import { Field, ObjectType } from 'type-graphql';
import { Level } from '../vocabulary/vocabulary.enums.js';
import type { CountryView, MunicipalityView } from './place.view.js';

/**
 * Where something applies. It carries the keys of its places; a read model that joined the places passes
 * them along (`places`), otherwise the resolver loads them by key, batched per request.
 */
@ObjectType({ description: 'Where something applies: a municipality, a country or the whole region' })
export class Scope {
  @Field(() => Level)
  level: LevelKey;

  constructor(
    level: LevelKey,
    readonly countryCode: string | null,
    readonly municipalityId: string | null,
    readonly places?: { country: CountryView | null; municipality: MunicipalityView | null },
  ) {
    this.level = level;
  }
}
