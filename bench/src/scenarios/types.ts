import type { BenchConfig } from '../config.js';
import type { Dataset } from '../dataset/dataset.js';
import type { Comparison } from '../measure/compare.js';

export interface Goal {
  text: string;
  met: boolean;
  /** The measured value the goal was checked against, as shown in the report. */
  measured: string;
}

export interface ComparisonRow {
  name: string;
  comparison: Comparison;
  /** Peak RSS of each side's process during the comparison, MB. */
  peakRssMb: { a: number | null; b: number | null };
  /** 1-minute load average before and after: anything above the core count means other work competed for the CPU. */
  loadAverage: { before: number; after: number };
}

export interface ScenarioResult {
  id: string;
  title: string;
  rows: ComparisonRow[];
  goals: Goal[];
  notes: string[];
  /** Figures that are not an A/B comparison (S8's sizes and Lighthouse scores), printed as tables of their own. */
  tables?: { title: string; header: string[]; rows: string[][] }[];
  /** Scenario-specific detail kept in the JSON file (statement lists, per-query timings…). */
  details?: unknown;
}

export interface BenchContext {
  config: BenchConfig;
  dataset: Dataset;
  postgresUrl: string;
  /** Loads the same dataset into a PGlite folder the first time it is asked for. */
  pgliteDir: () => Promise<string>;
  /** Cookie header of the first demo member. */
  cookie: string;
  logDir: string;
  resultsDir: string;
  log: (line: string) => void;
  /** Results of scenarios already run (S7 reuses S2's PostgreSQL ratio). */
  results: ScenarioResult[];
}
