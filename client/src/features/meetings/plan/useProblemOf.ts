import { useTranslation } from 'react-i18next';
import type { Problems } from './planDraft';

/** A field's problem in words, or undefined: what the inputs' `error` props take. */
export function useProblemOf(problems: Problems): (field: string) => string | undefined {
  const { t } = useTranslation();
  return (field) => {
    const problem = problems[field];
    return problem ? t(`meetings.plan.problems.${problem}`) : undefined;
  };
}
