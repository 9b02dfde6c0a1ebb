import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  /** Browser origins allowed to open WebSockets and send credentialed requests. */
  allowedOrigins: string[];
  databaseUrl: string | null;
  pgliteDir: string;
  redisUrl: string | null;
  redisChannelPrefix: string;
  logLevel: LogLevel;
  introspection: boolean;
  /** smtp(s):// URL; unset: mails go to the outbox table. */
  smtpUrl: string | null;
  mailFrom: string;
  clientDist: string | null;
  /** Rows per statement while streaming a CSV export: memory stays flat however long the list is. */
  exportBatchSize: number;
  /**
   * Express's "trust proxy": which peers may tell the client's address in X-Forwarded-For. False (the default)
   * believes no one, so per-IP limits count the connecting address and a client cannot invent new ones.
   */
  trustProxy: boolean | number | string;
  /** The longest wait an account gets after failed sign-ins (it doubles from 2 s after five failures). */
  signInDelayMaxSeconds: number;
  /** Mail links are bearer tokens (invitations, password resets): written to the log only when asked for. */
  logMailLinks: boolean;
}

/** `pnpm dev` serves the client from Vite, which proxies /graphql (WebSockets included) with its own origin. */
const VITE_DEV_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'];

/** A configuration value that cannot be used; main prints its message as one line and exits 1. */
export class ConfigError extends Error {
  constructor(variable: string, expected: string, got: string) {
    super(`Invalid configuration: ${variable} must be ${expected} (got "${got}")`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const port = integer(env, 'PORT', 4000, 0, 65535);
  const host = env.HOST?.trim() || '127.0.0.1';
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  return {
    env: nodeEnv,
    host,
    port,
    publicUrl,
    allowedOrigins: [
      new URL(publicUrl).origin,
      ...(origins(env, 'ALLOWED_ORIGINS') ?? (nodeEnv === 'development' ? VITE_DEV_ORIGINS : [])),
    ],
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    pgliteDir: env.PGLITE_DIR?.trim() || path.resolve(serverRoot(), 'data/pglite'),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    redisChannelPrefix:
      pattern(env, 'REDIS_CHANNEL_PREFIX', /^[\w.:-]{1,64}$/, 'letters, digits, ".", ":", "-" or "_" (at most 64)') ?? `strom:${nodeEnv}`,
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    introspection: boolean(env, 'GRAPHQL_INTROSPECTION', nodeEnv !== 'production'),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: pattern(env, 'MAIL_FROM', /^[^\s@]+@[^\s@]+$/, 'an email address') ?? 'Strom <no-reply@strom.invalid>',
    clientDist: env.CLIENT_DIST?.trim() || path.resolve(serverRoot(), '../client/dist'),
    exportBatchSize: integer(env, 'EXPORT_BATCH_SIZE', 500, 1, 10_000),
    trustProxy: trustProxy(env, 'TRUST_PROXY'),
    logMailLinks: logMailLinks(env, nodeEnv),
    signInDelayMaxSeconds: integer(env, 'SIGN_IN_DELAY_MAX_SECONDS', 60, 1, 3600),
  };
}

/** The server package folder, whether running from src (tsx) or dist (node). */
function serverRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(name, `an integer between ${min} and ${max}`, raw);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!(values as readonly string[]).includes(raw)) throw new ConfigError(name, `one of ${values.join(', ')}`, raw);
  return raw as T;
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  const parsed = URL.canParse(raw) ? new URL(raw) : null;
  if (!parsed || !protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`, redact(raw));
  }
  return raw;
}

function origins(env: Env, name: string): string[] | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  return raw.split(',').map((entry) => {
    const value = entry.trim();
    if (!URL.canParse(value) || new URL(value).origin !== value) {
      throw new ConfigError(name, 'a comma-separated list of origins such as https://strom.example.org', value);
    }
    return value;
  });
}

function logMailLinks(env: Env, nodeEnv: Config['env']): boolean {
  const value = boolean(env, 'LOG_MAIL_LINKS', false);
  if (value && nodeEnv === 'production') throw new ConfigError('LOG_MAIL_LINKS', 'false in production', 'true');
  return value;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** true, false, a number of hops, or addresses / subnets / Express's names (loopback, linklocal, uniquelocal). */
function trustProxy(env: Env, name: string): boolean | number | string {
  const raw = env[name]?.trim();
  if (!raw || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  const entries = raw.split(',').map((entry) => entry.trim());
  const valid = entries.every((entry) => {
    const [address, bits, ...rest] = entry.split('/');
    if (PROXY_NAMES.includes(entry)) return true;
    return rest.length === 0 && isIP(address ?? '') !== 0 && (bits === undefined || /^\d{1,3}$/.test(bits));
  });
  if (!valid) {
    throw new ConfigError(
      name,
      'true, false, a number of hops, or a comma-separated list of addresses, subnets or loopback/linklocal/uniquelocal',
      raw,
    );
  }
  return raw;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(name, 'true or false', raw);
  return raw === 'true';
}

function pattern(env: Env, name: string, regex: RegExp, expected: string): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  if (!regex.test(raw)) throw new ConfigError(name, expected, raw);
  return raw;
}

/** Database and Redis URLs may carry passwords: never echo them. */
function redact(raw: string): string {
  return raw.replace(/\/\/[^@/]*@/, '//***@');
}
