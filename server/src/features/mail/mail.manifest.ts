import type { FeatureManifest } from '../../core/feature.js';
import { OutboxMail } from './outbox-mail.entity.js';

export const mailFeature: FeatureManifest = {
  name: 'mail',
  entities: [OutboxMail],
};
