import type { Level, OrganisationType } from '@strom/shared';
import { BadUserInput } from '../../core/errors.js';
import { parseCountryCode, parseUuid } from '../../core/ids.js';
import type { Em } from '../../db/orm.js';
import { Country } from '../country/country.entity.js';
import { Municipality } from '../municipality/municipality.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import type { NewOrganisationInput } from './invitation.inputs.js';

/** Where a joiner will belong: their country, and an existing organisation or one to create on acceptance. */
export interface InvitationTarget {
  country: Country;
  organisation: Organisation | null;
  newOrganisation: { name: string; type: OrganisationType; level: Level; municipality: Municipality | null } | null;
}

interface TargetInput {
  countryCode: string;
  organisationId?: string | null;
  newOrganisation?: NewOrganisationInput | null;
}

/**
 * Checks the business rules the input shape cannot: the country exists; exactly one of organisationId and
 * newOrganisation; the organisation works in that country (or region-wide); a LOCAL one names a municipality
 * of that country, and only a LOCAL one does.
 */
export async function resolveTarget(em: Em, input: TargetInput): Promise<InvitationTarget> {
  const country = await em.findOne(Country, parseCountryCode(input.countryCode, 'input.countryCode'));
  if (!country) throw BadUserInput.field('input.countryCode', 'There is no such country in the network');
  const { organisationId, newOrganisation } = input;
  if (organisationId && newOrganisation) {
    throw BadUserInput.field('input.newOrganisation', 'Choose an existing organisation or describe a new one, not both');
  }
  if (organisationId) return { country, organisation: await existingOrganisation(em, organisationId, country), newOrganisation: null };
  if (newOrganisation) return { country, organisation: null, newOrganisation: await organisationToCreate(em, newOrganisation, country) };
  throw BadUserInput.field('input.organisationId', 'Choose an organisation, or describe a new one');
}

async function existingOrganisation(em: Em, id: string, country: Country): Promise<Organisation> {
  const organisation = await em.findOne(Organisation, parseUuid(id, 'input.organisationId'));
  if (!organisation || organisation.status !== 'ACTIVE') throw BadUserInput.field('input.organisationId', 'There is no such organisation');
  const inCountry = organisation.level === 'REGIONAL' || organisation.country?.unwrap().code === country.code;
  if (!inCountry) throw BadUserInput.field('input.organisationId', `The organisation must work in ${country.name} or across the region`);
  return organisation;
}

async function organisationToCreate(
  em: Em,
  input: NewOrganisationInput,
  country: Country,
): Promise<NonNullable<InvitationTarget['newOrganisation']>> {
  const name = input.name.trim();
  if (name.length < 2) throw BadUserInput.field('input.newOrganisation.name', 'The organisation name must be at least 2 characters');
  const field = 'input.newOrganisation.municipalityId';
  if (input.level !== 'LOCAL') {
    if (input.municipalityId) throw BadUserInput.field(field, 'Only a local organisation has a municipality');
    return { name, type: input.type, level: input.level, municipality: null };
  }
  if (!input.municipalityId) throw BadUserInput.field(field, 'A local organisation needs its municipality');
  const municipality = await em.findOne(Municipality, { id: parseUuid(input.municipalityId, field), country: country.code });
  if (!municipality) throw BadUserInput.field(field, `Choose a municipality of ${country.name}`);
  return { name, type: input.type, level: input.level, municipality };
}
