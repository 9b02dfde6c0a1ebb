import type { Mail } from './mailer.js';

// A command records a mail with `uow.record('mail', mail)`; the app delivers it with the mailer.
declare module '../../core/outbox/effect.js' {
  interface EffectKinds {
    mail: Mail;
  }
}
