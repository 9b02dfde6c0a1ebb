import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { addService, removeService, updateService } from './organisation-service.commands.js';
import { AddServiceInput, RemoveServiceInput, UpdateServiceInput } from './organisation-service.inputs.js';
import { Organisation } from './organisation.entity.js';

/** Editing an organisation's services, one at a time; each answers with the organisation (its services and version). */
@Resolver()
export class OrganisationServiceEditingResolver {
  @Authorized()
  @Mutation(() => Organisation, { description: 'Add a service: the organisation’s editors, coordinators of its country, admins' })
  addOrganisationService(@Ctx() ctx: Context, @Arg('input', () => AddServiceInput) input: AddServiceInput) {
    return addService(commandDeps(ctx), input);
  }

  @Authorized()
  @Mutation(() => Organisation, { description: 'Change a service; every field is replaced' })
  updateOrganisationService(@Ctx() ctx: Context, @Arg('input', () => UpdateServiceInput) input: UpdateServiceInput) {
    return updateService(commandDeps(ctx), input);
  }

  @Authorized()
  @Mutation(() => Organisation, { description: 'Remove a service' })
  removeOrganisationService(@Ctx() ctx: Context, @Arg('input', () => RemoveServiceInput) input: RemoveServiceInput) {
    return removeService(commandDeps(ctx), input);
  }
}
