import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ViewerPermissions } from '../user/signed-in-viewer.type.js';
import { editsAnyOrganisation } from './organisation.policy.js';

/** `viewer.can.editOrganisations`: the account menu links "Organisations I edit" only for those who have some. */
@Resolver(() => ViewerPermissions)
export class ViewerOrganisationsResolver {
  @FieldResolver(() => Boolean, { description: 'Edits organisations: as an editor of one, a coordinator of its country or an admin' })
  editOrganisations(@Root() { member }: ViewerPermissions): boolean {
    return editsAnyOrganisation(member);
  }
}
