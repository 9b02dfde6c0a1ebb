import { defineAbilities } from '../../core/ability.js';
import { isMember } from '../../core/auth.js';

/** Notifications are a member's own: every read and change is scoped to the signed-in recipient in SQL. */
export const notificationAbilities = defineAbilities()({
  readOwn: { allow: isMember, refusal: 'Sign in to see your notifications' },
  manageOwn: { allow: isMember, refusal: 'Sign in to manage your notifications' },
});
