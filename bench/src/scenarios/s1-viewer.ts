import { cpuPerRequestNote } from '../measure/process-cpu.js';
import { startStrom } from '../measure/strom-server.js';
import { EXPERT, VIEWER, graphqlBody } from './documents.js';
import { runComparison } from './run-comparison.js';
import { fetchJson, graphqlRequest, startRawJson, startSessionJson, withServices } from './services.js';
import { SESSION_SQL } from './session-sql.js';
import type { BenchContext, ScenarioResult } from './types.js';

const GOAL = 0.5;

/**
 * S1: the fixed cost of the stack (Express, Apollo, context, session lookup) against a node:http handler that
 * does the same session lookup through pg and sends the same JSON (issue 15's reference); the no-I/O handler
 * stays as an informational row.
 */
export async function runS1(ctx: BenchContext): Promise<ScenarioResult> {
  const expertId = ctx.dataset.experts[100]?.id ?? '';
  const viewer = graphqlRequest(graphqlBody(VIEWER), ctx.cookie);
  const expert = graphqlRequest(graphqlBody(EXPERT, { id: expertId }), ctx.cookie);
  return withServices(
    [
      startStrom(
        { kind: 'postgres', url: ctx.postgresUrl },
        {
          logDir: ctx.logDir,
          label: 's1-server',
          nodeFlags: ctx.config.profile ? ['--cpu-prof', `--cpu-prof-dir=${ctx.resultsDir}`] : [],
        },
      ),
    ],
    async ([server]) => {
      if (!server) throw new Error('no server');
      const viewerPayload = await fetchJson(server, viewer);
      const expertPayload = await fetchJson(server, expert);
      return withServices(
        [
          startSessionJson(ctx, 's1-session-viewer', viewerPayload, SESSION_SQL),
          startSessionJson(ctx, 's1-session-expert', expertPayload, SESSION_SQL),
          startRawJson(ctx, 's1-raw-viewer', viewerPayload),
        ],
        async ([sessionViewer, sessionExpert, rawViewer]) => {
          if (!sessionViewer || !sessionExpert || !rawViewer) throw new Error('no reference handler');
          const rows = [
            await runComparison(
              ctx,
              'S1 { viewer }',
              { label: 'graphql', service: server, requests: [viewer] },
              { label: 'session+pg', service: sessionViewer, requests: [viewer] },
            ),
            await runComparison(
              ctx,
              'S1 expert(id)',
              { label: 'graphql', service: server, requests: [expert] },
              { label: 'session+pg', service: sessionExpert, requests: [expert] },
            ),
            await runComparison(
              ctx,
              'S1 { viewer } (informational)',
              { label: 'graphql', service: server, requests: [viewer] },
              { label: 'raw, no I/O', service: rawViewer, requests: [viewer] },
            ),
          ];
          const cpuNotes = [
            await cpuPerRequestNote('{ viewer }', [
              { label: 'graphql', pid: server.pid, send: () => fetchJson(server, viewer) },
              { label: 'session+pg', pid: sessionViewer.pid, send: () => fetchJson(sessionViewer, viewer) },
            ]),
            await cpuPerRequestNote('expert(id)', [
              { label: 'graphql', pid: server.pid, send: () => fetchJson(server, expert) },
              { label: 'session+pg', pid: sessionExpert.pid, send: () => fetchJson(sessionExpert, expert) },
            ]),
          ];
          return {
            id: 'S1',
            title: '{ viewer } and expert(id) vs node:http doing the same session lookup through pg',
            rows,
            goals: rows.slice(0, 2).map((row) => ({
              text: `${row.name}: ≥ ${GOAL}× the session+pg handler's req/s`,
              met: row.comparison.rpsRatio >= GOAL,
              measured: `${row.comparison.rpsRatio}×`,
            })),
            notes: [
              'Every request carries the session cookie. The reference runs the server’s session statement through pg, then sends the document the server returned; expert(id) costs the server one more statement (the profile).',
              'The no-I/O row is informational: no signed-in request can skip the session lookup.',
              ...cpuNotes,
              ...(ctx.config.profile ? [`CPU profile of the server written to ${ctx.resultsDir} (*.cpuprofile).`] : []),
            ],
          };
        },
      );
    },
  );
}
