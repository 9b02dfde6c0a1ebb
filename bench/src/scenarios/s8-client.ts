import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { emptyReactInitialJs, initialJs } from '../client/bundle-size.js';
import { s8Pages, selectedPages, signInDemoMember, type S8Page } from '../client/demo-pages.js';
import { lighthouse, medianRun, type LighthouseRun } from '../client/lighthouse.js';
import { startStrom } from '../measure/strom-server.js';
import { REPO_ROOT } from '../paths.js';
import { withServices } from './services.js';
import type { BenchContext, ScenarioResult } from './types.js';

const CLIENT_DIST = path.join(REPO_ROOT, 'client/dist');
const GOALS = { initialGzipKb: 150, performance: 0.9, cls: 0.1, tbtMs: 200 };

/**
 * S8: what the client costs a phone. The initial JS of the build (entry and preloaded modules, gzip as served)
 * against an empty Vite + React build, then Lighthouse 13 with its mobile defaults on each page of the built
 * server (NODE_ENV=production, the demo network in memory), median of BENCH_LIGHTHOUSE_RUNS runs per page: the
 * pages a visitor opens first, and the forum and meeting pages (client/demo-pages.ts; the meeting pages signed in).
 */
export async function runS8(ctx: Pick<BenchContext, 'config' | 'logDir' | 'log'>): Promise<ScenarioResult> {
  if (!existsSync(path.join(CLIENT_DIST, 'index.html')))
    throw new Error(`${CLIENT_DIST} is missing: run \`pnpm bench\` (it builds the client).`);
  const [ours, empty] = [await initialJs(CLIENT_DIST), await emptyReactInitialJs()];
  ctx.log(`S8: initial JS ${ours.gzipKb.toFixed(1)} KB gzip (empty Vite + React: ${empty.gzipKb.toFixed(1)} KB)`);

  const port = await freePort();
  const loadBefore = os.loadavg()[0] ?? Number.NaN;
  const pages = await withServices(
    [startStrom({ kind: 'demo' }, { logDir: ctx.logDir, label: 's8-server', port, logLevel: 'warn' })],
    async ([server]) => {
      if (!server) throw new Error('no server');
      const cookie = await signInDemoMember(server.url);
      const toMeasure = selectedPages(await s8Pages(server.url, cookie));
      // Once more if Lighthouse fails to record the load (NO_NAVSTART and the like happen on a loaded machine).
      const open = (page: S8Page, runIndex: number) => {
        const reportPath = path.join(ctx.logDir, `lighthouse-${page.route.replaceAll(/[^a-z0-9]+/gi, '_')}-${runIndex + 1}.json`);
        const run = () => lighthouse(new URL(page.path, server.url).href, { reportPath, ...(page.signedIn ? { cookie } : {}) });
        return run().catch((error: unknown) => {
          ctx.log(`S8: Lighthouse ${page.route} failed, once more: ${String(error).split('\n')[1] ?? String(error)}`);
          return run();
        });
      };
      // The first request of each page compiles the server's code paths; the browser should not pay for that.
      for (const page of toMeasure) await fetch(new URL(page.path, server.url)).then((r) => r.text());
      const measured: { page: S8Page; run: LighthouseRun }[] = [];
      for (const page of toMeasure) {
        const runs: LighthouseRun[] = [];
        for (let i = 0; i < ctx.config.lighthouseRuns; i++) {
          runs.push(await open(page, i));
          ctx.log(`S8: Lighthouse ${page.route} run ${i + 1}/${ctx.config.lighthouseRuns}: performance ${runs.at(-1)?.performance}`);
        }
        measured.push({ page, run: medianRun(runs) });
      }
      return measured;
    },
  );

  const loadAfter = os.loadavg()[0] ?? Number.NaN;
  const worst = (pick: (run: LighthouseRun) => number, better: 'higher' | 'lower') =>
    pages.map((p) => pick(p.run)).reduce((a, b) => (better === 'higher' ? Math.min(a, b) : Math.max(a, b)));
  return {
    id: 'S8',
    title: 'client build and Lighthouse (mobile)',
    rows: [],
    tables: [
      {
        title: `S8: initial JS (entry + modulepreload), KB`,
        header: ['build', 'files', 'raw', 'gzip', 'brotli'],
        rows: [
          ['Strom client', String(ours.files.length), kb(ours.rawKb), kb(ours.gzipKb), kb(ours.brotliKb)],
          ['empty Vite + React', String(empty.files.length), kb(empty.rawKb), kb(empty.gzipKb), kb(empty.brotliKb)],
        ],
      },
      {
        title: `S8: Lighthouse 13, mobile defaults, median of ${ctx.config.lighthouseRuns} run(s) per page`,
        header: [
          'page',
          'performance',
          'accessibility',
          'FCP s',
          'LCP s',
          'TBT ms',
          'CLS',
          'main thread s',
          'JS bootup s',
          'JS transferred KB',
          'requests before LCP',
          'JS before LCP KB',
        ],
        rows: pages.map(({ page, run }) => [
          page.signedIn ? `${page.route} (signed in)` : page.route,
          run.performance.toFixed(2),
          run.accessibility.toFixed(2),
          (run.fcpMs / 1000).toFixed(1),
          (run.lcpMs / 1000).toFixed(1),
          run.tbtMs.toFixed(0),
          run.cls.toFixed(3),
          (run.mainThreadMs / 1000).toFixed(1),
          (run.bootupMs / 1000).toFixed(1),
          kb(run.scriptKb),
          run.requestsBeforeLcp.toFixed(0),
          kb(run.scriptKbBeforeLcp),
        ]),
      },
    ],
    goals: [
      {
        text: `initial JS ≤ ${GOALS.initialGzipKb} KB gzip`,
        met: ours.gzipKb <= GOALS.initialGzipKb,
        measured: `${kb(ours.gzipKb)} KB (empty Vite + React ${kb(empty.gzipKb)} KB)`,
      },
      {
        text: `Lighthouse performance ≥ ${GOALS.performance} on every page`,
        met: worst((r) => r.performance, 'higher') >= GOALS.performance,
        measured: `lowest ${worst((r) => r.performance, 'higher').toFixed(2)}`,
      },
      {
        text: `CLS ≤ ${GOALS.cls}`,
        met: worst((r) => r.cls, 'lower') <= GOALS.cls,
        measured: `highest ${worst((r) => r.cls, 'lower').toFixed(3)}`,
      },
      {
        text: `TBT ≤ ${GOALS.tbtMs} ms`,
        met: worst((r) => r.tbtMs, 'lower') <= GOALS.tbtMs,
        measured: `highest ${worst((r) => r.tbtMs, 'lower').toFixed(0)} ms`,
      },
    ],
    notes: [
      `Lighthouse simulates a slow phone (4× CPU slowdown, slow 4G) from the trace it records here: on a shared ${os.availableParallelism()}-core machine the CPU-bound figures (TBT, LCP) move with whatever else runs; compare runs of the same load. Requests and JS before LCP (what the observed, unthrottled load finished before its largest paint) do not depend on the load. The meeting pages need a session: Lighthouse sends the demo member's cookie with every request. 1-minute load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} during these runs.`,
    ],
    details: { initialJs: { ours, empty }, lighthouse: pages },
  };
}

const kb = (value: number) => value.toFixed(1);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
