import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ViewerQuery } from '../features/account/useViewer';
import { AuditLogQuery } from '../features/admin/AuditLog';
import { auditExportHref } from '../features/admin/useAuditFilter';
import { connection, viewerNode } from '../test/fixtures';
import { renderRoute, searchOf } from '../test/render';
import { AdminAudit } from './AdminAudit';

const admin = viewerNode({ networkRole: 'ADMIN', totpEnabled: true, can: { administer: true } });

function event(id: string, action: string, summary: string, people: { actor?: unknown; subject?: unknown } = {}) {
  return {
    __typename: 'AuditEvent',
    id,
    occurredAt: '2026-03-02T09:30:00Z',
    action,
    summary,
    subjectType: people.subject ? 'user' : null,
    subjectId: people.subject ? 'user-9' : null,
    actorPerson: people.actor ?? null,
    subjectPerson: people.subject ?? null,
  };
}
const person = (id: string, name: string | null, former = false) => ({ __typename: 'AuditPerson', id, name, former });

const suspended = event('ev-1', 'MEMBER_SUSPENDED', 'Suspended a member and ended their sessions', {
  actor: person('user-1', 'Anna Ozola'),
  subject: person('user-9', 'Jānis Bērziņš'),
});
const gone = event('ev-2', 'PASSWORD_CHANGED', 'Changed their password', {
  actor: person('user-5', null, true),
  subject: person('user-5', null, true),
});
const failed = event('ev-3', 'SIGN_IN_FAILED', 'A sign-in failed');

describe('AdminAudit', () => {
  it('names who acted and whom it was about, shows a deleted account as a former member and actions by name', async () => {
    renderRoute(<AdminAudit />, {
      path: '/admin/audit',
      mocks: [
        { request: { query: ViewerQuery }, result: { data: { viewer: admin } } },
        {
          request: { query: AuditLogQuery, variables: { filter: {}, first: 20 } },
          result: { data: { auditEvents: connection('AuditEvent', [suspended, gone, failed]) } },
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Audit events' });
    const [, first, second, third] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('Member suspendedAnna OzolaJānis BērziņšSuspended a member');
    expect(second).toHaveTextContent('Password changedFormer memberFormer memberChanged their password');
    expect(third).toHaveTextContent('Sign-in failedSystem—A sign-in failed');
    expect(table).not.toHaveTextContent('user-9');
    expect(screen.getByRole('link', { name: 'Download as CSV' })).toHaveAttribute('href', '/export/audit.csv');
  });

  it('filters by a known action from a list, in the URL and in the download', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(<AdminAudit />, {
      path: '/admin/audit',
      mocks: [
        { request: { query: ViewerQuery }, result: { data: { viewer: admin } } },
        {
          request: { query: AuditLogQuery, variables: { filter: {}, first: 20 } },
          result: { data: { auditEvents: connection('AuditEvent', [suspended, gone]) } },
        },
        {
          request: { query: AuditLogQuery, variables: { filter: { action: 'MEMBER_SUSPENDED' }, first: 20 } },
          result: { data: { auditEvents: connection('AuditEvent', [suspended]) } },
        },
      ],
    });
    await screen.findByRole('table', { name: 'Audit events' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Action' }), 'Member suspended');
    expect(searchOf(router)).toEqual({ action: 'MEMBER_SUSPENDED' });
    expect(await screen.findByText('Showing 1 of 1')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download as CSV' })).toHaveAttribute('href', '/export/audit.csv?action=MEMBER_SUSPENDED');
  });

  it('ignores an action in the URL that the log does not know', async () => {
    renderRoute(<AdminAudit />, {
      path: '/admin/audit',
      url: '/admin/audit?action=DROP_TABLE',
      mocks: [
        { request: { query: ViewerQuery }, result: { data: { viewer: admin } } },
        {
          request: { query: AuditLogQuery, variables: { filter: {}, first: 20 } },
          result: { data: { auditEvents: connection('AuditEvent', [failed]) } },
        },
      ],
    });
    expect(await screen.findByText('Sign-in failed')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Action' })).toHaveValue('');
  });

  it('builds the download link from the whole filter, dates included', () => {
    expect(auditExportHref({ action: 'MEMBER_SUSPENDED', from: '2026-03-01T22:00:00.000Z' })).toBe(
      '/export/audit.csv?action=MEMBER_SUSPENDED&from=2026-03-01T22%3A00%3A00.000Z',
    );
  });
});
