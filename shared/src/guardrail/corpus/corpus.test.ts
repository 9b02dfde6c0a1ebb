import { describe, expect, it } from 'vitest';
import { HELD_OUT } from '../held-out/index.js';
import { GUARDRAIL_KINDS } from '../types.js';
import { CORPUS } from './index.js';
import type { CorpusPost } from './post.js';
import { scoreCorpus } from './scores.js';

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

// The corpus grew with the rules; the held-out corpus was written without reading them. Both must reach the goal.
describe.each([
  ['the test corpus', CORPUS, 60],
  ['the held-out corpus', HELD_OUT, 100],
] as const)('the guardrail on %s', (name: string, posts: readonly CorpusPost[], size: number) => {
  it(`holds at least ${size} posts, half with planted personal data and half clean`, () => {
    const planted = posts.filter((post) => post.expected.length > 0).length;
    expect(posts.length).toBeGreaterThanOrEqual(size);
    expect(planted).toBeGreaterThanOrEqual(posts.length * 0.45);
    expect(posts.length - planted).toBeGreaterThanOrEqual(posts.length * 0.45);
    expect(new Set(posts.map((post) => post.id)).size).toBe(posts.length);
  });

  it('finds what was planted and little else: precision and recall at least 0.95 overall', () => {
    const report = scoreCorpus(posts);
    const rows = GUARDRAIL_KINDS.map((kind) => {
      const s = report.byKind[kind];
      return `${kind.padEnd(20)} precision ${percent(s.precision).padStart(8)}  recall ${percent(s.recall).padStart(8)}  (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`;
    });
    const { overall } = report;
    console.log(
      [
        `Guardrail on ${name}, ${posts.length} posts:`,
        ...rows,
        `${'OVERALL'.padEnd(20)} precision ${percent(overall.precision).padStart(8)}  recall ${percent(overall.recall).padStart(8)}  (tp ${overall.truePositives}, fp ${overall.falsePositives}, fn ${overall.falseNegatives})`,
        ...report.mistakes,
      ].join('\n'),
    );
    expect(overall.precision, report.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(overall.recall, report.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
