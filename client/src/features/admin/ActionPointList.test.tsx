import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addGuidelineStrings } from '../guidelines/guidelineStrings';
import { renderRoute } from '../../test/render';
import { ActionPointList } from './ActionPointList';
import { AdminActionPointsQuery, RetireActionPointMutation, UpdateActionPointMutation } from './actionPointDocuments';
import { useTranslation } from 'react-i18next';

function Page() {
  const { i18n } = useTranslation();
  addGuidelineStrings(i18n);
  return <ActionPointList />;
}

const point = (
  key: string,
  theme: string,
  label: string,
  translations: { language: string; label: string }[] = [],
  retiredAt: string | null = null,
) => ({
  __typename: 'GuidelineActionPoint',
  key,
  chapter: 'CH3',
  theme,
  position: Number(key.slice(2)),
  label,
  translations: translations.map((t) => ({ __typename: 'GuidelineLabelTranslation', ...t })),
  confirmedInCbssMaterial: true,
  version: 1,
  retiredAt,
});

const ap01 = point('AP01', 'mapping', 'Begin local work with a group.', [{ language: 'lv', label: 'Sākt vietējo darbu.' }]);
const ap02 = point('AP02', 'mapping', 'Identify groups at risk.');
const ap08 = point('AP08', 'referral procedure', 'Develop a local referral mechanism.', [], '2026-11-01T10:00:00Z');
const list = (points: unknown[]) => ({ request: { query: AdminActionPointsQuery }, result: { data: { guidelineActionPoints: points } } });

describe('ActionPointList', () => {
  it('lists the action points by theme, and saves an edited translation', async () => {
    const user = userEvent.setup();
    const edited = {
      ...ap01,
      version: 2,
      translations: [{ __typename: 'GuidelineLabelTranslation', language: 'lv', label: 'Sākt darbu kopā.' }],
    };
    renderRoute(<Page />, {
      path: '/admin/action-points',
      mocks: [
        list([ap01, ap02, ap08]),
        {
          request: {
            query: UpdateActionPointMutation,
            variables: {
              input: {
                key: 'AP01',
                expectedVersion: 1,
                label: 'Begin local work with a group.',
                translations: [{ language: 'lv', label: 'Sākt darbu kopā.' }],
                confirmations: [],
              },
            },
          },
          result: { data: { updateGuidelineActionPoint: edited } },
        },
        list([edited, ap02, ap08]),
      ],
    });
    const mapping = await screen.findByRole('region', { name: 'mapping' });
    expect(
      within(mapping)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-label')),
    ).toEqual(['AP01: Begin local work with a group.', 'AP02: Identify groups at risk.']);
    const referral = screen.getByRole('region', { name: 'referral procedure' });
    expect(within(referral).getByText('Retired')).toBeInTheDocument();
    expect(within(referral).getByRole('button', { name: 'Bring back AP08' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit AP01' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit AP01' });
    const translated = within(dialog).getByRole('textbox', { name: 'Translated label 1' });
    await user.clear(translated);
    await user.type(translated, 'Sākt darbu kopā.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('AP01 saved.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByTestId('translations-AP01')).toHaveTextContent('lv: Sākt darbu kopā.');
  });

  it('says so when someone retired the point meanwhile', async () => {
    const user = userEvent.setup();
    renderRoute(<Page />, {
      path: '/admin/action-points',
      mocks: [
        list([ap02]),
        {
          request: { query: RetireActionPointMutation, variables: { input: { key: 'AP02', expectedVersion: 1, retired: true } } },
          result: { errors: [{ message: 'Someone saved version 2', extensions: { code: 'CONFLICT', currentVersion: 2 } }] },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Retire AP02' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone changed this action point since you opened it.');
  });
});
