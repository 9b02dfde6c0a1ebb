import { describe, expect, it } from 'vitest';
import { GUARDRAIL_KINDS } from '../types.js';
import { CORPUS } from './index.js';
import { scoreCorpus } from './scores.js';

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

describe('the guardrail on the test corpus', () => {
  it('holds at least 60 posts, half with planted personal data and half clean', () => {
    const planted = CORPUS.filter((post) => post.expected.length > 0).length;
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(planted).toBeGreaterThanOrEqual(CORPUS.length * 0.45);
    expect(CORPUS.length - planted).toBeGreaterThanOrEqual(CORPUS.length * 0.45);
    expect(new Set(CORPUS.map((post) => post.id)).size).toBe(CORPUS.length);
  });

  it('finds what was planted and little else: precision and recall at least 0.95 overall', () => {
    const report = scoreCorpus(CORPUS);
    const rows = GUARDRAIL_KINDS.map((kind) => {
      const s = report.byKind[kind];
      return `${kind.padEnd(20)} precision ${percent(s.precision).padStart(8)}  recall ${percent(s.recall).padStart(8)}  (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`;
    });
    const { overall } = report;
    console.log(
      [
        `Guardrail on ${CORPUS.length} posts:`,
        ...rows,
        `${'OVERALL'.padEnd(20)} precision ${percent(overall.precision).padStart(8)}  recall ${percent(overall.recall).padStart(8)}  (tp ${overall.truePositives}, fp ${overall.falsePositives}, fn ${overall.falseNegatives})`,
        ...report.mistakes,
      ].join('\n'),
    );
    expect(overall.precision, report.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(overall.recall, report.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
