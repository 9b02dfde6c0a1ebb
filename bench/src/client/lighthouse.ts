import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { median } from '../measure/stats.js';
import { REPO_ROOT } from '../paths.js';

const run = promisify(execFile);

/** DESIGN §3: Debian's Chromium kept off the network, with the flags the e2e journeys use (one file for both). */
const CHROME_FLAGS = JSON.parse(readFileSync(path.join(REPO_ROOT, 'e2e/chromium-flags.json'), 'utf8')) as string[];

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** Bytes of JavaScript the page transferred (compressed, as sent). */
  scriptKb: number;
}

interface LighthouseResult {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } }>;
}

/**
 * One Lighthouse 13 run with its defaults (mobile: Moto G Power viewport, 4× CPU slowdown, simulated slow 4G),
 * through its CLI in a child process: Lighthouse and its Chromium never share the bench's event loop.
 */
export async function lighthouse(url: string): Promise<LighthouseRun> {
  const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')), 'cli/index.js');
  const { stdout } = await run(
    process.execPath,
    [
      cli,
      url,
      '--output=json',
      '--output-path=stdout',
      '--only-categories=performance,accessibility',
      '--quiet',
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 180_000,
    },
  );
  const result = JSON.parse(stdout) as LighthouseResult;
  if (result.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.runtimeError.code} ${result.runtimeError.message}`);
  const metric = (id: string) => result.audits[id]?.numericValue ?? Number.NaN;
  const scripts = result.audits['resource-summary']?.details?.items?.find((item) => item.resourceType === 'script');
  return {
    performance: result.categories.performance?.score ?? Number.NaN,
    accessibility: result.categories.accessibility?.score ?? Number.NaN,
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    fcpMs: metric('first-contentful-paint'),
    scriptKb: (scripts?.transferSize ?? Number.NaN) / 1024,
  };
}

/** Each figure's median over several runs of the same page (Lighthouse's own advice for noisy machines). */
export function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const of = (key: keyof LighthouseRun) => median(runs.map((r) => r[key]));
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    lcpMs: of('lcpMs'),
    tbtMs: of('tbtMs'),
    cls: of('cls'),
    fcpMs: of('fcpMs'),
    scriptKb: of('scriptKb'),
  };
}
