import { Country } from '../features/country/country.entity.js';
import { Expert } from '../features/expert/expert.entity.js';
import { Municipality } from '../features/municipality/municipality.entity.js';
import { NetworkActivity } from '../features/network-activity/network-activity.entity.js';
import { OrganisationService } from '../features/organisation/organisation-service.entity.js';
import { Organisation } from '../features/organisation/organisation.entity.js';
import { RoleAssignment } from '../features/role-assignment/role-assignment.entity.js';

/** Every mapped entity, listed explicitly: no folder scanning, so dev, tests and dist behave alike. */
export const ENTITIES = [Country, Municipality, Organisation, OrganisationService, Expert, RoleAssignment, NetworkActivity];
