import { ref } from '@mikro-orm/core';
import type { Level as LevelKey } from '@strom/shared';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { BadUserInput } from '../../core/errors.js';
import { parseCountryCode, parseUuid } from '../../core/ids.js';
import type { Em } from '../../db/orm.js';
import { Country } from '../country/country.entity.js';
import { Municipality } from '../municipality/municipality.entity.js';
import { Level } from '../vocabulary/vocabulary.enums.js';
import type { ScopedEntity } from './scoped.entity.js';

@InputType({ description: 'Where something applies: LOCAL names a municipality, NATIONAL a country, REGIONAL neither' })
export class ScopeInput {
  @Field(() => Level)
  level!: LevelKey;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code; for a LOCAL scope it may be left out' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'countryCode must be a two-letter ISO country code' })
  countryCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'municipalityId must be a valid id' })
  municipalityId?: string | null;
}

export interface ResolvedScope {
  level: LevelKey;
  country: Country | null;
  municipality: Municipality | null;
}

/** The rules the scope check constraint holds, as typed errors on `field` before anything is written. */
export async function resolveScope(em: Em, input: ScopeInput, field: string): Promise<ResolvedScope> {
  if (input.level === 'REGIONAL') {
    if (input.countryCode || input.municipalityId) throw BadUserInput.field(field, 'A region-wide scope names no country or municipality');
    return { level: 'REGIONAL', country: null, municipality: null };
  }
  if (input.level === 'NATIONAL') {
    if (input.municipalityId) throw BadUserInput.field(`${field}.municipalityId`, 'Only a local scope names a municipality');
    if (!input.countryCode) throw BadUserInput.field(`${field}.countryCode`, 'Choose the country');
    const country = await em.findOne(Country, parseCountryCode(input.countryCode, `${field}.countryCode`));
    if (!country) throw BadUserInput.field(`${field}.countryCode`, 'There is no such country in the network');
    return { level: 'NATIONAL', country, municipality: null };
  }
  if (!input.municipalityId) throw BadUserInput.field(`${field}.municipalityId`, 'Choose the municipality');
  const municipality = await em.findOne(Municipality, parseUuid(input.municipalityId, `${field}.municipalityId`), {
    populate: ['country'],
  });
  if (!municipality) throw BadUserInput.field(`${field}.municipalityId`, 'There is no such municipality');
  const country = municipality.country.getEntity();
  if (input.countryCode && input.countryCode.toUpperCase() !== country.code) {
    throw BadUserInput.field(`${field}.municipalityId`, `The municipality is not in ${input.countryCode.toUpperCase()}`);
  }
  return { level: 'LOCAL', country, municipality };
}

/** Moves a scoped entity (an organisation, a role) to a resolved scope. */
export function applyScope(entity: ScopedEntity, scope: ResolvedScope): void {
  entity.level = scope.level;
  entity.country = scope.country ? ref(scope.country) : null;
  entity.municipality = scope.municipality ? ref(scope.municipality) : null;
}
