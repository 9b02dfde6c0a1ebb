import type { ContactVisibility } from '../../features/user/user.enums.js';
import type { DemoExpert } from './demo/types.js';

const VISIBILITIES: ContactVisibility[] = ['NETWORK', 'COUNTRY', 'NOBODY'];

/** A small stable hash of a key, so contact details and their visibility are the same at every seed. */
export function stableNumber(key: string): number {
  let hash = 2166136261;
  for (const char of key) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

/** Fictional contact details under reserved domains and unassigned number ranges; visibility varies per expert. */
export function demoContacts(expert: DemoExpert) {
  const n = stableNumber(expert.key);
  const local = expert.key.replace(/[^a-z0-9]+/gi, '.').toLowerCase();
  return {
    email: `${local}@demo.strom.invalid`,
    phone: n % 4 === 0 ? null : `+00 555 ${String(n % 10_000_000).padStart(7, '0')}`,
    messagingHandle: n % 3 === 0 ? `@${local.slice(0, 24)}` : null,
    emailVisibility: VISIBILITIES[n % 3]!,
    phoneVisibility: VISIBILITIES[(n >>> 3) % 3]!,
    messagingHandleVisibility: VISIBILITIES[(n >>> 5) % 3]!,
  };
}
