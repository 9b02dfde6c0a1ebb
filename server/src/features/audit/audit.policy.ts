import { defineAbilities } from '../../core/ability.js';
import { isAdmin } from '../user/user.policy.js';

/** The audit log records who did what to whom: admins read it (with two-factor on). */
export const auditAbilities = defineAbilities()({
  read: { allow: isAdmin, refusal: 'Only admins read the audit log' },
});
