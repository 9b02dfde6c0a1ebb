/** What the victim-data guardrail finds; the editor and the API name findings by these kinds. */
export const GUARDRAIL_KINDS = ['NATIONAL_ID', 'PHONE', 'EMAIL', 'BIRTH_DATE', 'NAME_WITH_CASE_WORD'] as const;
export type GuardrailKind = (typeof GUARDRAIL_KINDS)[number];

/** One span of a text that may be a victim's personal data: `text` is `source.slice(start, end)`. */
export interface Finding {
  kind: GuardrailKind;
  start: number;
  end: number;
  text: string;
  /** A short English sentence saying why the span was flagged. */
  reason: string;
}

/** Phones and e-mails that are published on the directory (a member's or an organisation's public contact). */
export interface PublishedContacts {
  phones?: readonly string[];
  emails?: readonly string[];
}

export interface DetectOptions {
  publishedContacts?: PublishedContacts;
}

/**
 * The author's word that a finding is not a victim's personal data. It names the finding by kind and text, not by
 * position, so it still holds after edits elsewhere in the text move the span.
 */
export interface GuardrailConfirmation {
  kind: GuardrailKind;
  text: string;
}
