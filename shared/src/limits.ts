// Limits both sides enforce: the client to guide input, the server to refuse it.
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;
export const SEARCH_TEXT_MAX = 200;
/** The search counts matching forum posts up to this many (an exact count of a common word would read them all). */
export const SEARCH_POST_COUNT_MAX = 100;
export const NAME_MAX = 200;
export const ACRONYM_MAX = 20;
export const DESCRIPTION_MAX = 4000;
export const URL_MAX = 500;
export const ACTIVITY_FEED_MAX = 50;
export const EMAIL_MAX = 320;
/** Room for a formatted international number ("+371 (6) 700-00-000") before it is normalised. */
export const PHONE_MAX = 30;
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const INVITATION_TEXT_MAX = 2000;
export const TOPICS_MAX = 20;
export const TOPIC_MAX = 100;
/** Markdown a member writes (a forum post, minutes…): about eight pages of text. */
export const MARKDOWN_SOURCE_MAX = 20_000;
/** The longest text the victim-data guardrail checks in one call (a post is shorter). */
export const GUARDRAIL_TEXT_MAX = 100_000;
/** Confirmations a member may send with one text: more findings than this means the text needs editing. */
export const GUARDRAIL_CONFIRMATIONS_MAX = 200;
/** The longest finding text a confirmation may name (an e-mail address is the longest finding). */
export const GUARDRAIL_FINDING_TEXT_MAX = 400;
/** Why a directory change is asked for (a proposed organisation, a declined one): a paragraph. */
export const REASON_MAX = 2000;
/** What a role holder is responsible for, in a few sentences. */
export const RESPONSIBILITIES_MAX = 1000;
/** Where a service is delivered: one postal address. */
export const ADDRESS_MAX = 500;
/** Places or cases a service takes at a time: well above any shelter or team. */
export const SERVICE_CAPACITY_MAX = 100_000;
/** Forms of exploitation, target groups or languages one service lists. */
export const SERVICE_TAGS_MAX = 30;
