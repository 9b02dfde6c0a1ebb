import { readFile } from 'node:fs/promises';

/** User + system CPU time a process has used, ms (Linux /proc; clock ticks of 10 ms). Null elsewhere. */
export async function processCpuMs(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * CPU a service spends per request, from `count` requests sent one at a time: unlike req/s, barely moved by
 * other work on the machine (the database's share is not in it).
 */
export async function cpuMsPerRequest(pid: number, count: number, send: () => Promise<unknown>): Promise<number | null> {
  const before = await processCpuMs(pid);
  for (let i = 0; i < count; i++) await send();
  const after = await processCpuMs(pid);
  return before === null || after === null ? null : (after - before) / count;
}

export interface CpuSide {
  label: string;
  pid: number;
  send: () => Promise<unknown>;
}

/** Requests per side for `cpuPerRequestNote`: enough for the 10 ms clock ticks to round away. */
const CPU_SAMPLE = 200;

/**
 * Each side's process CPU per request (`CPU_SAMPLE` requests one at a time), as a report note: the figure to
 * compare between builds when a busy machine makes the req/s ratios unreliable.
 */
export async function cpuPerRequestNote(name: string, sides: CpuSide[]): Promise<string> {
  const figures: string[] = [];
  for (const side of sides) {
    const ms = await cpuMsPerRequest(side.pid, CPU_SAMPLE, side.send);
    figures.push(`${side.label} ${ms === null ? '?' : ms.toFixed(2)} ms`);
  }
  return `${name}: process CPU per request (${CPU_SAMPLE} one at a time): ${figures.join(', ')}.`;
}
