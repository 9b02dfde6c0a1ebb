import { createHash } from 'node:crypto';
import type { Dataset } from './dataset.js';

/** Rows for one table, in the column order of `columns` (names from server/src/db/migrations). */
export interface TableRows {
  table: string;
  columns: string[];
  rows: unknown[][];
}

const SESSION_DAYS = 30;

/** The dataset as table rows, in foreign-key order. Everything generated is marked is_demo where the table has it. */
export function datasetTables(dataset: Dataset): TableRows[] {
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000).toISOString();
  return [
    {
      table: 'municipality',
      columns: ['id', 'name', 'country_code', 'latitude', 'longitude', 'population'],
      rows: dataset.places.filter((p) => !p.real).map((p) => [p.id, p.name, p.countryCode, p.latitude, p.longitude, p.population]),
    },
    {
      table: 'organisation',
      columns: [
        'id',
        'level',
        'country_code',
        'municipality_id',
        'name',
        'acronym',
        'type',
        'description',
        'website',
        'publicly_listed',
        'is_demo',
      ],
      rows: dataset.organisations.map((o) => [
        o.id,
        o.level,
        o.countryCode,
        o.municipalityId,
        o.name,
        o.acronym,
        o.type,
        o.description,
        o.website,
        o.publiclyListed,
        true,
      ]),
    },
    {
      table: 'organisation_service',
      columns: [
        'id',
        'organisation_id',
        'kind',
        'capacity',
        'target_groups',
        'languages',
        'available24x7',
        'forms_of_exploitation',
        'description',
      ],
      rows: dataset.services.map((s) => [
        s.id,
        s.organisationId,
        s.kind,
        s.capacity,
        s.targetGroups,
        s.languages,
        s.available24x7,
        s.formsOfExploitation,
        s.description,
      ]),
    },
    {
      table: 'expert',
      columns: [
        'id',
        'full_name',
        'title',
        'organisation_id',
        'country_code',
        'municipality_id',
        'languages',
        'bio',
        'forms_of_exploitation',
        'topics',
        'available_for_consultation',
        'is_demo',
        'email',
        'phone',
        'messaging_handle',
        'email_visibility',
        'phone_visibility',
        'messaging_handle_visibility',
      ],
      rows: dataset.experts.map((e) => [
        e.id,
        e.fullName,
        e.title,
        e.organisationId,
        e.countryCode,
        e.municipalityId,
        e.languages,
        e.bio,
        e.formsOfExploitation,
        e.topics,
        e.availableForConsultation,
        true,
        e.email,
        e.phone,
        e.messagingHandle,
        e.emailVisibility,
        e.phoneVisibility,
        e.messagingHandleVisibility,
      ]),
    },
    {
      table: 'role_assignment',
      columns: ['id', 'level', 'country_code', 'municipality_id', 'expert_id', 'role', 'responsibilities', 'starts_on'],
      rows: dataset.roles.map((r) => [r.id, r.level, r.countryCode, r.municipalityId, r.expertId, r.role, r.responsibilities, r.startsOn]),
    },
    {
      table: 'app_user',
      columns: ['id', 'email', 'status', 'network_role', 'country_code', 'expert_id'],
      rows: dataset.accounts.map((a) => [a.userId, a.email, 'ACTIVE', 'MEMBER', a.countryCode, a.expertId]),
    },
    {
      table: 'session',
      columns: ['id', 'user_id', 'token_hash', 'user_agent', 'expires_at'],
      rows: dataset.accounts.map((a) => [a.sessionId, a.userId, hashToken(a.token), 'strom-bench', expiresAt]),
    },
  ];
}

/** As the server stores session tokens (features/session/session-token.ts). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
