import DataLoader from 'dataloader';
import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import type { Em } from '../../db/orm.js';
import { mayBeNamedSql, type ForumAccess, type ForumRole as ForumRoleKey } from './forum-access.js';
import { ForumRole } from './forum.enums.js';
import { forumAbilities } from './forum.policy.js';
import { ForumNode } from './forum.types.js';

@ObjectType({
  description: "A forum's moderator or a closed group's member, as those who manage the forum see them",
  simpleResolvers: true,
})
export class ForumPerson {
  @Field(() => ID, { description: 'The account id that setForumModerators, addForumMembers and removeForumMembers take' })
  userId!: string;

  @Field(() => ID, { nullable: true, description: 'Their expert profile; null for an account without one' })
  expertId!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;
}

declare module '../../core/loaders.js' {
  interface Loaders {
    forumPeople: DataLoader<string, ForumPerson | null>;
  }
}

interface PersonRow {
  user_id: string;
  expert_id: string | null;
  name: string | null;
  organisation_name: string | null;
}

/** Everyone the forums of one operation name, in one statement (the ids come with each forum's access). */
export function createForumPeopleLoader(em: Em): DataLoader<string, ForumPerson | null> {
  return new DataLoader<string, ForumPerson | null>(async (userIds) => {
    const rows = await em.execute<PersonRow[]>(
      `select u.id as user_id, x.id as expert_id, x.full_name as name, o.name as organisation_name
         from app_user u left join expert x on x.id = u.expert_id left join organisation o on o.id = x.organisation_id
        where u.id = any(?::uuid[]) and u.deleted_at is null`,
      [`{${userIds.join(',')}}`],
    );
    const byId = new Map(rows.map((row) => [row.user_id, row]));
    return userIds.map((id) => {
      const row = byId.get(id);
      // An account without a profile is still a person the manager must be able to remove.
      return row
        ? {
            userId: row.user_id,
            expertId: row.expert_id,
            name: row.name ?? 'Member without a profile',
            organisationName: row.organisation_name,
          }
        : null;
    });
  });
}

/** How many names the picker offers. */
const SHOWN = 10;
const likePattern = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * Active members with a profile whose name (or a word of it) starts with `text`. The directory's `experts` query
 * does not expose account ids, and the commands take them; so the picker reads them here, where only the forum's
 * managers may.
 */
async function candidates(em: Em, forum: ForumAccess, role: ForumRoleKey, text: string): Promise<ForumPerson[]> {
  const query = text.trim();
  if (query.length < 2) return [];
  const pattern = likePattern(query);
  // Only people who could then read the forum (the same rule the commands apply).
  const eligible = mayBeNamedSql(forum, role);
  const rows = await em.execute<PersonRow[]>(
    `select u.id as user_id, x.id as expert_id, x.full_name as name, o.name as organisation_name
       from expert x join app_user u on u.expert_id = x.id and u.status = 'ACTIVE' and u.deleted_at is null
       left join organisation o on o.id = x.organisation_id
      where (x.full_name ilike ? or x.full_name ilike ?) and ${eligible.sql}
      order by x.full_name, x.id limit ${SHOWN}`,
    [`${pattern}%`, `% ${pattern}%`, ...eligible.params],
  );
  return rows.map((row) => ({ userId: row.user_id, expertId: row.expert_id, name: row.name!, organisationName: row.organisation_name }));
}

async function people(ctx: Context, userIds: readonly string[]): Promise<ForumPerson[]> {
  const found = await ctx.loaders.forumPeople.loadMany([...userIds]);
  return found
    .filter((person): person is ForumPerson => person !== null && !(person instanceof Error))
    .toSorted((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}

@Resolver(() => ForumNode)
export class ForumPeopleResolver {
  @FieldResolver(() => [ForumPerson], { nullable: true, description: 'Its named moderators; null unless you may manage the forum' })
  moderators(@Root() forum: ForumNode, @Ctx() ctx: Context): Promise<ForumPerson[]> | null {
    if (!forumAbilities.can(ctx.viewer, 'manage', { forum: forum.access })) return null;
    return people(ctx, forum.access.moderatorIds);
  }

  @FieldResolver(() => [ForumPerson], {
    nullable: true,
    description: "A closed group's members; null for other forums and unless you may change who belongs",
  })
  members(@Root() forum: ForumNode, @Ctx() ctx: Context): Promise<ForumPerson[]> | null {
    if (!forumAbilities.can(ctx.viewer, 'manageMembers', { forum: forum.access })) return null;
    return people(ctx, forum.access.memberIds);
  }

  @FieldResolver(() => [ForumPerson], {
    nullable: true,
    description:
      'Members whose name starts with `text` (at least 2 characters) who may be named to `role`: only those who could then read ' +
      'the forum (a moderator of a SCOPE forum is of its scope; of a closed group, one of its members). Null unless you may ' +
      'name moderators (MODERATOR) or change who belongs to the group (MEMBER)',
  })
  candidatePeople(
    @Root() forum: ForumNode,
    @Ctx() ctx: Context,
    @Arg('text', () => String) text: string,
    @Arg('role', () => ForumRole) role: ForumRoleKey,
  ): Promise<ForumPerson[]> | null {
    if (!forumAbilities.can(ctx.viewer, role === 'MODERATOR' ? 'manage' : 'manageMembers', { forum: forum.access })) return null;
    return candidates(ctx.em, forum.access, role, text.slice(0, 100));
  }
}
