import { randomUUID } from 'node:crypto';
import type { TestApp } from '../../test/harness.js';
import { Expert } from '../expert/expert.entity.js';
import { addMember, signIn } from '../member/member.test-support.js';
import { Organisation } from '../organisation/organisation.entity.js';

/**
 * Test support: a plain MEMBER whose new profile holds a TF-THB seat (none of the demo members has one).
 * `endsOn` in the past makes it an ended seat. Returns the session cookie and the assignment id.
 */
export async function addTaskForceMember(app: TestApp, endsOn: string | null = null): Promise<{ cookie: string; assignmentId: string }> {
  const user = await addMember(app, 'LV');
  const em = app.orm.em.fork();
  const organisation = await em.findOneOrFail(Organisation, { country: 'LV', level: 'NATIONAL' });
  const expert = em.create(Expert, { fullName: 'Task Force Test Member', organisation, country: 'LV' });
  await em.flush();
  const expertId = expert.id;
  const connection = em.getConnection();
  const assignmentId = randomUUID();
  await connection.execute(
    `insert into role_assignment (id, expert_id, role, level, country_code, starts_on, ends_on)
     values (?, ?, 'TF_THB_MEMBER', 'NATIONAL', 'LV', '2020-01-01', ?)`,
    [assignmentId, expertId, endsOn],
  );
  await connection.execute(`update app_user set expert_id = ? where id = ?`, [expertId, user.id]);
  const { cookie } = await signIn(app, { email: user.email, password: user.password });
  if (!cookie) throw new Error('the task force member could not sign in');
  return { cookie, assignmentId };
}
