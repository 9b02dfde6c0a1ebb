import { LockMode } from '@mikro-orm/core';
import { BadUserInput, NotFound } from '../../core/errors.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { stableId } from '../../db/seed/stable-id.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import type { GuardrailConfirmationInput } from '../guardrail/guardrail.types.js';
import { NO_READER_FACTS } from '../pathway/pathway.policy.js';
import { GuidelineConflict } from './guideline-conflict.js';
import { GuidelineActionPoint } from './guideline.entity.js';
import type {
  ActionPointTranslationInput,
  CreateGuidelineActionPointInput,
  RetireGuidelineActionPointInput,
  UpdateGuidelineActionPointInput,
} from './guideline.inputs.js';
import { guidelineDashboardAbilities } from './guideline.policy.js';

/** Action point keys run AP01 to AP99; the seeded guidelines use the first ones. */
const KEY_PREFIX = 'AP';
const KEY_MAX = 99;

function authorizeAdmin(deps: CommandDeps): void {
  guidelineDashboardAbilities.authorize(deps.actor, 'maintainActionPoints', { countryCode: null, reader: NO_READER_FACTS });
}

/** The translations as stored (language → label), refusing a language given twice; the label through the guardrail. */
async function checkedLabels(
  uow: UnitOfWork,
  deps: CommandDeps,
  key: string,
  input: { label: string; translations: ActionPointTranslationInput[]; confirmations?: GuardrailConfirmationInput[] },
): Promise<{ label: string; translations: Record<string, string> }> {
  const languages = input.translations.map((t) => t.language);
  const twice = languages.findIndex((language, i) => languages.indexOf(language) !== i);
  if (twice !== -1) throw BadUserInput.field(`input.translations.${twice}.language`, 'One label per language');
  const label = input.label.trim();
  if (!label) throw BadUserInput.field('input.label', 'Give the action point a label');
  const texts = [
    { field: 'label', text: input.label },
    ...input.translations.map((t, i) => ({ field: `translations.${i}.label`, text: t.label })),
  ];
  await guardTexts(uow, deps.actor, texts, input.confirmations, {
    type: 'guideline_action_point',
    id: stableId(`guideline-action-point:${key}`),
  });
  return { label, translations: Object.fromEntries(input.translations.map((t) => [t.language, t.label.trim()])) };
}

async function lockedPoint(uow: UnitOfWork, key: string, expectedVersion: number): Promise<GuidelineActionPoint> {
  const point = await uow.em.findOne(GuidelineActionPoint, { key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!point) throw new NotFound(`Action point ${key}`);
  if (point.version !== expectedVersion) throw new GuidelineConflict(point.version);
  return point;
}

/** An admin rewords an action point or its translations; the key, theme and sources stay as the guidelines give them. */
export async function updateGuidelineActionPoint(deps: CommandDeps, input: UpdateGuidelineActionPointInput): Promise<string> {
  return runCommand(deps, async (uow) => {
    authorizeAdmin(deps);
    const point = await lockedPoint(uow, input.key, input.expectedVersion);
    const { label, translations } = await checkedLabels(uow, deps, point.key, input);
    point.label = label;
    point.labelTranslations = translations;
    point.version += 1;
    point.updatedAt = uow.now;
    return point.key;
  });
}

/**
 * An admin adds an action point under a theme, after every other one, with the next free key (AP24…). It is not
 * from the CBSS material, and has no sources. A retry with the same client id returns the point it added.
 */
export async function createGuidelineActionPoint(deps: CommandDeps, input: CreateGuidelineActionPointInput): Promise<string> {
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    authorizeAdmin(deps);
    const retried = await em.findOne(GuidelineActionPoint, { createdByClientId: input.clientId });
    if (retried) return retried.key;
    const theme = input.theme.trim();
    const chapter = input.chapter.trim();
    if (!theme) throw BadUserInput.field('input.theme', 'Choose or name a theme');
    if (!chapter) throw BadUserInput.field('input.chapter', 'Choose or name a chapter');
    await em.execute(`select pg_advisory_xact_lock(hashtext('guideline_action_point:new'))`);
    const [next] = await em.execute<{ number: number; position: number }[]>(
      `select coalesce(max(substring(key from 3)::int) filter (where key ~ '^${KEY_PREFIX}[0-9]{2}$'), 0)::int + 1 as number,
              coalesce(max(position), 0)::int + 1 as position from guideline_action_point`,
    );
    if (next!.number > KEY_MAX) throw BadUserInput.field('input.label', `There are ${KEY_MAX} action points already`);
    const key = `${KEY_PREFIX}${String(next!.number).padStart(2, '0')}`;
    const { label, translations } = await checkedLabels(uow, deps, key, input);
    em.create(GuidelineActionPoint, {
      key,
      chapter,
      theme,
      position: next!.position,
      label,
      labelTranslations: translations,
      confirmedInCbssMaterial: false,
      sources: [],
      createdByClientId: input.clientId,
      updatedAt: uow.now,
    });
    return key;
  });
}

/**
 * An admin retires an action point (trackers, dashboards and reminders leave it out; its statuses and their history
 * stay) or brings a retired one back, at the version they saw. Asking for what already holds changes nothing.
 */
export async function retireGuidelineActionPoint(deps: CommandDeps, input: RetireGuidelineActionPointInput): Promise<string> {
  return runCommand(deps, async (uow) => {
    authorizeAdmin(deps);
    const point = await uow.em.findOne(GuidelineActionPoint, { key: input.key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!point) throw new NotFound(`Action point ${input.key}`);
    // A retry of a call that was applied finds the state it asked for, one version on: nothing to do.
    if ((point.retiredAt !== null) === input.retired) return point.key;
    if (point.version !== input.expectedVersion) throw new GuidelineConflict(point.version);
    point.retiredAt = input.retired ? uow.now : null;
    point.version += 1;
    point.updatedAt = uow.now;
    return point.key;
  });
}
