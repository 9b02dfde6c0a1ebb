import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ScenarioResult } from '../scenarios/types.js';
import type { RunInfo } from './environment.js';

/** bench/results/<timestamp>.json (git-ignored): everything measured, per round, for later comparison. */
export function writeJsonReport(resultsDir: string, info: RunInfo, results: ScenarioResult[]): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `bench-${info.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ ...info, results }, null, 2)}\n`);
  return file;
}
