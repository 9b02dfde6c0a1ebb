import { BadUserInput, Conflict, NotFound } from '../../core/errors.js';
import { parseCountryCode, parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import type { Em } from '../../db/orm.js';
import { audit } from '../audit/audit.service.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { forgetNotifications } from '../notification/notify.js';
import { Country } from '../country/country.entity.js';
import { Municipality } from '../municipality/municipality.entity.js';
import { mayBeNamedSql, type ForumAccess, type ForumRole } from './forum-access.js';
import { visibleForum } from './forum-subjects.js';
import { Forum } from './forum.entity.js';
import type { CreateForumInput, ForumPeopleInput, UpdateForumInput } from './forum.inputs.js';
import { forumAbilities } from './forum.policy.js';
import { signedInActor } from './thread.commands.js';

/** A new forum in a scope. The id is the client's: a retry answers with the forum the first attempt made. */
export async function createForum(deps: CommandDeps, input: CreateForumInput): Promise<string> {
  const actor = signedInActor(deps);
  const id = parseUuid(input.id, 'input.id');
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    if (await em.findOne(Forum, { id, createdById: actor.userId })) return id;
    const scope = await scopeOf(em, input);
    const forum: ForumAccess = { id, visibility: input.visibility, ...scope, moderatorIds: [], memberIds: [] };
    forumAbilities.authorize(actor, 'create', { forum });
    if (await em.findOne(Forum, { slug: input.slug })) throw BadUserInput.field('input.slug', 'Another forum already has this address');
    const texts = [
      { field: 'title', text: input.title },
      { field: 'description', text: input.description },
    ];
    await guardTexts(uow, actor, texts, input.confirmations, { type: 'forum', id });
    // `new`, not em.create: the scope getter of ScopedEntity reads as a required property to em.create's types.
    const created = Object.assign(new Forum(), {
      id,
      slug: input.slug,
      title: input.title.trim(),
      description: input.description?.trim() || null,
      visibility: input.visibility,
      level: scope.level,
      country: scope.countryCode ? em.getReference(Country, scope.countryCode, { wrapped: true }) : null,
      municipality: scope.municipalityId ? em.getReference(Municipality, scope.municipalityId, { wrapped: true }) : null,
      createdById: actor.userId,
    });
    await em.persist(created).flush();
    // The creator of a closed group belongs to it, or could not read what they made.
    if (input.visibility === 'GROUP') await changePeople(em, 'forum_member', id, [actor.userId], 'add');
    await audit(em, {
      action: 'FORUM_CREATED',
      actorId: actor.userId,
      subjectType: 'forum',
      subjectId: id,
      details: { visibility: input.visibility },
    });
    return id;
  });
}

/** The scope columns a level needs, checked against the reference data. */
async function scopeOf(em: Em, input: CreateForumInput): Promise<Pick<ForumAccess, 'level' | 'countryCode' | 'municipalityId'>> {
  if (input.level === 'REGIONAL') return { level: 'REGIONAL', countryCode: null, municipalityId: null };
  if (!input.countryCode) throw BadUserInput.field('input.countryCode', 'A national or local forum needs its country');
  const countryCode = parseCountryCode(input.countryCode, 'input.countryCode');
  if (input.level === 'NATIONAL') {
    const [country] = await em.execute(`select code from country where code = ?`, [countryCode]);
    if (!country) throw BadUserInput.field('input.countryCode', 'No such country');
    return { level: 'NATIONAL', countryCode, municipalityId: null };
  }
  if (!input.municipalityId) throw BadUserInput.field('input.municipalityId', 'A local forum needs its municipality');
  const municipalityId = parseUuid(input.municipalityId, 'input.municipalityId');
  const [place] = await em.execute(`select id from municipality where id = ? and country_code = ?`, [municipalityId, countryCode]);
  if (!place) throw BadUserInput.field('input.municipalityId', 'No such municipality in that country');
  return { level: 'LOCAL', countryCode, municipalityId };
}

/** The new value of a text an edit changes, or null when it leaves it as it was. */
const changed = (value: string | null | undefined, stored: string | null) => (value !== undefined && value !== stored ? value : null);

export async function updateForum(deps: CommandDeps, input: UpdateForumInput): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const access = await visibleForum(em, actor, parseUuid(input.id, 'input.id'));
    forumAbilities.authorize(actor, 'manage', { forum: access });
    const forum = await em.findOneOrFail(Forum, { id: access.id });
    if (forum.version !== input.expectedVersion)
      throw new Conflict('Someone else changed this forum since you opened it; reload and try again');
    if (input.title === null) throw BadUserInput.field('input.title', 'title cannot be empty');
    // Only the texts this edit changes pass the guardrail again.
    const texts = [
      { field: 'title', text: changed(input.title, forum.title) },
      { field: 'description', text: changed(input.description, forum.description) },
    ];
    await guardTexts(uow, actor, texts, input.confirmations, { type: 'forum', id: forum.id });
    if (input.title !== undefined) forum.title = input.title.trim();
    if (input.description !== undefined) forum.description = input.description?.trim() || null;
    if (input.visibility) forum.visibility = input.visibility;
    await audit(em, {
      action: 'FORUM_UPDATED',
      actorId: actor.userId,
      subjectType: 'forum',
      subjectId: forum.id,
      details: { visibility: forum.visibility },
    });
    return forum.id;
  });
}

/** Names the forum's moderators (replacing the list): admins, and coordinators for their country's forums. */
export async function setForumModerators(deps: CommandDeps, input: ForumPeopleInput): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async ({ em }) => {
    const forum = await visibleForum(em, actor, parseUuid(input.forumId, 'input.forumId'));
    forumAbilities.authorize(actor, 'manage', { forum });
    const userIds = await existingMembers(em, input.userIds);
    // Those named now; one named before keeps their place even if the rule would not name them today.
    await requireMayBeNamed(
      em,
      forum,
      'MODERATOR',
      userIds.filter((id) => !forum.moderatorIds.includes(id)),
    );
    await em.execute(`delete from forum_moderator where forum_id = ?`, [forum.id]);
    await changePeople(em, 'forum_moderator', forum.id, userIds, 'add');
    await audit(em, {
      action: 'FORUM_MODERATORS_SET',
      actorId: actor.userId,
      subjectType: 'forum',
      subjectId: forum.id,
      details: { count: userIds.length },
    });
    return forum.id;
  });
}

/**
 * Adds members to a closed group or removes them. Removal takes effect at once everywhere: their reads are
 * filtered in SQL and their subscriptions check each event against the group as it is now.
 */
export async function changeGroupMembers(deps: CommandDeps, input: ForumPeopleInput, change: 'add' | 'remove'): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow: UnitOfWork) => {
    const { em } = uow;
    const forum = await visibleForum(em, actor, parseUuid(input.forumId, 'input.forumId'));
    forumAbilities.authorize(actor, 'manageMembers', { forum });
    const userIds = change === 'add' ? await existingMembers(em, input.userIds) : input.userIds.map((id) => parseUuid(id, 'input.userIds'));
    if (change === 'add') await requireMayBeNamed(em, forum, 'MEMBER', userIds);
    await changePeople(em, 'forum_member', forum.id, userIds, change);
    // What they were told of the group goes with them (a notification names a thread they may no longer read).
    if (change === 'remove')
      for (const recipientId of userIds) await forgetNotifications(uow, { recipientId, context: `forum:${forum.id}` });
    await audit(em, {
      action: change === 'add' ? 'FORUM_MEMBERS_ADDED' : 'FORUM_MEMBERS_REMOVED',
      actorId: actor.userId,
      subjectType: 'forum',
      subjectId: forum.id,
      details: { count: userIds.length },
    });
    return forum.id;
  });
}

/** Active, not deleted accounts among these ids; any other id is the caller's mistake. */
async function existingMembers(em: Em, ids: readonly string[]): Promise<string[]> {
  const userIds = [...new Set(ids.map((id) => parseUuid(id, 'input.userIds')))];
  if (userIds.length === 0) return [];
  const rows = await em.execute<{ id: string }[]>(
    `select id from app_user where id = any(?::uuid[]) and deleted_at is null and status = 'ACTIVE'`,
    [`{${userIds.join(',')}}`],
  );
  if (rows.length !== userIds.length) throw new NotFound('One of these members');
  return userIds;
}

/**
 * Refuses, naming them, the people who could not read the forum in that role (forum-access.ts `mayBeNamedSql`,
 * the rule the picker offers by): a moderator who cannot read what they moderate is of no use, and naming one
 * would open a scoped forum to them by the back door.
 */
async function requireMayBeNamed(em: Em, forum: ForumAccess, role: ForumRole, userIds: readonly string[]): Promise<void> {
  const eligible = mayBeNamedSql(forum, role);
  if (userIds.length === 0 || eligible.sql === 'true') return;
  const refused = await em.execute<{ name: string | null }[]>(
    `select x.full_name as name from app_user u left join expert x on x.id = u.expert_id
      where u.id = any(?::uuid[]) and not ${eligible.sql} order by x.full_name`,
    [`{${userIds.join(',')}}`, ...eligible.params],
  );
  if (refused.length === 0) return;
  const names = refused.map((row) => row.name ?? 'A member without a profile').join(', ');
  const why =
    forum.visibility === 'GROUP'
      ? "only the group's members may moderate it; add them to the group first"
      : 'this forum is only for members of its country or municipality';
  throw BadUserInput.field('input.userIds', `${names} cannot read this forum (${why})`);
}

async function changePeople(
  em: Em,
  table: 'forum_member' | 'forum_moderator',
  forumId: string,
  userIds: readonly string[],
  change: 'add' | 'remove',
) {
  if (userIds.length === 0) return;
  const ids = `{${userIds.join(',')}}`;
  if (change === 'add') {
    await em.execute(`insert into ${table} (forum_id, user_id) select ?, unnest(?::uuid[]) on conflict do nothing`, [forumId, ids]);
  } else {
    await em.execute(`delete from ${table} where forum_id = ? and user_id = any(?::uuid[])`, [forumId, ids]);
  }
}
