import { detectVictimData, type Finding, type PublishedContacts } from '@strom/shared';
import type { Em } from '../../db/orm.js';

/** Phones are matched on their last digits: the text may write a number nationally, the directory internationally. */
const PHONE_TAIL = 7;

const tail = (phone: string) => phone.replace(/\D/g, '').slice(-PHONE_TAIL);

/**
 * The directory's contacts among the phones and e-mails found in a text, in one statement. Only contacts every member
 * may see count as published (visibility NETWORK): otherwise checkText would tell a member whether a number hidden
 * from them belongs to an expert. Organisations carry no contact details of their own yet.
 */
export async function publishedContactsIn(em: Em, findings: readonly Finding[]): Promise<PublishedContacts> {
  const emails = findings.filter((f) => f.kind === 'EMAIL').map((f) => f.text.toLowerCase());
  const phoneTails = findings.filter((f) => f.kind === 'PHONE').map((f) => tail(f.text));
  if (emails.length === 0 && phoneTails.length === 0) return {};
  const rows = await em.getConnection().execute<{ email: string | null; phone: string | null }[]>(
    `select case when email_visibility = 'NETWORK' then email end as email,
            case when phone_visibility = 'NETWORK' then phone end as phone
       from expert
      where (email_visibility = 'NETWORK' and lower(email) = any(string_to_array(?, ' ')))
         or (phone_visibility = 'NETWORK' and right(regexp_replace(phone, '\\D', '', 'g'), ${PHONE_TAIL}) = any(string_to_array(?, ' ')))`,
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
