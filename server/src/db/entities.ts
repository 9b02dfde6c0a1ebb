import { PasswordReset } from '../features/account/password-reset.entity.js';
import { User } from '../features/account/user.entity.js';
import { AuditEvent } from '../features/audit/audit-event.entity.js';
import { Country } from '../features/country/country.entity.js';
import { Expert } from '../features/expert/expert.entity.js';
import { ExportTicket } from '../features/export/export-ticket.entity.js';
import { Municipality } from '../features/municipality/municipality.entity.js';
import { NetworkActivity } from '../features/network-activity/network-activity.entity.js';
import { OrganisationService } from '../features/organisation/organisation-service.entity.js';
import { Organisation } from '../features/organisation/organisation.entity.js';
import { Invitation } from '../features/invitation/invitation.entity.js';
import { OutboxMail } from '../features/mail/outbox-mail.entity.js';
import { RoleAssignment } from '../features/role-assignment/role-assignment.entity.js';
import { Session } from '../features/session/session.entity.js';
import { OutboxEffect } from '../core/outbox/outbox-effect.entity.js';

/** Every mapped entity, listed explicitly: no folder scanning, so dev, tests and dist behave alike. */
export const ENTITIES = [
  Country,
  Municipality,
  Organisation,
  OrganisationService,
  Expert,
  RoleAssignment,
  NetworkActivity,
  User,
  Session,
  PasswordReset,
  Invitation,
  AuditEvent,
  OutboxMail,
  ExportTicket,
  OutboxEffect,
];
