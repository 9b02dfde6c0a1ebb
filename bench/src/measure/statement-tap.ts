import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

/** One statement as PostgreSQL received it: its SQL text and bound parameters (text format, or bytes when binary). */
export interface TappedStatement {
  sql: string;
  params: (string | Buffer | null)[];
}

/**
 * A TCP proxy between the server and PostgreSQL that reads the frontend side of the wire protocol and records
 * every statement executed: each simple Query ('Q') and each Execute ('E') of the extended protocol, with the SQL
 * of its Parse ('P') and the parameters of its Bind ('B'). It sees what reaches the database whatever the ORM logs,
 * and it costs nothing when not in use (only the scenarios that count or capture statements go through it).
 */
export interface StatementTap {
  /** The PostgreSQL URL to hand the server: the same database, through the tap. */
  url: string;
  statements: TappedStatement[];
  /** Statements recorded while `work` ran. */
  during: (work: () => Promise<void>) => Promise<TappedStatement[]>;
  close: () => Promise<void>;
}

export async function startStatementTap(databaseUrl: string): Promise<StatementTap> {
  const upstream = new URL(databaseUrl);
  const statements: TappedStatement[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const database = connect(Number(upstream.port || 5432), upstream.hostname);
    for (const socket of [client, database]) {
      // Without it Nagle's algorithm holds back small protocol messages and adds tens of ms per statement.
      socket.setNoDelay(true);
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        database.destroy();
      });
    }
    const parser = new FrontendParser((statement) => statements.push(statement));
    client.on('data', (chunk: Buffer) => parser.push(chunk));
    client.pipe(database);
    database.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    statements,
    during: async (work) => {
      const from = statements.length;
      await work();
      return statements.slice(from);
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const STARTUP_CODES = new Set([196608, 80877103, 80877104]);

class FrontendParser {
  private buffer: Buffer = Buffer.alloc(0);
  private started = false;
  private readonly prepared = new Map<string, string>();
  private bound: TappedStatement | null = null;

  constructor(private readonly onStatement: (statement: TappedStatement) => void) {}

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (!this.started) {
        // Startup and SSL/GSS requests carry no type byte: int32 length, int32 code.
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        this.started = code === 196608 || !STARTUP_CODES.has(code);
        this.buffer = this.buffer.subarray(length);
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < 1 + length) return;
      this.message(String.fromCharCode(this.buffer[0] ?? 0), this.buffer.subarray(5, 1 + length));
      this.buffer = this.buffer.subarray(1 + length);
    }
  }

  private message(type: string, body: Buffer): void {
    if (type === 'Q') {
      this.onStatement({ sql: cstring(body, 0).value, params: [] });
    } else if (type === 'P') {
      const name = cstring(body, 0);
      this.prepared.set(name.value, cstring(body, name.next).value);
    } else if (type === 'B') {
      this.bound = this.bind(body);
    } else if (type === 'E' && this.bound) {
      this.onStatement(this.bound);
    }
  }

  private bind(body: Buffer): TappedStatement {
    const portal = cstring(body, 0);
    const statement = cstring(body, portal.next);
    let offset = statement.next;
    const formatCount = body.readInt16BE(offset);
    offset += 2;
    const formats: number[] = [];
    for (let i = 0; i < formatCount; i++, offset += 2) formats.push(body.readInt16BE(offset));
    const paramCount = body.readInt16BE(offset);
    offset += 2;
    const params: (string | Buffer | null)[] = [];
    for (let i = 0; i < paramCount; i++) {
      const length = body.readInt32BE(offset);
      offset += 4;
      if (length < 0) {
        params.push(null);
        continue;
      }
      const value = Buffer.from(body.subarray(offset, offset + length));
      offset += length;
      const format = formats.length === 1 ? formats[0] : (formats[i] ?? 0);
      params.push(format === 1 ? value : value.toString('utf8'));
    }
    return { sql: this.prepared.get(statement.value) ?? '', params };
  }
}

function cstring(buffer: Buffer, start: number): { value: string; next: number } {
  const end = buffer.indexOf(0, start);
  return { value: buffer.toString('utf8', start, end), next: end + 1 };
}
