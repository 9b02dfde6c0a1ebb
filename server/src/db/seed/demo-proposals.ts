import { Organisation } from '../../features/organisation/organisation.entity.js';
import type { Em } from '../orm.js';
import { municipalityId } from './reference-data.js';
import { stableId } from './stable-id.js';

/**
 * One organisation a Latvian member proposed, waiting on the Approvals page for Latvia's coordinator: the demo
 * shows the queue with something in it. Upserted by its stable id like the rest of the demo.
 */
export async function seedDemoProposals(em: Em): Promise<void> {
  await em.upsert(Organisation, {
    id: stableId('organisation:proposal-lv-ventspils-crisis-centre'),
    name: 'Ventspils Crisis Centre for Families',
    type: 'NGO',
    level: 'LOCAL',
    country: 'LV',
    municipality: municipalityId('LV', 'Ventspils'),
    description: 'A small crisis centre that takes in adults and children for up to 30 days.',
    publiclyListed: false,
    isDemo: true,
    status: 'PROPOSED',
    proposedById: stableId('user:member.lv@demo.strom.invalid'),
    proposalReason: 'They sheltered two victims of labour exploitation last year and want to join the referral pathway.',
  });
}
