import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import type { RoleAssignments_RoleFragment } from '../../gql/graphql';
import { ScopeLabelFragment } from '../places/ScopeLabel';
import { renderRoute } from '../../test/render';
import { RoleAssignments, RoleAssignmentsFragment } from './RoleAssignments';

const latvia = makeFragmentData(
  { __typename: 'Scope', level: 'NATIONAL', country: { __typename: 'Country', code: 'LV', name: 'Latvia' }, municipality: null },
  ScopeLabelFragment,
);

function assignment(
  id: string,
  role: RoleAssignments_RoleFragment['role'],
  status: RoleAssignments_RoleFragment['status'],
  endsOn: string | null,
) {
  return makeFragmentData(
    {
      __typename: 'RoleAssignment',
      id,
      role,
      status,
      startsOn: '2015-01-01',
      endsOn,
      responsibilities: null,
      scope: { __typename: 'Scope', ...latvia },
    },
    RoleAssignmentsFragment,
  );
}

describe('RoleAssignments', () => {
  it('sets ended roles apart under "Past roles"', async () => {
    renderRoute(
      <RoleAssignments roles={[assignment('a', 'CASE_MANAGER', 'CURRENT', null), assignment('b', 'RESEARCHER', 'PAST', '2017-06-30')]} />,
    );
    const past = (await screen.findByRole('heading', { name: 'Past roles' })).parentElement!;
    expect(within(past).getByRole('heading', { name: 'Researcher' })).toBeInTheDocument();
    expect(within(past).queryByRole('heading', { name: 'Case manager' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Case manager' })).toBeInTheDocument();
  });

  it('says so when every role has ended', async () => {
    renderRoute(<RoleAssignments roles={[assignment('b', 'RESEARCHER', 'PAST', '2017-06-30')]} />);
    expect(await screen.findByText('No current roles.')).toBeInTheDocument();
  });
});
