import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has working defaults: embedded database, in-memory events, port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: null, redisUrl: null, env: 'development', introspection: true });
    expect(config.pgliteDir).toMatch(/data\/pglite$/);
    // In development the Vite dev server's origin too (pnpm dev), and nothing else: no localhost:* wildcard.
    expect(config.allowedOrigins).toEqual(['http://localhost:4000', 'http://localhost:5173', 'http://127.0.0.1:5173']);
    expect(config.logMailLinks).toBe(false);
  });

  it('allows exactly the configured origins outside development, and ALLOWED_ORIGINS replaces the Vite default', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).allowedOrigins).toEqual(['http://localhost:4000']);
    expect(loadConfig({ ALLOWED_ORIGINS: 'https://app.example' }).allowedOrigins).toEqual(['http://localhost:4000', 'https://app.example']);
  });

  it('logs mail links only when LOG_MAIL_LINKS=true, and never in production', () => {
    expect(loadConfig({ LOG_MAIL_LINKS: 'true' }).logMailLinks).toBe(true);
    expect(() => loadConfig({ NODE_ENV: 'production', LOG_MAIL_LINKS: 'true' })).toThrow('LOG_MAIL_LINKS must be false in production');
  });

  it('trusts no proxy unless TRUST_PROXY names one, and passes its value to Express', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.7' }).trustProxy).toBe('10.0.0.0/8, 192.168.1.7');
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('turns introspection off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be an integer between 0 and 65535 (got "eighty")'],
    [{ PORT: '70000' }, 'PORT must be an integer between 0 and 65535'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL must be a URL starting with postgres:// or postgresql://'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL must be a URL starting with redis:// or rediss://'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be one of development, production, test'],
    [{ SMTP_URL: 'mail.example.org:25' }, 'SMTP_URL must be a URL starting with smtp:// or smtps://'],
    [{ MAIL_FROM: 'nobody' }, 'MAIL_FROM must be an email address'],
    [{ ALLOWED_ORIGINS: 'https://a.example/path' }, 'ALLOWED_ORIGINS must be a comma-separated list of origins'],
    [{ TRUST_PROXY: 'the-load-balancer' }, 'TRUST_PROXY must be true, false, a number of hops, or a comma-separated list of'],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never echoes a password from a database URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://strom:hunter2@db/strom' })).toThrow('mysql://***@db/strom');
  });

  it('stops the server with one clear line and exit code 1', () => {
    const main = fileURLToPath(new URL('../main.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=@strom/source', main], {
      env: { ...process.env, PORT: 'eighty', NODE_ENV: 'test' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Invalid configuration: PORT must be an integer between 0 and 65535 (got "eighty")');
  });
});
