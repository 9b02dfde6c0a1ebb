import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { RESOURCE_FILE_MAX_BYTES } from '@strom/shared';
import { withPostgres } from '../dataset/postgres.js';
import type { ChildService } from '../measure/child-service.js';
import { median, round } from '../measure/stats.js';
import { startStrom } from '../measure/strom-server.js';
import { fetchJson, graphqlRequest, withServices } from './services.js';
import type { BenchContext, ScenarioResult } from './types.js';

/** The server's chunk size (resource-blob.store.ts BLOB_CHUNK_BYTES) and read batch (resource-download.route.ts). */
const CHUNK_BYTES = 512 * 1024;
const CHUNKS_PER_READ = 1;
const RSS_GROWTH_GOAL_MB = 16;
const MB = 1024 * 1024;

interface Round {
  uploadMs: number;
  downloadMs: number;
  pgWriteMs: number;
  pgReadMs: number;
  /** Peak RSS of the server above its resident size when the window opened, MB. */
  uploadRssGrowthMb: number | null;
  downloadRssGrowthMb: number | null;
}

/**
 * S11: a 25 MB file uploaded to POST /files/library and downloaded from GET /files/library/:id (the built server
 * in its own process), against `pg` writing the same bytes in the same 512 KB chunks into a bytea table and reading
 * them back in the server's batches. Each round's file has new bytes (a PDF signature, then random bytes: too large
 * for text extraction, incompressible), so no round is answered by the content-addressed store's deduplication.
 * The server's peak RSS (VmHWM, reset through /proc/<pid>/clear_refs before each transfer) above its resident size
 * at the reset is the memory the transfer cost: streamed, it must stay within 16 MB.
 */
export async function runS11(ctx: BenchContext): Promise<ScenarioResult> {
  const rounds = Math.max(3, Math.min(ctx.config.rounds, 5));
  const results = await withServices(
    [startStrom({ kind: 'postgres', url: ctx.postgresUrl }, { logDir: ctx.logDir, label: 's11-server' })],
    async ([server]) => {
      if (!server) throw new Error('no server');
      await transfer(ctx, server, fileOf(RESOURCE_FILE_MAX_BYTES)); // warm-up: the routes, the parser and the pools are loaded
      await pgCopy(ctx, fileOf(RESOURCE_FILE_MAX_BYTES));
      const measured: Round[] = [];
      for (let i = 0; i < rounds; i++) {
        const file = fileOf(RESOURCE_FILE_MAX_BYTES);
        const viaServer = await transfer(ctx, server, file);
        const viaPg = await pgCopy(ctx, file);
        measured.push({ ...viaServer, ...viaPg });
        ctx.log(
          `  S11 round ${i + 1}: upload ${viaServer.uploadMs} ms (+${viaServer.uploadRssGrowthMb} MB), download ${viaServer.downloadMs} ms (+${viaServer.downloadRssGrowthMb} MB); pg write ${viaPg.pgWriteMs} ms, read ${viaPg.pgReadMs} ms`,
        );
      }
      return measured;
    },
  );
  const mbPerS = (ms: number) => round(RESOURCE_FILE_MAX_BYTES / MB / (ms / 1000), 1);
  const med = (pick: (r: Round) => number) => median(results.map(pick));
  const ratio = (a: (r: Round) => number, b: (r: Round) => number) => round(median(results.map((r) => b(r) / a(r))), 2);
  const growth = Math.max(...results.flatMap((r) => [r.uploadRssGrowthMb ?? Infinity, r.downloadRssGrowthMb ?? Infinity]));
  const uploadRatio = ratio(
    (r) => r.uploadMs,
    (r) => r.pgWriteMs,
  );
  const downloadRatio = ratio(
    (r) => r.downloadMs,
    (r) => r.pgReadMs,
  );
  const load = loadavg()[0]!;
  return {
    id: 'S11',
    title: `a ${RESOURCE_FILE_MAX_BYTES / MB} MB file uploaded and downloaded through the server vs pg writing and reading the same chunks`,
    rows: [],
    goals: [
      { text: `server peak RSS growth ≤ ${RSS_GROWTH_GOAL_MB} MB (streamed)`, met: growth <= RSS_GROWTH_GOAL_MB, measured: `${growth} MB` },
    ],
    tables: [
      {
        title: `S11 medians over ${rounds} rounds (1-minute load average ${round(load, 1)})`,
        header: ['direction', 'server MB/s', 'pg MB/s', 'server/pg throughput (median of rounds)', 'server peak RSS growth, MB (max)'],
        rows: [
          [
            'upload',
            String(mbPerS(med((r) => r.uploadMs))),
            String(mbPerS(med((r) => r.pgWriteMs))),
            `${uploadRatio}×`,
            String(Math.max(...results.map((r) => r.uploadRssGrowthMb ?? Infinity))),
          ],
          [
            'download',
            String(mbPerS(med((r) => r.downloadMs))),
            String(mbPerS(med((r) => r.pgReadMs))),
            `${downloadRatio}×`,
            String(Math.max(...results.map((r) => r.downloadRssGrowthMb ?? Infinity))),
          ],
        ],
      },
    ],
    notes: [
      'The upload goes through multipart parsing (busboy), type sniffing, SHA-256 and one INSERT per 512 KB chunk; the pg reference only INSERTs the chunks, from the bench process.',
      'Throughput ratios are informational: the server also hashes, sniffs and parses HTTP, and under contention (load average above 2) both sides slow unevenly.',
    ],
    details: { rounds: results, uploadRatio, downloadRatio, peakRssGrowthMb: growth },
  };
}

/** A file the library takes (PDF by its signature) of `size` fresh random bytes. */
function fileOf(size: number): Buffer {
  const bytes = randomBytes(size);
  bytes.write('%PDF-1.7\n%', 0, 'latin1');
  return bytes;
}

/** A window of the server's memory: its peak RSS (VmHWM) during `work` above its resident size when it began, MB. */
async function rssGrowthDuring<T>(server: ChildService, work: () => Promise<T>): Promise<{ value: T; growthMb: number | null }> {
  server.resetPeakRss();
  const before = statusMb(server.pid, /VmRSS:\s+(\d+) kB/);
  const value = await work();
  const peak = statusMb(server.pid, /VmHWM:\s+(\d+) kB/);
  return { value, growthMb: before === null || peak === null ? null : round(peak - before, 1) };
}

function statusMb(pid: number, pattern: RegExp): number | null {
  try {
    const kb = readFileSync(`/proc/${pid}/status`, 'utf8').match(pattern)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** Uploads the file as a browser does, saves it as a resource, and downloads it, counting the bytes as they arrive. */
async function transfer(ctx: BenchContext, server: ChildService, file: Buffer) {
  const upload = await rssGrowthDuring(server, async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file.buffer as ArrayBuffer, file.byteOffset, file.length)]), 'bench.pdf');
    const started = performance.now();
    const response = await fetch(new URL('/files/library', server.url), {
      method: 'POST',
      headers: { cookie: ctx.cookie, 'x-strom-upload': '1' },
      body: form,
    });
    const body = (await response.json()) as { id?: string; size?: number };
    if (response.status !== 201 || body.size !== file.length) throw new Error(`upload: HTTP ${response.status} ${JSON.stringify(body)}`);
    return { ms: performance.now() - started, receipt: body.id! };
  });
  const created = (await fetchJson(
    server,
    graphqlRequest(
      JSON.stringify({
        query: 'mutation ($input: CreateResourceInput!) { createResource(input: $input) { id } }',
        variables: {
          input: {
            id: randomUUID(),
            kind: 'REPORT',
            title: 'Bench file',
            confirmations: [],
            scope: { level: 'REGIONAL' },
            visibility: 'NETWORK',
            uploadId: upload.value.receipt,
          },
        },
      }),
      ctx.cookie,
    ),
  )) as { data: { createResource: { id: string } } };
  const download = await rssGrowthDuring(server, async () => {
    const started = performance.now();
    const response = await fetch(new URL(`/files/library/${created.data.createResource.id}`, server.url), {
      headers: { cookie: ctx.cookie },
    });
    let bytes = 0;
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
    if (response.status !== 200 || bytes !== file.length) throw new Error(`download: HTTP ${response.status}, ${bytes} bytes`);
    return performance.now() - started;
  });
  return {
    uploadMs: Math.round(upload.value.ms),
    downloadMs: Math.round(download.value),
    uploadRssGrowthMb: upload.growthMb,
    downloadRssGrowthMb: download.growthMb,
  };
}

/** The reference: the same bytes written through `pg` in the server's chunks, then read back in its batches. */
async function pgCopy(ctx: BenchContext, file: Buffer) {
  return withPostgres(ctx.postgresUrl, async (client) => {
    await client.query(
      `create table if not exists bench_blob_chunk (blob_id uuid not null, seq int not null, data bytea not null, primary key (blob_id, seq))`,
    );
    const blobId = randomUUID();
    const written = performance.now();
    let chunks = 0;
    for (let offset = 0; offset < file.length; offset += CHUNK_BYTES)
      await client.query(`insert into bench_blob_chunk (blob_id, seq, data) values ($1, $2, $3)`, [
        blobId,
        chunks++,
        file.subarray(offset, offset + CHUNK_BYTES),
      ]);
    const pgWriteMs = performance.now() - written;
    const read = performance.now();
    let bytes = 0;
    for (let seq = 0; seq < chunks; seq += CHUNKS_PER_READ) {
      const { rows } = await client.query(`select data from bench_blob_chunk where blob_id = $1 and seq >= $2 and seq < $3 order by seq`, [
        blobId,
        seq,
        seq + CHUNKS_PER_READ,
      ]);
      for (const row of rows as { data: Buffer }[]) bytes += row.data.length;
    }
    const pgReadMs = performance.now() - read;
    if (bytes !== file.length) throw new Error(`pg read ${bytes} of ${file.length} bytes`);
    await client.query(`delete from bench_blob_chunk where blob_id = $1`, [blobId]);
    return { pgWriteMs: Math.round(pgWriteMs), pgReadMs: Math.round(pgReadMs) };
  });
}
