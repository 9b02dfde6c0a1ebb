import os from 'node:os';
import type { ChildService } from '../measure/child-service.js';
import { compare } from '../measure/compare.js';
import type { HttpRequest } from '../measure/load.js';
import { round } from '../measure/stats.js';
import type { BenchContext, ComparisonRow } from './types.js';

export interface Side {
  label: string;
  service: ChildService;
  requests: HttpRequest[];
}

/** A vs B with the run's settings, and the peak RSS of each side's process over the comparison. */
export async function runComparison(ctx: BenchContext, name: string, a: Side, b: Side): Promise<ComparisonRow> {
  const { rounds, seconds, warmupSeconds, connections } = ctx.config;
  ctx.log(`${name}: ${a.label} vs ${b.label}, ${rounds} rounds of ${seconds} s at ${connections} connections`);
  const loadBefore = os.loadavg()[0] ?? 0;
  a.service.resetPeakRss();
  b.service.resetPeakRss();
  const comparison = await compare(
    { label: a.label, url: a.service.url, requests: a.requests },
    { label: b.label, url: b.service.url, requests: b.requests },
    { rounds, seconds, warmupSeconds, connections, log: ctx.log },
  );
  const row = {
    name,
    comparison,
    peakRssMb: { a: a.service.peakRssMb(), b: b.service.peakRssMb() },
    loadAverage: { before: round(loadBefore), after: round(os.loadavg()[0] ?? 0) },
  };
  const failures = comparison.a.errors + comparison.a.non2xx + comparison.b.errors + comparison.b.non2xx;
  if (failures > 0) ctx.log(`  warning: ${failures} failed requests (errors, timeouts or non-2xx)`);
  return row;
}
