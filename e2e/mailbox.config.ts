import { tmpdir } from 'node:os';
import path from 'node:path';

export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 4326);
export const MAILBOX_DIR = path.join(tmpdir(), `strom-e2e-mailbox-${SMTP_PORT}`);
