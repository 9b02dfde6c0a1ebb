import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

/** Structured JSON logs. Redaction is a safety net: the code never logs secrets or personal data on purpose. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', '*.password', '*.token', '*.email', '*.phone'],
      censor: '[redacted]',
    },
  });
}
