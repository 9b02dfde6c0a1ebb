import autocannon from 'autocannon';
import { percentile } from './stats.js';

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One side of a comparison: a base URL and the requests each connection cycles through. */
export interface LoadTarget {
  label: string;
  url: string;
  requests: HttpRequest[];
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/**
 * Closed-loop load with autocannon's programmatic API. autocannon reports p97.5 but not p95, so latencies are
 * collected from its per-response event (milliseconds, measured by autocannon's client) and ranked here.
 */
export function runLoad(target: LoadTarget, options: { connections: number; seconds: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        connections: options.connections,
        duration: options.seconds,
        requests: target.requests,
        timeout: 30,
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error }));
        const seconds = result.duration > 0 ? result.duration : options.seconds;
        resolve({
          requests: latencies.length,
          rps: latencies.length / seconds,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
}
