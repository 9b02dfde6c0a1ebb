import { Worker } from 'node:worker_threads';
import { MARKDOWN_SOURCE_MAX } from '@strom/shared';
import type { Root } from 'mdast';
import { BadUserInput } from '../errors.js';
import { MARKDOWN_DEPTH_MAX, MARKDOWN_TABLE_CELLS_MAX, type ParseOutcome } from './markdown-parse.worker.js';

/**
 * How much processor time parsing one text may take. micromark is quadratic on some inputs (thousands of nested
 * `*_`, or of unclosed `![`, cost tens of seconds at 20,000 characters) and overflows its stack on others, so texts
 * are parsed in a worker thread that is stopped when it has used this much. Processor time, not elapsed time: a busy
 * machine must not refuse an ordinary post. At the maximum length, a realistic post takes about 0.2 s and the
 * slowest plain shape measured (a list of 5,000 one-word items) 0.65 s, against 1.7 s (a fast machine, quiet) to 25 s
 * (a slow one, loaded) for the inputs above.
 */
export const MARKDOWN_PARSE_BUDGET_MS = 2000;
// The heap a parse may fill: a text of the maximum length needs a few megabytes.
const WORKER_MEMORY_MB = 128;
// How often the worker's processor time is read while it parses.
const BUDGET_CHECK_MS = 50;

const PROBLEMS: Record<Exclude<ParseOutcome, { tree: Root }>['problem'], string> = {
  'too-deep': `The text nests quotes, lists or formatting too deeply (at most ${MARKDOWN_DEPTH_MAX} levels)`,
  'tables-too-large': `The text's tables are too large (at most ${MARKDOWN_TABLE_CELLS_MAX} cells in all)`,
  'too-complex': 'The text is too convoluted to display: simplify its formatting',
};

// The worker file runs as it is: compiled JavaScript in production, TypeScript (types stripped by Node) from source.
const WORKER_FILE = new URL(`./markdown-parse.worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * The syntax tree of `source`, or a BadUserInput on `field` when the text is too long or too convoluted to render.
 * `budgetMs` is for tests: the worst inputs known take under 2 s on a fast machine, so only a smaller budget shows
 * the cut-off everywhere.
 */
export async function parseWithinLimits(source: string, field: string, budgetMs = MARKDOWN_PARSE_BUDGET_MS): Promise<Root> {
  if (source.length > MARKDOWN_SOURCE_MAX) {
    throw BadUserInput.field(field, `The text is too long: at most ${MARKDOWN_SOURCE_MAX} characters`);
  }
  const outcome = await parseInWorker(source, budgetMs);
  if ('problem' in outcome) throw BadUserInput.field(field, PROBLEMS[outcome.problem]);
  return outcome.tree;
}

let ready: Promise<Worker> | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** One text at a time through one worker, so each text's budget is its own. */
function parseInWorker(source: string, budgetMs: number): Promise<ParseOutcome> {
  const outcome = queue.then(() => parseOne(source, budgetMs));
  queue = outcome.catch(() => undefined);
  return outcome;
}

async function parseOne(source: string, budgetMs: number): Promise<ParseOutcome> {
  ready ??= startWorker();
  const worker = await ready;
  worker.ref(); // a script awaiting its text stays alive; an idle parser never keeps the process alive
  const before = await worker.cpuUsage();
  return new Promise<ParseOutcome>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: ParseOutcome | Error) => {
      if (settled) return;
      settled = true;
      clearInterval(check);
      worker.off('message', settle).off('error', settle).off('exit', stopped).unref();
      if (!(outcome instanceof Error)) return resolve(outcome);
      ready = undefined; // the worker died; the next text starts another
      if ((outcome as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') resolve({ problem: 'too-complex' });
      else reject(outcome);
    };
    const overBudget = ({ user, system }: NodeJS.CpuUsage) => {
      if (settled || (user + system) / 1000 <= budgetMs) return;
      settle({ problem: 'too-complex' });
      ready = undefined;
      void worker.terminate();
    };
    const stopped = () => settle(new Error('The markdown parser stopped'));
    const check = setInterval(() => void worker.cpuUsage(before).then(overBudget, () => undefined), BUDGET_CHECK_MS);
    worker.on('message', settle).on('error', settle).on('exit', stopped);
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a Node worker, not a window
    worker.postMessage(source);
  });
}

function startWorker(): Promise<Worker> {
  const worker = new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB } });
  return new Promise((resolve, reject) => {
    worker.once('message', () => {
      worker.unref();
      resolve(worker);
    });
    worker.once('error', (error) => {
      ready = undefined;
      reject(error);
    });
  });
}
