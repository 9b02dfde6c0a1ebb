import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { UpdateMyProfileMutation } from './ProfileForm';
import { MyProfileQuery, ProfileSection } from './ProfileSection';

function profile(version: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Expert',
    id: 'e1',
    version,
    fullName: 'Anna Ozola',
    title: 'Social worker',
    bio: null,
    languages: ['lv'],
    formsOfExploitation: ['LABOUR_EXPLOITATION'],
    topics: ['hotlines'],
    availableForConsultation: true,
    contacts: { __typename: 'ExpertContacts', email: 'anna@example.lv', phone: null, messagingHandle: null },
    contactVisibility: { __typename: 'ContactVisibilitySettings', email: 'NETWORK', phone: 'COUNTRY', messagingHandle: 'NOBODY' },
    ...overrides,
  };
}

function myProfile(version: number, overrides: Record<string, unknown> = {}) {
  return { data: { viewer: { __typename: 'Viewer', id: 'user-1', expert: profile(version, overrides) } } };
}

// Everything the form sends for the profile above, with the title changed.
function input(expectedVersion: number, title: string) {
  return {
    expectedVersion,
    fullName: 'Anna Ozola',
    title,
    bio: null,
    languages: ['lv'],
    formsOfExploitation: ['LABOUR_EXPLOITATION'],
    topics: ['hotlines'],
    availableForConsultation: true,
    email: 'anna@example.lv',
    phone: null,
    messagingHandle: null,
    emailVisibility: 'NETWORK',
    phoneVisibility: 'COUNTRY',
    messagingHandleVisibility: 'NOBODY',
    confirmations: [],
  };
}

describe('profile form', () => {
  it('fills the form from the profile, with each contact and who may see it', async () => {
    renderRoute(<ProfileSection />, { mocks: [{ request: { query: MyProfileQuery }, result: myProfile(3) }] });
    expect(await screen.findByLabelText(/^Full name/)).toHaveValue('Anna Ozola');
    expect(screen.getByLabelText('Work email')).toHaveValue('anna@example.lv');
    expect(screen.getByRole('combobox', { name: 'Who sees: Work email' })).toHaveValue('NETWORK');
    expect(screen.getByRole('combobox', { name: 'Who sees: Phone' })).toHaveValue('COUNTRY');
    expect(screen.getByRole('checkbox', { name: 'Latvian' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Forced labour or services' })).toBeChecked();
  });

  it('names "only coordinators of my country" for what it is, explains each level and previews each reader', async () => {
    const user = userEvent.setup();
    renderRoute(<ProfileSection />, {
      mocks: [
        {
          request: { query: MyProfileQuery },
          result: myProfile(3, {
            contacts: { __typename: 'ExpertContacts', email: 'anna@example.lv', phone: '+371 2612 3456', messagingHandle: null },
          }),
        },
      ],
    });
    const phoneVisibility = await screen.findByRole('combobox', { name: 'Who sees: Phone' });
    expect(within(phoneVisibility).getByRole('option', { name: 'Only coordinators of my country' })).toHaveValue('NOBODY');
    expect(phoneVisibility).toHaveAccessibleDescription(/Members whose own country is yours/);
    const preview = screen.getByRole('region', { name: 'Who sees what' });
    const line = (reader: string) => [...preview.querySelectorAll('li')].find((li) => li.textContent?.startsWith(reader))?.textContent;
    expect(line('A member in another country')).toBe('A member in another country: Sees: Work email anna@example.lv');
    expect(line('A member in your country')).toMatch(/Phone \+371 2612 3456/);
    expect(line('A visitor who is not signed in')).toMatch(/Sees none of your contact details/);

    await user.selectOptions(phoneVisibility, 'NOBODY');
    expect(phoneVisibility).toHaveAccessibleDescription(/Hidden from every member except your country's coordinators/);
    expect(line('A member in your country')).not.toMatch(/Phone/);
    expect(line('A coordinator of your country')).toMatch(/Phone \+371 2612 3456/);
  });

  it('shows how complete the profile is and what is still missing, as the member types', async () => {
    const user = userEvent.setup();
    renderRoute(<ProfileSection />, {
      mocks: [{ request: { query: MyProfileQuery }, result: myProfile(3, { title: null, languages: [] }) }],
    });
    expect(await screen.findByText(/^2 of 4 essentials filled\. Still missing: job title, languages you work in\./)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Profile 2 of 4 complete' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Job title'), 'Social worker');
    expect(screen.getByText(/^3 of 4 essentials filled\. Still missing: languages you work in\./)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Latvian' }));
    expect(screen.getByText('Your profile is complete: colleagues can find and reach you.')).toBeInTheDocument();
  });

  it('on CONFLICT keeps the edits, explains, and reloads the newer version on request', async () => {
    const user = userEvent.setup();
    renderRoute(<ProfileSection />, {
      mocks: [
        { request: { query: MyProfileQuery }, result: myProfile(3) },
        {
          request: { query: UpdateMyProfileMutation, variables: { input: input(3, 'Case manager') } },
          result: { errors: [{ message: 'Someone else changed this profile', extensions: { code: 'CONFLICT' } }] },
        },
        { request: { query: MyProfileQuery }, result: myProfile(4, { title: 'Senior social worker' }) },
      ],
    });

    const title = await screen.findByLabelText('Job title');
    await user.clear(title);
    await user.type(title, 'Case manager');
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your changes were not saved');
    expect(alert).toHaveTextContent('Someone else changed this profile while you were editing it.');
    expect(screen.getByLabelText('Job title')).toHaveValue('Case manager');

    await user.click(screen.getByRole('button', { name: 'Reload the profile' }));
    await waitFor(() => expect(screen.getByLabelText('Job title')).toHaveValue('Senior social worker'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the server’s field errors next to their fields', async () => {
    const user = userEvent.setup();
    renderRoute(<ProfileSection />, {
      mocks: [
        { request: { query: MyProfileQuery }, result: myProfile(3) },
        {
          request: { query: UpdateMyProfileMutation, variables: { input: input(3, 'x'.repeat(3)) } },
          result: {
            errors: [
              {
                message: 'Invalid input',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fieldErrors: [
                    { field: 'title', message: 'The title must be longer.' },
                    { field: 'input.email', message: 'Enter a valid email address.' },
                  ],
                },
              },
            ],
          },
        },
      ],
    });

    const title = await screen.findByLabelText('Job title');
    await user.clear(title);
    await user.type(title, 'xxx');
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Check the highlighted fields.');
    expect(screen.getByLabelText('Job title')).toHaveAccessibleDescription('The title must be longer.');
    expect(screen.getByLabelText('Work email')).toHaveAccessibleDescription('Enter a valid email address.');
    expect(screen.getByLabelText('Job title')).toHaveAttribute('aria-invalid', 'true');
    // Focus goes to the first field to fix.
    expect(screen.getByLabelText('Job title')).toHaveFocus();
  });

  it('saves, then says so and starts again from the saved version', async () => {
    const user = userEvent.setup();
    renderRoute(<ProfileSection />, {
      mocks: [
        { request: { query: MyProfileQuery }, result: myProfile(3) },
        {
          request: { query: UpdateMyProfileMutation, variables: { input: input(3, 'Case manager') } },
          result: { data: { updateMyProfile: profile(4, { title: 'Case manager' }) } },
        },
      ],
    });
    const title = await screen.findByLabelText('Job title');
    await user.clear(title);
    await user.type(title, 'Case manager');
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));
    const notice = await screen.findByTestId('form-success');
    expect(notice).toHaveTextContent('Your profile was saved.');
    expect(notice).toHaveAttribute('role', 'status');
    // Beside the Save button, and focused, since the button it was on has been replaced.
    const save = screen.getByRole('button', { name: 'Save the profile' });
    expect(save.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(notice.parentElement).toHaveFocus();
    expect(screen.getByLabelText('Job title')).toHaveValue('Case manager');
  });

  it('asks before leaving with unsaved changes', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(
      <>
        <Link to="/elsewhere">Elsewhere</Link>
        <ProfileSection />
      </>,
      {
        mocks: [{ request: { query: MyProfileQuery }, result: myProfile(3) }],
        otherRoutes: [{ path: '/elsewhere', element: <p>Left</p> }],
      },
    );
    await user.type(await screen.findByLabelText('Job title'), ' and trainer');
    await user.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(await screen.findByText('Leave this page and lose the changes to your profile?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stay and save' }));
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByLabelText('Job title')).toHaveValue('Social worker and trainer');
  });

  it('does not send a profile without a name', async () => {
    const user = userEvent.setup();
    renderRoute(<ProfileSection />, { mocks: [{ request: { query: MyProfileQuery }, result: myProfile(3) }] });
    await user.clear(await screen.findByLabelText(/^Full name/));
    await user.click(screen.getByRole('button', { name: 'Save the profile' }));
    expect(screen.getByLabelText(/^Full name/)).toHaveAccessibleDescription('Enter your full name.');
    expect(screen.getByLabelText(/^Full name/)).toHaveFocus();
  });
});

describe('ProfileSection and the victim-data guardrail', () => {
  it('marks victim data in the bio as the member types, and sends the findings the member confirmed', async () => {
    const user = userEvent.setup();
    const bio = 'The victim Anna Kowalska called from +48 601 234 567.';
    const confirmations = [
      { kind: 'NAME_WITH_CASE_WORD', text: 'Anna Kowalska' },
      { kind: 'PHONE', text: '+48 601 234 567' },
    ];
    renderRoute(<ProfileSection />, {
      mocks: [
        { request: { query: MyProfileQuery }, result: myProfile(3) },
        {
          request: { query: UpdateMyProfileMutation, variables: { input: { ...input(3, 'Social worker'), bio, confirmations } } },
          result: { data: { updateMyProfile: profile(4, { bio }) } },
        },
      ],
    });
    // Nothing to review in the profile as it was saved.
    expect(await screen.findByLabelText('About you')).toHaveValue('');
    expect(screen.queryByRole('region', { name: /^Victims' personal data/ })).not.toBeInTheDocument();

    // Pasted, not typed key by key: the guardrail reads the text after a pause either way.
    await user.click(screen.getByLabelText('About you'));
    await user.paste(bio);
    const panel = await screen.findByRole('region', { name: "Victims' personal data in “About you”" });
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-label')),
    ).toEqual(['Name next to a case word: Anna Kowalska', 'Phone number: +48 601 234 567']);
    await user.click(within(panel).getByRole('button', { name: "This is not a victim's personal data: “Anna Kowalska”" }));
    await user.click(within(panel).getByRole('button', { name: "This is not a victim's personal data: “+48 601 234 567”" }));
    expect(within(panel).getByRole('status')).toHaveTextContent("You confirmed that every marked passage is not a victim's personal data.");

    await user.click(screen.getByRole('button', { name: 'Save the profile' }));
    expect(await screen.findByTestId('form-success')).toHaveTextContent('Your profile was saved.');
  });
});
