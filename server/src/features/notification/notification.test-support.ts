import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { demoEmail, startTestApp, type DemoAccountName, type TestApp } from '../../test/harness.js';
import { User } from '../user/user.entity.js';
import { notify, type Notice } from './notify.js';
import { TEST_SUBJECT_TYPE, testSubjects, type TestSubjects } from './test-subjects.test-support.js';

/** Test support: a demo app whose only subject source is the test one, and helpers to notify its members. */
export interface NotificationTestApp {
  app: TestApp;
  subjects: TestSubjects;
  /** Ids of demo organisations, the things notified about. */
  things: string[];
  userId(name: DemoAccountName): Promise<string>;
  /** Notifies in a command of its own, as the forum's worker would (at `at`, default now). */
  notify(notices: readonly Notice[], at?: Date): Promise<void>;
  deps(at?: Date): CommandDeps;
}

export async function startNotificationApp(options: { env?: Record<string, string> } = {}): Promise<NotificationTestApp> {
  const subjects = testSubjects();
  const app = await startTestApp({ data: 'demo', subjects: [subjects], env: options.env });
  const rows = await app.orm.em.fork().execute<{ id: string }[]>(`select id from organisation order by name, id limit 30`);
  const ids = new Map<DemoAccountName, string>();
  const deps = (at?: Date): CommandDeps => app.commandDeps(at ? { now: () => at } : undefined);
  return {
    app,
    subjects,
    things: rows.map((row) => row.id),
    deps,
    userId: async (name) => {
      const known = ids.get(name);
      if (known) return known;
      const user = await app.orm.em.fork().findOneOrFail(User, { email: demoEmail(name) });
      ids.set(name, user.id);
      return user.id;
    },
    notify: (notices, at) => runCommand(deps(at), (uow) => notify(uow, notices)),
  };
}

/** A notice about a test thing, with a key unique to the recipient and the thing unless given. */
export function notice(recipientId: string, thingId: string, extra: Partial<Notice> = {}): Notice {
  return {
    recipientId,
    kind: 'REPLY',
    subject: { type: TEST_SUBJECT_TYPE, id: thingId },
    context: null,
    actorId: null,
    key: `test:${thingId}:${recipientId}`,
    ...extra,
  };
}
