import guidelinesFile from './guidelines.json' with { type: 'json' };

/**
 * The CBSS guidelines for municipalities as `guidelines.json` gives them (its `about` says which parts are
 * paraphrases): the guidelines tracker seeds its action points from here, the baseline assessment its questions;
 * both cite the same sources.
 */
export interface GuidelineChapter {
  code: string;
  title: string;
  page: number;
}

export interface GuidelineActionPointReference {
  key: string;
  chapter: string;
  theme: string;
  label: string;
  confirmedInCbssMaterial: boolean;
  sources: string[];
}

export interface BaselineQuestionReference {
  key: string;
  theme: string;
  question: string;
  /** A hint, not a type: "yes/no + text", "number + multi-select" (see `answerTypesNote`). */
  answerType: string;
  topicConfirmed: boolean;
  sources: string[];
}

export interface GuidelineSourceReference {
  id: string;
  title: string;
  year: string;
  publisher: string;
  address: string | null;
}

export const GUIDELINE_CHAPTERS: readonly GuidelineChapter[] = guidelinesFile.chapters;
export const GUIDELINE_ACTION_POINTS: readonly GuidelineActionPointReference[] = guidelinesFile.actionPoints;
export const BASELINE_QUESTIONS: readonly BaselineQuestionReference[] = guidelinesFile.baselineQuestions;
export const GUIDELINE_SOURCES: readonly GuidelineSourceReference[] = guidelinesFile.sources;
