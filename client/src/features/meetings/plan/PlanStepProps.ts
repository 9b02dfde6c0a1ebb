import type { PlanDraft } from './planDraft';

/** Where the planner may plan, with the countries' names. */
export interface Planning {
  regional: boolean;
  /** Null: any country. */
  countryCodes: readonly string[] | null;
  countries: readonly { code: string; name: string }[];
}

/** What every step of the wizard gets: the draft, a way to change it, and the step's problems in words. */
export interface PlanStepProps {
  draft: PlanDraft;
  update: (patch: Partial<PlanDraft>) => void;
  problemOf: (field: string) => string | undefined;
  planning: Planning;
}
