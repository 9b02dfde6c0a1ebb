import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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
  /** Main-thread work and the scripts' part of it (Lighthouse's diagnostics; they follow the machine's load less than TBT). */
  mainThreadMs: number;
  bootupMs: number;
  /** Bytes of JavaScript the page transferred (compressed, as sent). */
  scriptKb: number;
  /** Requests finished before the observed (unthrottled) LCP: the chain the page waits on, independent of CPU load. */
  requestsBeforeLcp: number;
  /** Of those, the JavaScript, compressed as sent. */
  scriptKbBeforeLcp: number;
}

interface NetworkRequest {
  url: string;
  resourceType?: string;
  transferSize?: number;
  networkEndTime?: number;
}

interface LighthouseResult {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null }>;
  audits: Record<
    string,
    {
      numericValue?: number;
      details?: {
        items?: (NetworkRequest & { observedLargestContentfulPaintTs?: number })[];
        debugData?: { networkStartTimeTs?: number };
      };
    }
  >;
}

/** The requests that ended before the LCP the trace observed (timestamps in µs; request times in ms after the first request). */
function beforeLcp(result: LighthouseResult): NetworkRequest[] {
  const lcpTs = result.audits['metrics']?.details?.items?.[0]?.observedLargestContentfulPaintTs;
  const network = result.audits['network-requests']?.details;
  const startTs = network?.debugData?.networkStartTimeTs;
  if (lcpTs === undefined || startTs === undefined) return [];
  return (network?.items ?? []).filter((r) => r.networkEndTime !== undefined && startTs + r.networkEndTime * 1000 <= lcpTs);
}

/**
 * One Lighthouse 13 run with its defaults (mobile: Moto G Power viewport, 4× CPU slowdown, simulated slow 4G),
 * through its CLI in a child process: Lighthouse and its Chromium never share the bench's event loop.
 */
export async function lighthouse(url: string, options: { cookie?: string; reportPath?: string } = {}): Promise<LighthouseRun> {
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
      // A signed-in page: every request of the page carries the member's session, as the browser's cookie would.
      ...(options.cookie ? [`--extra-headers=${JSON.stringify({ Cookie: options.cookie })}`] : []),
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 180_000,
    },
  );
  // The whole report, to read which audits cost points (kept with BENCH_KEEP_LOGS=true).
  if (options.reportPath) writeFileSync(options.reportPath, stdout);
  const result = JSON.parse(stdout) as LighthouseResult;
  if (result.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.runtimeError.code} ${result.runtimeError.message}`);
  const metric = (id: string) => result.audits[id]?.numericValue ?? Number.NaN;
  const early = beforeLcp(result);
  const scripts = result.audits['resource-summary']?.details?.items?.find((item) => item.resourceType === 'script');
  return {
    performance: result.categories.performance?.score ?? Number.NaN,
    accessibility: result.categories.accessibility?.score ?? Number.NaN,
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    fcpMs: metric('first-contentful-paint'),
    mainThreadMs: metric('mainthread-work-breakdown'),
    bootupMs: metric('bootup-time'),
    scriptKb: (scripts?.transferSize ?? Number.NaN) / 1024,
    requestsBeforeLcp: early.length,
    scriptKbBeforeLcp: early.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024,
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
    mainThreadMs: of('mainThreadMs'),
    bootupMs: of('bootupMs'),
    scriptKb: of('scriptKb'),
    requestsBeforeLcp: of('requestsBeforeLcp'),
    scriptKbBeforeLcp: of('scriptKbBeforeLcp'),
  };
}
