import { startStrom } from '../measure/strom-server.js';
import { EXPERT, VIEWER, graphqlBody } from './documents.js';
import { runComparison } from './run-comparison.js';
import { fetchJson, graphqlRequest, startRawJson, withServices } from './services.js';
import type { BenchContext, ScenarioResult } from './types.js';

const GOAL = 0.35;

/** S1: the fixed cost of the stack (Express, Apollo, context, session lookup) against a bare node:http JSON handler. */
export async function runS1(ctx: BenchContext): Promise<ScenarioResult> {
  const expertId = ctx.dataset.experts[100]?.id ?? '';
  const viewer = graphqlRequest(graphqlBody(VIEWER), ctx.cookie);
  const expert = graphqlRequest(graphqlBody(EXPERT, { id: expertId }), ctx.cookie);
  return withServices(
    [startStrom({ kind: 'postgres', url: ctx.postgresUrl }, { logDir: ctx.logDir, label: 's1-server' })],
    async ([server]) => {
      if (!server) throw new Error('no server');
      const viewerPayload = await fetchJson(server, viewer);
      const expertPayload = await fetchJson(server, expert);
      return withServices(
        [startRawJson(ctx, 's1-raw-viewer', viewerPayload), startRawJson(ctx, 's1-raw-expert', expertPayload)],
        async ([rawViewer, rawExpert]) => {
          if (!rawViewer || !rawExpert) throw new Error('no raw handler');
          const rows = [
            await runComparison(
              ctx,
              'S1 { viewer }',
              { label: 'graphql', service: server, requests: [viewer] },
              { label: 'raw', service: rawViewer, requests: [viewer] },
            ),
            await runComparison(
              ctx,
              'S1 expert(id)',
              { label: 'graphql', service: server, requests: [expert] },
              { label: 'raw', service: rawExpert, requests: [expert] },
            ),
          ];
          return {
            id: 'S1',
            title: '{ viewer } and expert(id) vs raw node:http JSON',
            rows,
            goals: rows.map((row) => ({
              text: `${row.name}: ≥ ${GOAL}× raw req/s`,
              met: row.comparison.rpsRatio >= GOAL,
              measured: `${row.comparison.rpsRatio}×`,
            })),
            notes: [
              'Both answers carry the session cookie: the server looks the session up (1 statement) on every request; the raw handler does no I/O.',
            ],
          };
        },
      );
    },
  );
}
