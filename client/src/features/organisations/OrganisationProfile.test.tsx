import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { connection, expertNode, latvia, liepaja } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { OrganisationProfile, OrganisationProfileQuery } from './OrganisationProfile';

const id = 'org-1';

function organisation(
  people: ReturnType<typeof connection> | null,
  website = 'https://example.org/liepaja',
  overrides: Record<string, unknown> = {},
) {
  return {
    __typename: 'Organisation',
    id,
    name: 'Liepāja City Social Service',
    acronym: 'LSS',
    type: 'MUNICIPAL_SOCIAL_SERVICES',
    scope: { __typename: 'Scope', level: 'LOCAL', country: latvia, municipality: liepaja },
    description: 'First contact and case management.',
    website,
    phone: '+37163400000',
    email: 'help@liepaja.example.org',
    viewerCan: { __typename: 'OrganisationPermissions', edit: false },
    services: [
      {
        __typename: 'OrganisationService',
        id: 'svc-1',
        kind: 'SAFE_ACCOMMODATION',
        capacity: 12,
        targetGroups: ['ADULT_WOMEN', 'CHILDREN'],
        languages: ['lv', 'ru'],
        available24x7: true,
        formsOfExploitation: ['SEXUAL_EXPLOITATION'],
        description: null,
        hotline: '+37180000001',
        address: null,
      },
      {
        __typename: 'OrganisationService',
        id: 'svc-2',
        kind: 'COUNSELLING',
        capacity: null,
        targetGroups: [],
        languages: [],
        available24x7: false,
        formsOfExploitation: [],
        description: null,
        hotline: null,
        address: '12 Example Street, Liepāja',
      },
    ],
    experts: people,
    ...overrides,
  };
}

describe('OrganisationProfile', () => {
  it('shows the organisation, its services, and pages through its people', async () => {
    const user = userEvent.setup();
    renderRoute(<OrganisationProfile id={id} />, {
      mocks: [
        {
          request: { query: OrganisationProfileQuery, variables: { id, peopleFirst: 20 } },
          result: {
            data: {
              organisation: organisation(connection('Expert', [expertNode('e1', 'Anna Ozola')], { totalCount: 2, hasNextPage: true })),
            },
          },
        },
        {
          request: {
            query: OrganisationProfileQuery,
            variables: { id, peopleFirst: 20, peopleAfter: 'cursor-e1' },
          },
          result: {
            data: { organisation: organisation(connection('Expert', [expertNode('e2', 'Jānis Bērziņš')], { totalCount: 2 })) },
          },
        },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Liepāja City Social Service (LSS)' })).toBeInTheDocument();
    expect(screen.getByText(/Municipal social services/)).toHaveTextContent('Municipal social services · Liepāja, Latvia');
    const website = screen.getByRole('link', { name: /example\.org\/liepaja/ });
    expect(website).toHaveAttribute('rel', 'noopener noreferrer');

    const services = screen.getByRole('region', { name: 'Services' });
    expect(within(services).getByRole('heading', { name: 'Safe accommodation / shelter' })).toBeInTheDocument();
    expect(within(services).getByText('Available 24/7')).toBeInTheDocument();
    expect(within(services).getByText('Adult women, Children')).toBeInTheDocument();
    expect(within(services).getByText('Latvian, Russian')).toBeInTheDocument();

    const people = screen.getByRole('region', { name: 'People' });
    expect(within(people).getByText('Showing 1 of 2')).toBeInTheDocument();
    await user.click(within(people).getByRole('button', { name: 'Load more' }));
    expect(await within(people).findByRole('link', { name: 'Jānis Bērziņš' })).toBeInTheDocument();
    expect(within(people).getByRole('link', { name: 'Anna Ozola' })).toBeInTheDocument();
    expect(within(people).getByText('Showing 2 of 2')).toBeInTheDocument();
  });

  it('shows the public contact and hotlines as links to call or write, and Edit only to its editors', async () => {
    const mocks = (edit: boolean) => [
      {
        request: { query: OrganisationProfileQuery, variables: { id, peopleFirst: 20 } },
        result: {
          data: {
            organisation: organisation(null, undefined, { viewerCan: { __typename: 'OrganisationPermissions', edit } }),
          },
        },
      },
    ];
    const { unmount } = renderRoute(<OrganisationProfile id={id} />, { mocks: mocks(false) });
    expect(await screen.findByRole('link', { name: '+37163400000' })).toHaveAttribute('href', 'tel:+37163400000');
    expect(screen.getByRole('link', { name: 'help@liepaja.example.org' })).toHaveAttribute('href', 'mailto:help@liepaja.example.org');
    const services = screen.getByRole('region', { name: 'Services' });
    expect(within(services).getByRole('link', { name: '+37180000001' })).toHaveAttribute('href', 'tel:+37180000001');
    expect(within(services).getByText('12 Example Street, Liepāja')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit the organisation' })).not.toBeInTheDocument();
    unmount();

    renderRoute(<OrganisationProfile id={id} />, { mocks: mocks(true) });
    expect(await screen.findByRole('link', { name: 'Edit the organisation' })).toHaveAttribute('href', `/organisations/${id}/edit`);
  });

  it('never turns a non-http website into a link', async () => {
    renderRoute(<OrganisationProfile id={id} />, {
      mocks: [
        {
          request: { query: OrganisationProfileQuery, variables: { id, peopleFirst: 20 } },
          result: { data: { organisation: organisation(connection('Expert', []), 'javascript:alert(1)') } },
        },
      ],
    });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/javascript:/)).not.toBeInTheDocument();
    expect(screen.getByText('No experts are listed for this organisation yet.')).toBeInTheDocument();
  });

  it('shows not found when the organisation does not exist', async () => {
    renderRoute(<OrganisationProfile id="missing" />, {
      mocks: [
        {
          request: { query: OrganisationProfileQuery, variables: { id: 'missing', peopleFirst: 20 } },
          result: { data: { organisation: null } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisation not found' })).toBeInTheDocument();
  });

  it('shows the people with the contacts each may see', async () => {
    renderRoute(<OrganisationProfile id={id} />, {
      mocks: [
        {
          request: { query: OrganisationProfileQuery, variables: { id, peopleFirst: 20 } },
          result: {
            data: {
              organisation: organisation(
                connection('Expert', [
                  expertNode('e1', 'Anna Ozola', {
                    contacts: { __typename: 'ExpertContacts', email: 'anna@example.lv', phone: '+371 2000 0000', messagingHandle: null },
                  }),
                ]),
              ),
            },
          },
        },
      ],
    });
    const people = await screen.findByRole('region', { name: 'People' });
    expect(within(people).getByRole('link', { name: 'anna@example.lv' })).toHaveAttribute('href', 'mailto:anna@example.lv');
    expect(within(people).getByRole('link', { name: '+371 2000 0000' })).toHaveAttribute('href', 'tel:+37120000000');
    expect(within(people).queryByText('Messaging')).not.toBeInTheDocument();
  });

  it('asks anonymous visitors to sign in to see the people and their contacts', async () => {
    renderRoute(<OrganisationProfile id={id} />, {
      url: '/',
      mocks: [
        {
          request: { query: OrganisationProfileQuery, variables: { id, peopleFirst: 20 } },
          result: { data: { organisation: organisation(null) } },
        },
      ],
    });
    const people = await screen.findByRole('region', { name: 'People' });
    expect(people).toHaveTextContent('Sign in to see the people of this organisation. Contact details are visible to signed-in members.');
    expect(within(people).getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    // The public part of the page is still there.
    expect(screen.getByRole('region', { name: 'Services' })).toBeInTheDocument();
  });
});
