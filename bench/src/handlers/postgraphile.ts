// S1b/S2's second reference: PostGraphile 5 (Amber preset) over the same database, as a team would put it there
// instead of Strom. It compiles each request to SQL and hydrates nothing; it knows nothing of Strom's sessions
// or contact rules, so it reads the same rows without them.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  // Filter and order by any column (S1b filters on publicly_listed, which has no index of its own).
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  // The same pool size as the server's (server/src/db/orm.ts).
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { graphqlPath: '/graphql', graphiql: false },
  grafast: { explain: false },
});
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
// Build the schema before announcing the port, so the first measured request does not pay for introspection.
await pgl.getSchema();
server.listen(0, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => void Promise.resolve(pgl.release()).then(() => process.exit(0)));
});
