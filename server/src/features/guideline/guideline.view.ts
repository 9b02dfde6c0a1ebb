import { implementationLevel, implementationPercent, type GuidelineStatusKey } from '@strom/shared';
import type { ActionPointType, GuidelineCountsType } from './guideline.types.js';

/** An action point aliased `alias` as one JSON value, translations as a language → label object. */
export function actionPointJson(alias: string): string {
  return `json_build_object('key', ${alias}.key, 'chapter', ${alias}.chapter, 'theme', ${alias}.theme, 'position', ${alias}.position,
    'label', ${alias}.label, 'labelTranslations', ${alias}.label_translations, 'confirmedInCbssMaterial', ${alias}.confirmed_in_cbss_material,
    'sources', ${alias}.sources, 'version', ${alias}.version, 'retiredAt', ${alias}.retired_at)`;
}

/** The action points trackers and dashboards count: those not retired, as SQL over the alias. */
export const isTracked = (alias: string) => `${alias}.retired_at is null`;

export interface ActionPointRow extends Omit<ActionPointType, 'translations' | 'retiredAt'> {
  labelTranslations: Record<string, string>;
  retiredAt: string | null;
}

export function toActionPoint({ labelTranslations, retiredAt, ...row }: ActionPointRow): ActionPointType {
  const translations = Object.entries(labelTranslations)
    .map(([language, label]) => ({ language, label }))
    .toSorted((a, b) => a.language.localeCompare(b.language));
  return { ...row, translations, retiredAt: toDate(retiredAt) };
}

/** Per-status counts as SQL aggregates over statuses aliased `alias` (rows of a left join count nothing). */
export function statusCountsSql(alias: string): string {
  const count = (status: GuidelineStatusKey) => `count(${alias}.id) filter (where ${alias}.status = '${status}')::int`;
  return `${count('PLANNED')} as planned, ${count('IN_PROGRESS')} as "inProgress", ${count('IN_PLACE')} as "inPlace",
    ${count('NOT_APPLICABLE')} as "notApplicable"`;
}

export interface StatusCountsRow {
  planned: number;
  inProgress: number;
  inPlace: number;
  notApplicable: number;
}

/** The counts over `total` action points: whatever has no status (or NOT_STARTED) is not started. */
export function toCounts(total: number, row: StatusCountsRow): GuidelineCountsType {
  const { planned, inProgress, inPlace, notApplicable } = row;
  const percent = implementationPercent({ total, inPlace, notApplicable });
  return {
    total,
    notStarted: total - planned - inProgress - inPlace - notApplicable,
    planned,
    inProgress,
    inPlace,
    notApplicable,
    percent,
    level: implementationLevel(percent),
  };
}

export function toDate(value: string | Date | null): Date | null {
  return value === null ? null : new Date(value);
}
