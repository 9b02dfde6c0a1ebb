// The descriptive half of an expert profile: languages, expertise and a short bio. Kept apart from roles because
// it answers "who is this person" rather than "what are they responsible for".
import type { FormOfExploitation, LanguageCode } from '@strom/shared';
import type { GeneratedOrganisation } from './organisation-builder.js';
import type { Rng } from './random.js';

// Themes anyone in the field may add to their profile, on top of what their organisation's work suggests.
const CROSS_CUTTING_TOPICS: readonly string[] = [
  'transnational cooperation',
  'gender-based violence',
  'data protection',
  'cost of assistance',
  'online exploitation',
  'Ukrainian refugees',
  'Roma communities',
  'multi-agency cooperation',
];

const INTERPRETER_LANGUAGES: readonly LanguageCode[] = ['uk', 'ro', 'vi', 'bg', 'ar', 'zh', 'ru', 'tl', 'so'];

const SECOND_SENTENCES: readonly ((years: number) => string)[] = [
  (y) => `Has worked in the field for ${y} years.`,
  (y) => `Joined the network after ${y} years of frontline work.`,
  () => 'Happy to share experience with counterparts in other countries.',
  () => 'Regularly trains colleagues from partner agencies.',
  () => 'Contributed to the regional referral guidelines.',
];

export interface ProfileFacts {
  languages: LanguageCode[];
  topics: string[];
  formsOfExploitation: FormOfExploitation[];
  bio: string | null;
  availableForConsultation: boolean;
}

function languagesFor(rng: Rng, organisation: GeneratedOrganisation, native: LanguageCode[], title: string): LanguageCode[] {
  const languages = new Set<LanguageCode>(native);
  const international = organisation.record.scope.level !== 'LOCAL';
  const englishChance = organisation.countryLanguage === 'ru' ? 0.55 : international ? 0.97 : 0.8;
  if (rng.chance(englishChance)) languages.add('en');
  const [first, second] = organisation.secondLanguages;
  if (first && rng.chance(0.35)) languages.add(first);
  if (second && rng.chance(0.15)) languages.add(second);
  if (/interpreter|mediator/i.test(title)) {
    for (const language of rng.sample(INTERPRETER_LANGUAGES, rng.int(1, 2))) languages.add(language);
  }
  return [...languages];
}

function bioFor(rng: Rng, organisation: GeneratedOrganisation, title: string, topics: readonly string[]): string | null {
  if (rng.chance(0.06)) return null;
  const [first, second] = topics;
  const focus = second ? `${first} and ${second}` : (first ?? 'victim assistance');
  const opening = `${title} at ${organisation.record.name}, focusing on ${focus}.`;
  return rng.chance(0.6) ? `${opening} ${rng.pick(SECOND_SENTENCES)(rng.int(3, 22))}` : opening;
}

export function profileFacts(rng: Rng, organisation: GeneratedOrganisation, native: LanguageCode[], title: string): ProfileFacts {
  const { profile } = organisation;
  const topics = rng.sample(profile.topics, rng.int(2, Math.min(4, profile.topics.length)));
  if (rng.chance(0.3)) topics.push(rng.pick(CROSS_CUTTING_TOPICS));
  return {
    languages: languagesFor(rng, organisation, native, title),
    topics,
    formsOfExploitation: rng.sample(profile.forms, rng.int(1, Math.min(4, profile.forms.length))),
    bio: bioFor(rng, organisation, title, topics),
    availableForConsultation: rng.chance(0.65),
  };
}
