import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { estonia, latvia } from '../../test/fixtures';
import { renderRoute, searchOf } from '../../test/render';
import { PlaceFilterCountriesQuery } from '../places/PlaceFilters';
import { BaselineQuestionsQuery, BaselineRegionComparisonQuery } from './baselineDocuments';
import { BaselineRegionPage } from './BaselineRegionPage';
import { useBaselineStrings } from './baselineStrings';

function Page() {
  useBaselineStrings();
  return <BaselineRegionPage />;
}

const part = (key: string, options: string[]) => ({ __typename: 'BaselinePart', key, kind: 'CHOICE', options, max: null, optional: false });
const questions = [
  {
    __typename: 'BaselineQuestion',
    key: 'BQ05',
    theme: 'Referral',
    question: 'Is there a referral procedure?',
    required: true,
    parts: [part('procedure', ['YES', 'PARTLY', 'NO'])],
  },
  {
    __typename: 'BaselineQuestion',
    key: 'BQ03',
    theme: 'Cooperation',
    question: 'Is there a working group?',
    required: true,
    // A frequency is not a yes/partly/no answer: left out of the table.
    parts: [part('exists', ['YES', 'NO']), part('frequency', ['MONTHLY', 'YEARLY'])],
  },
];

const row = (country: typeof latvia, question: string, partKey: string, counted: number, counts: [string, number][]) => ({
  __typename: 'BaselineRegionRow',
  countryCode: country.code,
  countryName: country.name,
  counted,
  question,
  part: partKey,
  answered: counts.reduce((sum, [, n]) => sum + n, 0),
  counts: counts.map(([option, count]) => ({ __typename: 'BaselineOptionCount', option, count })),
});

const rows = [
  row(estonia, 'BQ03', 'exists', 2, [
    ['YES', 1],
    ['NO', 1],
  ]),
  row(estonia, 'BQ03', 'frequency', 2, [
    ['MONTHLY', 1],
    ['YEARLY', 0],
  ]),
  row(estonia, 'BQ05', 'procedure', 2, [
    ['YES', 0],
    ['PARTLY', 1],
    ['NO', 0],
  ]),
  row(latvia, 'BQ05', 'procedure', 3, [
    ['YES', 2],
    ['PARTLY', 0],
    ['NO', 1],
  ]),
];

const year = new Date().getFullYear();
const mocks = [
  { request: { query: BaselineQuestionsQuery }, result: { data: { baselineQuestions: questions } } },
  { request: { query: PlaceFilterCountriesQuery }, result: { data: { countries: [estonia, latvia] } } },
  {
    request: { query: BaselineRegionComparisonQuery, variables: { year, countryCode: null } },
    result: { data: { baselineRegionComparison: rows } },
  },
  {
    request: { query: BaselineRegionComparisonQuery, variables: { year, countryCode: 'LV' } },
    result: { data: { baselineRegionComparison: rows.filter((r) => r.countryCode === 'LV') } },
  },
  {
    request: { query: BaselineRegionComparisonQuery, variables: { year: 2019, countryCode: null } },
    result: { data: { baselineRegionComparison: [] } },
  },
];

const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

describe('BaselineRegionPage', () => {
  it('counts yes, partly and no per question and country, in questionnaire order, and filters by country and year', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(<Page />, { path: '/baseline/compare', mocks });
    const table = await screen.findByRole('table', { name: `Answers per question and country, ${year}` });
    expect(cells(table)).toEqual([
      ['Country', 'Yes', 'Partly', 'No', 'Answered', 'Share'],
      ['BQ05 · Is there a referral procedure?: Written local referral procedure'],
      ['Estonia', '0', '1', '0', '1 of 2', ''],
      ['Latvia', '2', '0', '1', '3 of 3', ''],
      ['BQ03 · Is there a working group?: Is there such a group?'],
      ['Estonia', '1', '—', '1', '2 of 2', ''],
    ]);

    const country = await screen.findByRole('combobox', { name: 'Country' });
    // The countries arrive with their own query: choose once Latvia is offered, as a reader would.
    await within(country).findByRole('option', { name: 'Latvia' });
    await user.selectOptions(country, 'LV');
    expect(searchOf(router)).toEqual({ country: 'LV' });
    await screen.findByText((_, element) => element?.tagName === 'TH' && element.textContent === 'Latvia');
    expect(cells(screen.getByRole('table')).map((r) => r[0])).toEqual([
      'Country',
      'BQ05 · Is there a referral procedure?: Written local referral procedure',
      'Latvia',
    ]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Year' }), '2019');
    expect(await screen.findByText('No municipality has a submitted or accepted assessment for 2019.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('tells a member without access plainly', async () => {
    renderRoute(<Page />, {
      path: '/baseline/compare',
      mocks: [
        mocks[0]!,
        mocks[1]!,
        {
          request: { query: BaselineRegionComparisonQuery, variables: { year, countryCode: null } },
          result: { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] },
        },
      ],
    });
    expect(await screen.findByText(/Only coordinators, TF-THB members and admins compare baseline answers/)).toBeInTheDocument();
  });
});
