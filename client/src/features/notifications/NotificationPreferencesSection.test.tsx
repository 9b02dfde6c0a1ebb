import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import {
  NotificationPreferencesQuery,
  NotificationPreferencesSection,
  UpdateNotificationPreferencesMutation,
} from './NotificationPreferencesSection';

const saved = { __typename: 'NotificationPreferences', mentionEmails: true, digest: 'DAILY', digestWeekday: 1 };

describe('NotificationPreferencesSection', () => {
  it('shows the saved choice, asks for a weekday only for a weekly digest, and saves', async () => {
    const user = userEvent.setup();
    const chosen = { mentionEmails: false, digest: 'WEEKLY', digestWeekday: 5 };
    renderRoute(<NotificationPreferencesSection />, {
      mocks: [
        { request: { query: NotificationPreferencesQuery }, result: { data: { notificationPreferences: saved } } },
        {
          request: { query: UpdateNotificationPreferencesMutation, variables: { input: chosen } },
          result: { data: { updateNotificationPreferences: { __typename: 'NotificationPreferences', ...chosen } } },
        },
      ],
    });
    const mentions = await screen.findByRole('checkbox', { name: 'E-mail me at once when someone mentions me' });
    expect(mentions).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Daily' })).toBeChecked();
    expect(screen.queryByRole('combobox', { name: 'Day of the weekly digest' })).not.toBeInTheDocument();

    await user.click(mentions);
    await user.click(screen.getByRole('radio', { name: 'Weekly' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Day of the weekly digest' }), 'Friday');
    await user.click(screen.getByRole('button', { name: 'Save e-mail settings' }));
    expect(await screen.findByText('Your e-mail settings are saved.')).toBeInTheDocument();
  });

  it('shows the server’s refusal', async () => {
    const user = userEvent.setup();
    renderRoute(<NotificationPreferencesSection />, {
      mocks: [
        { request: { query: NotificationPreferencesQuery }, result: { data: { notificationPreferences: saved } } },
        {
          request: {
            query: UpdateNotificationPreferencesMutation,
            variables: { input: { mentionEmails: true, digest: 'DAILY', digestWeekday: 1 } },
          },
          error: new Error('offline'),
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Save e-mail settings' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByText('Your e-mail settings are saved.')).not.toBeInTheDocument();
  });
});
