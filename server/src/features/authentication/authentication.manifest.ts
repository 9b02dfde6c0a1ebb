import type { FeatureManifest } from '../../core/feature.js';
import { PasswordReset } from './password-reset.entity.js';
import { SignInResolver } from './sign-in.resolver.js';
import { ChangePasswordResolver } from './change-password.resolver.js';
import { PasswordResetResolver } from './password-reset.resolver.js';
import { TwoFactorResolver } from './two-factor.resolver.js';
import { passwordResetExpiry } from './password-reset.jobs.js';

export const authenticationFeature: FeatureManifest = {
  name: 'authentication',
  entities: [PasswordReset],
  resolvers: [SignInResolver, ChangePasswordResolver, PasswordResetResolver, TwoFactorResolver],
  jobs: [passwordResetExpiry],
};
