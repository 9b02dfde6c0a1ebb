import { Checkbox, NumberInput, Radio, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { BASELINE_TEXT_MAX, type GuardrailConfirmation } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import type { BaselineQuestionsQuery } from '../../gql/graphql';
import { FieldGuardrail } from '../guardrail/FieldGuardrail';
import { useBaselineLabels } from './useBaselineLabels';

export type PartDraft = string | number | string[] | undefined;
type Part = BaselineQuestionsQuery['baselineQuestions'][number]['parts'][number];

interface Props {
  question: string;
  part: Part;
  value: PartDraft;
  error?: string;
  onChange: (value: PartDraft) => void;
  /** The form's guardrail confirmations, shared by every text answer and sent with the save. */
  guard: {
    confirmations: readonly GuardrailConfirmation[];
    onConfirmationsChange: (confirmations: GuardrailConfirmation[]) => void;
  };
}

/** Few choices read best as radio buttons; a long vocabulary (chain roles) as a select. */
const RADIO_MAX = 5;

/** One typed part of an answer, with the input its kind takes. */
export function BaselinePartField({ question, part, value, error, onChange, guard }: Props) {
  const { t } = useTranslation('baseline');
  const labels = useBaselineLabels();
  const label = labels.part(question, part.key);
  const description = part.optional ? `${t(`kind.${part.kind}`)} · ${t('optional')}` : t(`kind.${part.kind}`);
  const options = part.options.map((o) => ({ value: o, label: labels.option(part.key, o) }));
  switch (part.kind) {
    case 'CHOICE':
      return part.options.length <= RADIO_MAX ? (
        <Radio.Group
          label={label}
          description={description}
          error={error}
          value={typeof value === 'string' ? value : null}
          onChange={onChange}
        >
          <Stack gap={6} mt={6}>
            {options.map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} />
            ))}
          </Stack>
        </Radio.Group>
      ) : (
        <Select
          label={label}
          description={description}
          error={error}
          data={options}
          clearable
          value={typeof value === 'string' ? value : null}
          onChange={(v) => onChange(v ?? undefined)}
        />
      );
    case 'MULTI':
      return (
        <Checkbox.Group label={label} description={description} error={error} value={Array.isArray(value) ? value : []} onChange={onChange}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
            {options.map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      );
    case 'TEXT': {
      const text = typeof value === 'string' ? value : '';
      // The server checks every text answer on each save, so the guardrail looks at them all, not only changed ones.
      return (
        <Stack gap="xs">
          <Textarea
            label={label}
            description={description}
            error={error}
            autosize
            minRows={2}
            maxLength={BASELINE_TEXT_MAX}
            value={text}
            onChange={(event) => onChange(event.currentTarget.value)}
          />
          <FieldGuardrail label={label} text={text} onTextChange={onChange} headingOrder={3} {...guard} />
        </Stack>
      );
    }
    default:
      return (
        <NumberInput
          label={label}
          description={description}
          error={error}
          min={part.kind === 'RATING' ? 1 : 0}
          max={part.max ?? undefined}
          allowDecimal={false}
          allowNegative={false}
          value={typeof value === 'number' ? value : ''}
          onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
          maw={240}
        />
      );
  }
}
