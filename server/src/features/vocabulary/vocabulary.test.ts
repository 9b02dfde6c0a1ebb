import {
  CHAIN_ROLES,
  COST_CATEGORIES,
  FORMS_OF_EXPLOITATION,
  NETWORK_ROLES,
  NRM_STAGES,
  ORGANISATION_TYPES,
  SERVICES,
  SPOKEN_LANGUAGES,
  TARGET_GROUPS,
  UI_LANGUAGES,
} from '@strom/shared';
import { describe, expect, it } from 'vitest';
import reference from '../../db/seed/reference/vocabularies.json' with { type: 'json' };

const asLabels = (items: { key: string; label: string }[]) => Object.fromEntries(items.map((i) => [i.key, i.label]));

describe('shared vocabularies', () => {
  it.each([
    ['formsOfExploitation', FORMS_OF_EXPLOITATION],
    ['targetGroups', TARGET_GROUPS],
    ['services', SERVICES],
    ['organisationTypes', ORGANISATION_TYPES],
    ['chainRoles', CHAIN_ROLES],
    ['networkRoles', NETWORK_ROLES],
    ['nrmStages', NRM_STAGES],
    ['costCategories', COST_CATEGORIES],
  ] as const)('%s equal the reference data', (list, labels) => {
    expect(labels).toEqual(asLabels(reference[list].items));
  });

  it('languages equal the reference data', () => {
    expect([...SPOKEN_LANGUAGES]).toEqual(reference.languages.spokenLanguages);
    expect([...UI_LANGUAGES]).toEqual(reference.languages.uiLanguages);
  });

  it('keeps chain and network role keys apart, since they share one GraphQL enum', () => {
    const overlap = Object.keys(CHAIN_ROLES).filter((key) => key in NETWORK_ROLES);
    expect(overlap).toEqual([]);
  });
});
