import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { NotFound } from '../../core/errors.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { parseUuid } from '../../core/ids.js';
import { updateResource } from './resource-edit.commands.js';
import { ResourceLinkType } from './resource-link.type.js';
import { resourceLinks } from './resource-links.read.js';
import { createResource, deleteResource, recommendResource } from './resource.commands.js';
import { CreateResourceInput, ResourceFacetsArgs, ResourcesArgs, UpdateResourceInput } from './resource.inputs.js';
import { findResource, listResources, resourceFacets } from './resource.read.js';
import { ResourceConnectionType, ResourceFacetsType, ResourceType } from './resource.types.js';

@Resolver()
export class ResourceResolver {
  @Query(() => ResourceConnectionType, {
    description: 'The library, newest first: anonymous visitors read PUBLIC resources, members those of the network and their place',
  })
  resources(@Ctx() { em, viewer }: Context, @Args(() => ResourcesArgs) args: ResourcesArgs) {
    return listResources(em, viewer, args);
  }

  @Query(() => ResourceFacetsType, { description: 'How many readable resources match the filter, by kind, language, scope and year' })
  resourceFacets(@Ctx() { em, viewer }: Context, @Args(() => ResourceFacetsArgs) args: ResourceFacetsArgs): Promise<ResourceFacetsType> {
    return resourceFacets(em, viewer, args.filter);
  }

  @Query(() => ResourceType, { nullable: true, description: 'Null when it does not exist or is not for you' })
  resource(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string): Promise<ResourceType | null> {
    return findResource(em, viewer, id);
  }

  @Query(() => [ResourceLinkType], {
    description: 'Where a resource is linked (prevention activities), as far as you may read the resource and the place',
  })
  resourceLinks(@Ctx() { em, viewer }: Context, @Arg('resourceId', () => ID) resourceId: string): Promise<ResourceLinkType[]> {
    return resourceLinks(em, viewer, parseUuid(resourceId, 'resourceId'));
  }

  @Authorized()
  @Mutation(() => ResourceType, { description: 'Adds a link or an uploaded file (its receipt from POST /library/uploads) to the library' })
  async createResource(@Ctx() ctx: Context, @Arg('input', () => CreateResourceInput) input: CreateResourceInput): Promise<ResourceType> {
    return reread(ctx, await createResource(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => ResourceType, {
    description:
      'Saves a changed resource at the version you loaded (its author, its organisation’s editors, its country’s coordinators, admins)',
  })
  async updateResource(@Ctx() ctx: Context, @Arg('input', () => UpdateResourceInput) input: UpdateResourceInput): Promise<ResourceType> {
    return reread(ctx, await updateResource(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => ResourceType, { description: 'Recommends a resource (or, with recommended: false, takes it back)' })
  async recommendResource(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('recommended', () => Boolean, { defaultValue: true }) recommended: boolean,
  ): Promise<ResourceType> {
    return reread(ctx, await recommendResource(commandDeps(ctx), id, recommended));
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Removes a resource (its author, moderators, admins); answers its id' })
  deleteResource(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<string> {
    return deleteResource(commandDeps(ctx), id);
  }
}

async function reread(ctx: Context, id: string): Promise<ResourceType> {
  const resource = await findResource(ctx.em, ctx.viewer, id);
  if (!resource) throw new NotFound('The resource');
  return resource;
}
