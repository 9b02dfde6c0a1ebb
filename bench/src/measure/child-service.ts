import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync, writeFileSync, closeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ServiceOptions {
  label: string;
  /** Arguments to `node`. */
  args: string[];
  env: Record<string, string>;
  /** Where the child's stdout and stderr go (they are not piped through the load generator). */
  logFile: string;
  /** Matches the line announcing the listening port in its first group. */
  ready: RegExp;
  timeoutMs?: number;
}

/** A server or reference handler running in its own process, so it never shares a core's event loop with the load generator. */
export interface ChildService {
  label: string;
  url: string;
  pid: number;
  logFile: string;
  /** Starts a new peak-RSS window (Linux: writing 5 to clear_refs resets VmHWM). */
  resetPeakRss: () => void;
  /** Peak resident set since the last reset, in MB; null where /proc is unavailable. */
  peakRssMb: () => number | null;
  stop: () => Promise<void>;
}

export async function startService(options: ServiceOptions): Promise<ChildService> {
  const fd = openSync(options.logFile, 'w');
  const child = spawn(process.execPath, options.args, {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let dead = false;
  void exited.then(() => {
    dead = true;
  });
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    const port = readFileSync(options.logFile, 'utf8').match(options.ready)?.[1];
    if (port) return service(options, child, `http://127.0.0.1:${port}`, exited);
    if (dead || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${options.label} did not start; last output:\n${tail(options.logFile)}`);
    }
    await sleep(50);
  }
}

function service(options: ServiceOptions, child: ChildProcess, url: string, exited: Promise<number | null>): ChildService {
  const pid = child.pid ?? 0;
  return {
    label: options.label,
    url,
    pid,
    logFile: options.logFile,
    resetPeakRss: () => {
      try {
        writeFileSync(`/proc/${pid}/clear_refs`, '5');
      } catch {
        // Not Linux, or not allowed: the peak then covers the whole life of the process.
      }
    },
    peakRssMb: () => {
      try {
        const kb = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/)?.[1];
        return kb ? Math.round(Number(kb) / 1024) : null;
      } catch {
        return null;
      }
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 12_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no output)';
  }
}
