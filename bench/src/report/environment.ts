import os from 'node:os';
import type { BenchConfig } from '../config.js';
import type { Dataset } from '../dataset/dataset.js';

export interface RunInfo {
  startedAt: string;
  seconds: number;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  postgres: string;
  settings: Pick<BenchConfig, 'scenarios' | 'quick' | 'rounds' | 'seconds' | 'warmupSeconds' | 'connections' | 'seed'>;
  dataset: Record<string, number> | null;
  loadSeconds: Record<string, number>;
}

export function runInfo(
  config: BenchConfig,
  /** Null when only S8 (the client) ran: no database was loaded. */
  dataset: Dataset | null,
  postgres: string,
  startedAt: Date,
  loadSeconds: Record<string, number>,
): RunInfo {
  return {
    startedAt: startedAt.toISOString(),
    seconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    machine: {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    postgres,
    settings: {
      scenarios: config.scenarios,
      quick: config.quick,
      rounds: config.rounds,
      seconds: config.seconds,
      warmupSeconds: config.warmupSeconds,
      connections: config.connections,
      seed: config.seed,
    },
    dataset: dataset && {
      experts: dataset.experts.length,
      organisations: dataset.organisations.length,
      services: dataset.services.length,
      municipalities: dataset.places.length,
      roleAssignments: dataset.roles.length,
      contactPoints: dataset.roles.filter((r) => r.role === 'MUNICIPAL_CONTACT_POINT').length,
    },
    loadSeconds,
  };
}
