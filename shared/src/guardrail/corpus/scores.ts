import { detectVictimData } from '../detect.js';
import { GUARDRAIL_KINDS, type Finding, type GuardrailKind } from '../types.js';
import type { CorpusPost } from './post.js';

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface CorpusReport {
  overall: Score;
  byKind: Record<GuardrailKind, Score>;
  /** What went wrong, post by post, to print when a score falls. */
  mistakes: string[];
}

function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  return { truePositives, falsePositives, falseNegatives, precision, recall };
}

type Tally = { tp: number; fp: number; fn: number };

/**
 * Runs the detector over every post. A finding is right when an expected item of the same kind overlaps it: the
 * span may be a little wider or narrower than the corpus wrote it, the author still sees the right passage.
 */
export function scoreCorpus(corpus: readonly CorpusPost[]): CorpusReport {
  const tallies = Object.fromEntries(GUARDRAIL_KINDS.map((kind) => [kind, { tp: 0, fp: 0, fn: 0 }])) as Record<GuardrailKind, Tally>;
  const mistakes: string[] = [];
  for (const post of corpus) {
    const findings = detectVictimData(post.text, { publishedContacts: post.published });
    const expected = post.expected.map(([kind, text]) => {
      const start = post.text.indexOf(text);
      if (start < 0) throw new Error(`${post.id}: expected text "${text}" is not in the post`);
      return { kind, start, end: start + text.length, text };
    });
    const overlaps = (f: Finding, e: (typeof expected)[number]) => f.kind === e.kind && f.start < e.end && e.start < f.end;
    for (const e of expected) {
      const found = findings.some((f) => overlaps(f, e));
      tallies[e.kind][found ? 'tp' : 'fn'] += 1;
      if (!found) mistakes.push(`${post.id}: missed ${e.kind} "${e.text}"`);
    }
    for (const f of findings.filter((finding) => !expected.some((e) => overlaps(finding, e)))) {
      tallies[f.kind].fp += 1;
      mistakes.push(`${post.id}: false ${f.kind} "${f.text}" (${f.reason})`);
    }
  }
  const byKind = Object.fromEntries(
    GUARDRAIL_KINDS.map((kind) => [kind, score(tallies[kind].tp, tallies[kind].fp, tallies[kind].fn)]),
  ) as Record<GuardrailKind, Score>;
  const sum = (key: keyof Tally) => GUARDRAIL_KINDS.reduce((total, kind) => total + tallies[kind][key], 0);
  return { overall: score(sum('tp'), sum('fp'), sum('fn')), byKind, mistakes };
}
