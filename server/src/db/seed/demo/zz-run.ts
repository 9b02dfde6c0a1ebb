import { generateDemoNetwork } from './index.js';
const n = generateDemoNetwork();
for (const o of n.organisations.filter((o) => o.scope.level !== 'LOCAL' || /ngo|shelter|health/.test(o.key)).slice(0, 200)) console.log(o.key.padEnd(42), '|', o.name, '|', o.acronym, '|', o.publiclyListed, o.services.map(s=>s.kind).join(','));
const roles = n.experts.flatMap((e) => e.roles.map(r=>({...r, e})));
for (const r of roles.filter(r=>['NATIONAL_COORDINATOR','TF_THB_MEMBER','MODERATOR'].includes(r.role))) console.log(r.role, r.e.fullName, r.e.title, r.e.organisationKey, r.startsOn, r.endsOn);
console.log(n.experts.filter(e=>e.countryCode==='LV').slice(0,20).map(e=>`${e.fullName} [${e.languages}] ${e.title}`).join('\n'));
