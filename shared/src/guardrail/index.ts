export * from './types.js';
export { detectVictimData } from './detect.js';
export { unconfirmedFindings } from './confirmations.js';
export { GUARDRAIL_PHONE_COUNTRIES } from './phones.js';
