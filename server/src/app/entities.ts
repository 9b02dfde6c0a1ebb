import { FEATURES } from './features.js';

/** Every mapped entity, from the feature manifests: no folder scanning, so dev, tests and dist behave alike. */
export const ENTITIES = FEATURES.flatMap((feature) => feature.entities ?? []);
