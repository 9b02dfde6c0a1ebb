import type { Viewer } from '../../core/auth.js';
import type { Organisation } from './organisation.entity.js';

/** Until accounts land, only the operator edits; organisation editors come with the accounts issue. */
export function canEditOrganisation(viewer: Viewer, _organisation: Organisation): boolean {
  return viewer.kind === 'operator';
}
