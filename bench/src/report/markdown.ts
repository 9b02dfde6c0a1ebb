import type { ScenarioResult } from '../scenarios/types.js';
import type { RunInfo } from './environment.js';

const fmt = (value: number | null | undefined, digits = 0): string =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);

export function markdownReport(info: RunInfo, results: ScenarioResult[]): string {
  const { machine, settings, dataset } = info;
  const lines = [
    `## Strom benchmark (${info.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${info.seconds} s)`,
    '',
    `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}, ${info.postgres}.`,
  ];
  if (dataset) {
    lines.push(
      'Load generator, server, reference handler and database share these cores (and anything else running: see the load average column).',
      `Dataset: ${dataset.experts} experts, ${dataset.organisations} organisations (${dataset.services} services), ${dataset.municipalities} municipalities, ` +
        `${dataset.roleAssignments} role assignments (${dataset.contactPoints} municipal contact points); seed ${settings.seed}.`,
      `Method: ${settings.warmupSeconds} s warm-up per side, then A and B alternated for ${settings.rounds} rounds of ${settings.seconds} s at ${settings.connections} connections; ` +
        `medians over rounds; ratio = median of per-round A/B ratios.`,
      '',
      '| scenario | A req/s | B req/s | A/B req/s | A p50 / p95 ms | B p50 / p95 ms | A/B p95 | peak RSS A / B MB | load avg |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
  }
  for (const result of results) {
    for (const { name, comparison: c, peakRssMb, loadAverage } of result.rows) {
      lines.push(
        `| ${name}: ${c.a.label} vs ${c.b.label} | ${fmt(c.a.rps)} | ${fmt(c.b.rps)} | ${fmt(c.rpsRatio, 2)}× | ${fmt(c.a.p50, 1)} / ${fmt(c.a.p95, 1)} | ` +
          `${fmt(c.b.p50, 1)} / ${fmt(c.b.p95, 1)} | ${fmt(c.p95Ratio, 2)}× | ${fmt(peakRssMb.a)} / ${fmt(peakRssMb.b)} | ${fmt(loadAverage.before, 1)}→${fmt(loadAverage.after, 1)} |`,
      );
    }
  }
  for (const table of results.flatMap((r) => r.tables ?? [])) {
    lines.push(
      '',
      `**${table.title}**`,
      '',
      `| ${table.header.join(' | ')} |`,
      `|---|${table.header
        .slice(1)
        .map(() => '---:|')
        .join('')}`,
    );
    for (const row of table.rows) lines.push(`| ${row.join(' | ')} |`);
  }
  lines.push('', '| id | goal | measured | met |', '|---|---|---|---|');
  for (const result of results) {
    for (const goal of result.goals) lines.push(`| ${result.id} | ${goal.text} | ${goal.measured} | ${goal.met ? 'yes' : '**no**'} |`);
  }
  const notes = results.flatMap((r) => r.notes.map((n) => `- ${r.id}: ${n}`));
  if (notes.length > 0) lines.push('', ...notes);
  return lines.join('\n');
}
