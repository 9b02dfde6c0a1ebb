import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHAIN_ROLES,
  FORMS_OF_EXPLOITATION,
  LEVELS,
  NETWORK_ROLES,
  ORGANISATION_TYPES,
  SERVICES,
  SPOKEN_LANGUAGES,
  TARGET_GROUPS,
} from '@strom/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REFERENCE_DATE, generateDemoNetwork, type DemoNetwork, type DemoScope } from './index.js';
import { REFERENCE_COUNTRIES, REFERENCE_MUNICIPALITIES, STROM_COUNTRIES } from './reference.js';

const DAY_MS = 86_400_000;
const countryCodes = new Set(REFERENCE_COUNTRIES.map((c) => c.code));
const municipalityCountry = new Map(REFERENCE_MUNICIPALITIES.map((m) => [m.name, m.country]));
const has = (vocabulary: object, key: string): boolean => Object.hasOwn(vocabulary, key);
const languages = new Set<string>(SPOKEN_LANGUAGES);

function expectScopeResolves(scope: DemoScope): void {
  expect(LEVELS).toContain(scope.level);
  if (scope.level === 'REGIONAL') expect(scope).toMatchObject({ countryCode: null, municipalityName: null });
  if (scope.level === 'NATIONAL') {
    expect(countryCodes.has(scope.countryCode ?? '')).toBe(true);
    expect(scope.municipalityName).toBeNull();
  }
  if (scope.level === 'LOCAL') {
    expect(scope.municipalityName).not.toBeNull();
    expect(municipalityCountry.get(scope.municipalityName ?? '')).toBe(scope.countryCode);
  }
}

function contactPointsByMunicipality(network: DemoNetwork): Map<string, number> {
  const counts = new Map<string, number>();
  for (const role of network.experts.flatMap((e) => e.roles)) {
    if (role.role !== 'MUNICIPAL_CONTACT_POINT') continue;
    const name = role.scope.municipalityName ?? '';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

describe('generateDemoNetwork', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is deterministic for a seed and varies between seeds', () => {
    expect(generateDemoNetwork()).toEqual(generateDemoNetwork());
    expect(generateDemoNetwork(7)).toEqual(generateDemoNetwork(7));
    expect(generateDemoNetwork(7)).not.toEqual(generateDemoNetwork());
  });

  it('never touches Math.random or the wall clock', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now used');
    });
    expect(() => generateDemoNetwork(99)).not.toThrow();
    const forbidden = [['Math', 'random'].join('.'), ['new Date', '()'].join(''), ['Date', 'now'].join('.')];
    const dir = import.meta.dirname;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const pattern of forbidden) expect(source.includes(pattern), `${pattern} in ${file}`).toBe(false);
    }
  });

  it('is fast enough to run on every seed', () => {
    generateDemoNetwork(1);
    const started = performance.now();
    generateDemoNetwork(2);
    // Target is < 100 ms; the margin keeps slow CI machines from failing the suite.
    expect(performance.now() - started).toBeLessThan(400);
  });
});

describe.each([20140601, 1, 424242])('demo network for seed %i', (seed) => {
  const network = generateDemoNetwork(seed);
  const { organisations, experts, activity } = network;
  const organisationByKey = new Map(organisations.map((o) => [o.key, o]));
  const expertKeys = new Set(experts.map((e) => e.key));

  it('is large enough and covers every STROM country and every level', () => {
    expect(organisations.length).toBeGreaterThanOrEqual(80);
    expect(experts.length).toBeGreaterThanOrEqual(300);
    for (const country of STROM_COUNTRIES) {
      expect(
        organisations.some((o) => o.scope.countryCode === country.code),
        country.code,
      ).toBe(true);
      expect(
        experts.some((e) => e.countryCode === country.code),
        country.code,
      ).toBe(true);
    }
    expect(new Set(organisations.map((o) => o.scope.level))).toEqual(new Set(LEVELS));
    expect(organisations.filter((o) => o.scope.countryCode === 'IS').length).toBeLessThanOrEqual(1);
  });

  it('has unique keys and unique expert names', () => {
    const keys = [...organisations, ...experts, ...activity].map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(experts.map((e) => e.fullName)).size).toBe(experts.length);
  });

  it('resolves every reference against the reference data', () => {
    for (const organisation of organisations) expectScopeResolves(organisation.scope);
    for (const expert of experts) {
      const organisation = organisationByKey.get(expert.organisationKey);
      expect(organisation, expert.key).toBeDefined();
      expect(countryCodes.has(expert.countryCode)).toBe(true);
      if (organisation?.scope.countryCode) expect(expert.countryCode).toBe(organisation.scope.countryCode);
      expect(expert.municipalityName).toBe(organisation?.scope.municipalityName ?? null);
      for (const role of expert.roles) expectScopeResolves(role.scope);
    }
    for (const event of activity) {
      if (event.organisationKey) expect(organisationByKey.has(event.organisationKey)).toBe(true);
      if (event.expertKey) expect(expertKeys.has(event.expertKey)).toBe(true);
      expect(event.organisationKey ?? event.expertKey).not.toBeNull();
    }
  });

  it('uses only vocabulary keys', () => {
    const services = organisations.flatMap((o) => o.services);
    const used: [string, string[], (key: string) => boolean][] = [
      ['organisation types', organisations.map((o) => o.type), (k) => has(ORGANISATION_TYPES, k)],
      ['services', services.map((s) => s.kind), (k) => has(SERVICES, k)],
      ['target groups', services.flatMap((s) => s.targetGroups), (k) => has(TARGET_GROUPS, k)],
      ['forms of exploitation', [...services, ...experts].flatMap((x) => x.formsOfExploitation), (k) => has(FORMS_OF_EXPLOITATION, k)],
      ['languages', [...services, ...experts].flatMap((x) => x.languages), (k) => languages.has(k)],
      ['roles', experts.flatMap((e) => e.roles.map((r) => r.role)), (k) => has(CHAIN_ROLES, k) || has(NETWORK_ROLES, k)],
    ];
    for (const [what, keys, known] of used) {
      // Non-empty first: a check over no keys at all would pass whatever the vocabulary.
      expect(keys.length, what).toBeGreaterThan(0);
      expect(
        keys.filter((key) => !known(key)),
        what,
      ).toEqual([]);
    }
    for (const organisation of organisations) expect(organisation.services.length).toBeLessThanOrEqual(5);
  });

  it('gives every expert one to three well-dated roles', () => {
    for (const expert of experts) {
      expect(expert.roles.length, expert.key).toBeGreaterThanOrEqual(1);
      expect(expert.roles.length, expert.key).toBeLessThanOrEqual(3);
      for (const { startsOn, endsOn } of expert.roles) {
        if (startsOn) expect(startsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (startsOn && endsOn) expect(endsOn > startsOn).toBe(true);
        if (startsOn) expect(startsOn < REFERENCE_DATE).toBe(true);
      }
    }
  });

  it('has at most one contact point per municipality and some municipalities without one', () => {
    const counts = contactPointsByMunicipality(network);
    for (const [name, count] of counts) expect(count, name).toBe(1);
    const stromMunicipalities = REFERENCE_MUNICIPALITIES.filter((m) => m.country !== 'IS');
    expect(stromMunicipalities.some((m) => !counts.has(m.name))).toBe(true);
    expect(counts.size).toBeGreaterThan(stromMunicipalities.length / 2);
  });

  it('has one national coordinator per STROM country and Task Force members', () => {
    const roles = experts.flatMap((e) => e.roles);
    for (const country of STROM_COUNTRIES) {
      const inCountry = roles.filter((r) => r.scope.countryCode === country.code);
      expect(
        inCountry.filter((r) => r.role === 'NATIONAL_COORDINATOR'),
        country.code,
      ).toHaveLength(1);
      expect(
        inCountry.some((r) => r.role === 'TF_THB_MEMBER' && r.scope.level === 'NATIONAL'),
        country.code,
      ).toBe(true);
    }
    expect(roles.filter((r) => r.role === 'MODERATOR').length).toBeGreaterThanOrEqual(3);
  });

  it('staffs organisations with roles and services that fit them', () => {
    const policeRoles = new Set(['INVESTIGATOR', 'FIRST_IDENTIFIER', 'FORMAL_IDENTIFIER', 'TRAINER', ...Object.keys(NETWORK_ROLES)]);
    for (const organisation of organisations) {
      const staffRoles = experts.filter((e) => e.organisationKey === organisation.key).flatMap((e) => e.roles.map((r) => r.role));
      expect(staffRoles.length, organisation.key).toBeGreaterThan(0);
      const kinds = organisation.services.map((s) => s.kind);
      if (organisation.type === 'POLICE') {
        expect(
          staffRoles.every((r) => policeRoles.has(r)),
          organisation.key,
        ).toBe(true);
        expect(kinds).not.toContain('SAFE_ACCOMMODATION');
      }
      if (organisation.type === 'LABOUR_INSPECTORATE') expect(staffRoles).toContain('LABOUR_INSPECTOR');
      if (organisation.type === 'CHILD_PROTECTION') expect(staffRoles).toContain('CHILD_PROTECTION_OFFICER');
      for (const service of organisation.services) {
        if (service.kind === 'HOTLINE' || service.kind === 'SAFE_ACCOMMODATION') expect(service.available24x7).toBe(true);
        if (service.kind === 'SAFE_ACCOMMODATION') expect(service.capacity).toBeGreaterThan(0);
        else expect(service.capacity).toBeNull();
      }
    }
    const shelters = organisations.filter((o) => o.key.endsWith('-shelter'));
    expect(shelters.length).toBeGreaterThan(0);
    for (const shelter of shelters) {
      expect(shelter.publiclyListed).toBe(false);
      expect(shelter.services.map((s) => s.kind)).toContain('SAFE_ACCOMMODATION');
    }
  });

  it('marks everything as fictional demo data without "(demo)" in names', () => {
    for (const record of [...organisations, ...experts]) expect(record.isDemo).toBe(true);
    for (const organisation of organisations) {
      expect(organisation.name).not.toMatch(/demo/i);
      expect(organisation.description).toMatch(/demo data/);
      if (organisation.website) expect(organisation.website).toMatch(/^https:\/\/example\.org\//);
    }
    expect(organisations.some((o) => !o.publiclyListed)).toBe(true);
  });

  it('puts people where demos search for them, in every script', () => {
    for (const name of ['Liepāja', 'Jelgava', 'Gdańsk', 'Klaipėda', 'Tampere']) {
      expect(experts.filter((e) => e.municipalityName === name).length, name).toBeGreaterThanOrEqual(3);
      expect(contactPointsByMunicipality(network).get(name), name).toBe(1);
    }
    for (const country of STROM_COUNTRIES) {
      const capital = REFERENCE_MUNICIPALITIES.find((m) => m.country === country.code)?.name ?? '';
      expect(contactPointsByMunicipality(network).get(capital), capital).toBe(1);
    }
    expect(experts.some((e) => /[А-Яа-яЁё]/.test(e.fullName))).toBe(true);
    expect(experts.some((e) => e.countryCode === 'RU' && /^[A-Za-z ]+$/.test(e.fullName))).toBe(true);
    expect(experts.some((e) => /[āēīšž]/.test(e.fullName) && e.countryCode === 'LV')).toBe(true);
    expect(experts.some((e) => /[ėūšč]/.test(e.fullName) && e.countryCode === 'LT')).toBe(true);
    expect(experts.some((e) => /[łńśż]/.test(e.fullName) && e.countryCode === 'PL')).toBe(true);
  });

  it('places about twenty activity events in the 30 days before the reference date', () => {
    const reference = Date.parse(REFERENCE_DATE);
    expect(activity.length).toBeGreaterThanOrEqual(15);
    for (const event of activity) {
      const at = Date.parse(event.occurredAt);
      expect(at).toBeLessThanOrEqual(reference);
      expect(at).toBeGreaterThanOrEqual(reference - 30 * DAY_MS);
      if (event.organisationKey) expect(organisationByKey.get(event.organisationKey)?.publiclyListed).toBe(true);
    }
  });
});
