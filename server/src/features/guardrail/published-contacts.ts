import { detectVictimData, type Finding, type PublishedContacts } from '@strom/shared';
import type { Em } from '../../db/orm.js';

/** Phones are matched on their last digits: the text may write a number nationally, the directory internationally. */
const PHONE_TAIL = 7;

const tail = (phone: string) => phone.replace(/\D/g, '').slice(-PHONE_TAIL);

/**
 * The directory's contacts among the phones and e-mails found in a text, in one statement: experts' contacts that
 * every member may see (visibility NETWORK; otherwise checkText would tell a member whether a number hidden from
 * them belongs to an expert), and organisations' public phones, e-mails and service hotlines. Run through the
 * caller's entity manager, so it joins a command's transaction (PGlite has one connection).
 */
export async function publishedContactsIn(em: Em, findings: readonly Finding[]): Promise<PublishedContacts> {
  const emails = findings.filter((f) => f.kind === 'EMAIL').map((f) => f.text.toLowerCase());
  const phoneTails = findings.filter((f) => f.kind === 'PHONE').map((f) => tail(f.text));
  if (emails.length === 0 && phoneTails.length === 0) return {};
  const phoneIn = (column: string) => `right(regexp_replace(${column}, '\\D', '', 'g'), ${PHONE_TAIL}) = any(wanted.phones)`;
  const emailIn = (column: string) => `lower(${column}) = any(wanted.emails)`;
  const rows = await em.execute<{ email: string | null; phone: string | null }[]>(
    `with wanted as (select string_to_array(?, ' ') as emails, string_to_array(?, ' ') as phones)
     select case when email_visibility = 'NETWORK' and ${emailIn('email')} then email end as email,
            case when phone_visibility = 'NETWORK' and ${phoneIn('phone')} then phone end as phone
       from expert, wanted
      where (email_visibility = 'NETWORK' and ${emailIn('email')}) or (phone_visibility = 'NETWORK' and ${phoneIn('phone')})
     union all
     select case when ${emailIn('email')} then email end, case when ${phoneIn('phone')} then phone end
       from organisation, wanted where ${emailIn('email')} or ${phoneIn('phone')}
     union all
     select null, hotline from organisation_service, wanted where ${phoneIn('hotline')}`,
    // Lists bound as words: the driver would spread an array into separate parameters. Neither holds spaces.
    [emails.join(' '), phoneTails.join(' ')],
  );
  return {
    emails: rows.flatMap((row) => (row.email === null ? [] : [row.email])),
    phones: rows.flatMap((row) => (row.phone === null ? [] : [row.phone])),
  };
}

/** The server's findings in a text: the shared detector, told which phones and e-mails the directory publishes. */
export async function findVictimData(em: Em, text: string): Promise<Finding[]> {
  const findings = detectVictimData(text);
  const publishedContacts = await publishedContactsIn(em, findings);
  if (!publishedContacts.emails?.length && !publishedContacts.phones?.length) return findings;
  return detectVictimData(text, { publishedContacts });
}
