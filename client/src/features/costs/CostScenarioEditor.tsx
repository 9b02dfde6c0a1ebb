import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { COST_CURRENCIES, COST_TITLE_MAX, DESCRIPTION_MAX, type CostCurrency } from '@strom/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { CostScenarioEditor_ScenarioFragment } from '../../gql/graphql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { downloadText } from '../../ui/download';
import { FormAlert } from '../../ui/FormAlert';
import { useMutationForm } from '../../ui/useMutationForm';
import { GuardedTextarea, useGuardedText } from '../upkeep/GuardedTextarea';
import { CostLinesEditor } from './CostLinesEditor';
import { CostTotalsPanel } from './CostTotalsPanel';
import { costScenarioCsv } from './costCsv';
import { getFragmentData } from '../../gql';
import { CostCountriesQuery, CostScenarioFieldsFragment, DeleteCostScenarioMutation, SaveCostScenarioMutation } from './costDocuments';
import { draftLine, evaluateDraft, type SavedLine } from './costDraft';
import { MunicipalitySelect } from './MunicipalitySelect';
import { PublishedFigures } from './PublishedFigures';

/** Where an editor starts: a saved scenario, a template, another member's shared scenario, or nothing. */
export interface CostScenarioStart {
  id: string;
  version: number | null;
  mine: boolean;
  title: string;
  summary: string;
  countryCode: string;
  municipalityId: string | null;
  currency: CostCurrency;
  priceYear: number;
  shared: boolean;
  templateKey: string | null;
  lines: SavedLine[];
}

export function startOf(scenario: CostScenarioEditor_ScenarioFragment): CostScenarioStart {
  return { ...scenario, summary: scenario.summary ?? '', version: scenario.version, lines: scenario.lines };
}

/**
 * The scenario editor: every number is checked and totalled as the member types by the shared formula, the one the
 * server saves with, so the preview and the saved total agree to the cent.
 */
export function CostScenarioEditor({ start }: { start: CostScenarioStart }) {
  const { t } = useTranslation('costs');
  const navigate = useNavigate();
  const [title, setTitle] = useState(start.title);
  const summary = useGuardedText(start.summary);
  const [countryCode, setCountryCode] = useState(start.countryCode);
  const [municipalityId, setMunicipalityId] = useState(start.municipalityId);
  const [currency, setCurrency] = useState<CostCurrency>(start.currency);
  const [priceYear, setPriceYear] = useState(String(start.priceYear));
  const [shared, setShared] = useState(start.shared);
  const [lines, setLines] = useState(() => start.lines.map(draftLine));
  const [savedVersion, setSavedVersion] = useState(start.version);
  // A new scenario's first save moves to its own address; the notice travels along.
  const location = useLocation();
  const [justSaved, setJustSaved] = useState(Boolean((location.state as { saved?: boolean } | null)?.saved));
  const evaluation = useMemo(() => evaluateDraft(lines), [lines]);
  const countries = useQuery(CostCountriesQuery);
  const [save] = useMutation(SaveCostScenarioMutation);
  const [remove] = useMutation(DeleteCostScenarioMutation);
  const readOnly = !start.mine;

  const form = useMutationForm(
    async () => {
      setJustSaved(false);
      const result = await save({
        variables: {
          input: {
            id: start.id,
            expectedVersion: savedVersion,
            title,
            summary: summary.text || null,
            confirmations: summary.confirmations,
            countryCode,
            municipalityId,
            currency,
            priceYear: Number(priceYear),
            shared,
            templateKey: start.templateKey,
            lines: lines.map((line, index) => ({ ...evaluation.lines[index]!, sourceNote: line.sourceNote || null })),
          },
        },
      });
      const saved = getFragmentData(CostScenarioFieldsFragment, result.data?.saveCostScenario);
      if (!saved) return;
      setSavedVersion(saved.version);
      setJustSaved(true);
      if (start.version === null) await navigate(`/costs/${saved.id}`, { replace: true, state: { saved: true } });
    },
    { CONFLICT: t('editor.conflict') },
  );

  const countryOptions = (countries.data?.countries ?? []).map((country) => ({ value: country.code, label: country.name }));
  const countryName = countryOptions.find((option) => option.value === countryCode)?.label ?? null;

  return (
    <Stack gap="lg">
      {readOnly && <Text>{t('editor.readOnly')}</Text>}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit();
        }}
      >
        <Stack gap="md">
          <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
            <Stack gap="md">
              <TextInput
                label={t('editor.scenarioTitle')}
                description={t('editor.titleHint')}
                required
                maxLength={COST_TITLE_MAX}
                value={title}
                error={form.fieldErrors['input.title'] ?? form.fieldErrors.title}
                onChange={(event) => setTitle(event.currentTarget.value)}
              />
              <GuardedTextarea label={t('editor.summary')} value={summary} maxLength={DESCRIPTION_MAX} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  label={t('editor.country')}
                  data={countryOptions.length ? countryOptions : [{ value: countryCode, label: countryCode }]}
                  value={countryCode}
                  onChange={(event) => {
                    // A municipality belongs to one country: another country's list does not hold it.
                    if (event.currentTarget.value !== countryCode) setMunicipalityId(null);
                    setCountryCode(event.currentTarget.value);
                  }}
                />
                <MunicipalitySelect
                  label={t('editor.municipality')}
                  description={t('editor.municipalityHint')}
                  countryCode={countryCode}
                  value={municipalityId}
                  onChange={setMunicipalityId}
                  error={form.fieldErrors['input.municipalityId']}
                  disabled={readOnly}
                />
                <NativeSelect
                  label={t('editor.currency')}
                  data={[...COST_CURRENCIES]}
                  value={currency}
                  onChange={(event) => setCurrency(event.currentTarget.value as CostCurrency)}
                />
                <TextInput
                  label={t('editor.priceYear')}
                  inputMode="numeric"
                  value={priceYear}
                  error={form.fieldErrors['input.priceYear'] ?? form.fieldErrors.priceYear}
                  onChange={(event) => setPriceYear(event.currentTarget.value)}
                />
              </SimpleGrid>
              <Checkbox label={t('editor.shared')} checked={shared} onChange={(event) => setShared(event.currentTarget.checked)} />
            </Stack>
          </fieldset>
          <Title order={2} size="h3">
            {t('lines.title')}
          </Title>
          <CostLinesEditor
            lines={lines}
            onChange={(next) => {
              setJustSaved(false);
              setLines(next);
            }}
            currency={currency}
            problems={evaluation.problems}
            lineTotals={evaluation.totals?.lineTotals ?? null}
            readOnly={readOnly}
          />
          <Title order={2} size="h3">
            {t('totals.title')}
          </Title>
          <CostTotalsPanel totals={evaluation.totals} currency={currency} />
          {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
          {justSaved && <FormAlert kind="success">{t('editor.saved')}</FormAlert>}
          <Group>
            {!readOnly && (
              <Button type="submit" loading={form.pending} disabled={evaluation.totals === null}>
                {t('editor.save')}
              </Button>
            )}
            {readOnly && (
              <Button variant="outline" onClick={() => void navigate(`/costs/new?from=${start.id}`)}>
                {t('editor.copy')}
              </Button>
            )}
            {evaluation.totals && (
              <Button
                variant="outline"
                onClick={() =>
                  downloadText(
                    `${title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60) || 'scenario'}.csv`,
                    costScenarioCsv(
                      { title, currency, priceYear: Number(priceYear) },
                      evaluation.lines.map((line, i) => ({ ...line, sourceNote: lines[i]?.sourceNote })),
                      evaluation.totals!,
                    ),
                    'text/csv',
                  )
                }
              >
                {t('editor.exportCsv')}
              </Button>
            )}
            {!readOnly && savedVersion !== null && (
              <ConfirmButton
                variant="outline"
                color="red"
                label={t('editor.delete')}
                question={t('editor.deleteConfirm')}
                confirmLabel={t('editor.delete')}
                onConfirm={async () => {
                  await remove({ variables: { id: start.id }, update: (cache) => cache.evict({ id: `CostScenario:${start.id}` }) });
                  await navigate('/costs', { state: { notice: t('editor.deleted') } });
                }}
              />
            )}
          </Group>
        </Stack>
      </form>
      <PublishedFigures country={countryName} />
    </Stack>
  );
}
