import { useTranslation } from 'react-i18next';
import type { VocabList } from '../../app/vocab';
import { useFormat } from '../../ui/useFormat';

/** Parts whose options are keys of a vocabulary: labelled (and translated) as the vocabulary is everywhere. */
const VOCABULARY_OF: Readonly<Record<string, VocabList>> = {
  forms: 'formsOfExploitation',
  actors: 'organisationTypes',
  groups: 'targetGroups',
  services: 'services',
  role: 'roles',
};

export interface PartValue {
  part: string;
  choice: string | null;
  options: string[] | null;
  number: number | null;
  text: string | null;
}

/** Labels of the questionnaire's parts and options, and one answer part as a sentence-sized text. */
export function useBaselineLabels() {
  const { t } = useTranslation('baseline');
  const { t: common } = useTranslation();
  const format = useFormat();
  const part = (question: string, key: string) => t(`part.${question}.${key}`, { defaultValue: key });
  const option = (partKey: string, key: string) => {
    const vocabulary = VOCABULARY_OF[partKey];
    return vocabulary ? common(`vocab.${vocabulary}.${key}`, { defaultValue: key }) : t(`option.${key}`, { defaultValue: key });
  };
  const value = (v: PartValue) => {
    if (v.choice !== null) return option(v.part, v.choice);
    if (v.options !== null) return v.options.length ? v.options.map((o) => option(v.part, o)).join(', ') : t('none');
    if (v.number !== null) return format.number(v.number);
    return v.text ?? t('noAnswer');
  };
  return { part, option, value };
}
