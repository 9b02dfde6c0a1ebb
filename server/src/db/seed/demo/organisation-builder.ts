// Turns a chosen kind, name and place into a complete organisation record. Kept separate from the code that decides
// which organisations exist, so local, national and regional generators share one notion of "an organisation".
import type { LanguageCode } from '@strom/shared';
import type { OrgKind, OrgKindProfile } from './org-kind.js';
import type { Rng } from './random.js';
import { buildServices } from './services.js';
import type { DemoOrganisation, DemoScope } from './types.js';

/** An organisation plus what the expert generator needs to staff it plausibly. */
export interface GeneratedOrganisation {
  record: DemoOrganisation;
  kind: OrgKind;
  profile: OrgKindProfile;
  /** Where it works, for bios and role texts: a municipality, a country or the region. */
  place: string;
  countryLanguage: LanguageCode | null;
  secondLanguages: readonly LanguageCode[];
}

export interface OrganisationDraft {
  key: string;
  name: string;
  kind: OrgKind;
  profile: OrgKindProfile;
  scope: DemoScope;
  place: string;
  countryLanguage: LanguageCode | null;
  secondLanguages: readonly LanguageCode[];
  /** Local bodies are rarely known by an acronym; national and regional ones usually are. */
  acronymChance: number;
}

// Readers should see at a glance that the record is invented, even where the name follows a real pattern.
const DEMO_NOTE = 'Fictional organisation generated as Strom demo data.';

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'against', 'on', 'in']);

/** "Latvian State Labour Inspectorate" → "LSLI". */
export function acronymOf(name: string): string | null {
  const initials = name
    .split(/[\s–-]+/u)
    .filter((word) => word.length > 0 && !MINOR_WORDS.has(word) && /^\p{Lu}/u.test(word))
    .map((word) => word[0] ?? '')
    .join('');
  // Past six letters nobody uses the acronym; such bodies go by their name.
  return initials.length >= 2 && initials.length <= 6 ? initials : null;
}

export function buildOrganisation(rng: Rng, draft: OrganisationDraft): GeneratedOrganisation {
  const { profile } = draft;
  const slug = draft.key.replace(/^org-/, '');
  const record: DemoOrganisation = {
    key: draft.key,
    name: draft.name,
    acronym: rng.chance(draft.acronymChance) ? acronymOf(draft.name) : null,
    type: profile.type,
    scope: draft.scope,
    description: `${profile.summary.replace('{place}', draft.place)} ${DEMO_NOTE}`,
    // example.org is reserved for documentation (RFC 2606), so no demo link can ever point at a real site.
    website: rng.chance(profile.websiteChance) ? `https://example.org/strom-demo/${slug}` : null,
    publiclyListed: rng.chance(profile.listedChance),
    services: buildServices(rng, profile, {
      countryLanguage: draft.countryLanguage,
      secondLanguages: draft.secondLanguages,
      large: draft.scope.level !== 'LOCAL',
    }),
    isDemo: true,
  };
  return {
    record,
    kind: draft.kind,
    profile,
    place: draft.place,
    countryLanguage: draft.countryLanguage,
    secondLanguages: draft.secondLanguages,
  };
}
