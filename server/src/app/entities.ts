import { OutboxEffect } from '../core/outbox/outbox-effect.entity.js';
import { FEATURES } from './features.js';

/** Every mapped entity: the platform's outbox and the features' (from their manifests): no folder scanning, so dev, tests and dist behave alike. */
export const ENTITIES = [OutboxEffect, ...FEATURES.flatMap((feature) => feature.entities ?? [])];
