import type { Ref } from '@mikro-orm/core';
import { Enum, ManyToOne } from '@mikro-orm/decorators/legacy';
import { LEVELS, type Level } from '@strom/shared';
import { Country } from '../country/country.entity.js';
import { Municipality } from '../municipality/municipality.entity.js';
import { Scope } from './scope.type.js';

/**
 * Base of everything that lives at a level: an organisation, a role assignment and later forums,
 * meetings and resources. A LOCAL scope names a municipality, a NATIONAL one a country, a REGIONAL
 * one neither (the database checks this per table).
 */
export abstract class ScopedEntity {
  @Enum({ items: () => [...LEVELS], type: 'text', nativeEnumName: undefined })
  level!: Level;

  @ManyToOne({ entity: () => Country, ref: true, nullable: true })
  country: Ref<Country> | null = null;

  @ManyToOne({ entity: () => Municipality, ref: true, nullable: true })
  municipality: Ref<Municipality> | null = null;

  get scope(): Scope {
    return new Scope(this.level, this.country?.unwrap().code ?? null, this.municipality?.unwrap().id ?? null);
  }
}
