import { raw } from '@mikro-orm/sql';

/**
 * Text search as SQL conditions. Input is always a bound parameter; the caller has length-limited it.
 * Full text over unaccented words, plus trigram word similarity for names so that "Liepaja" finds
 * "Liepāja" and "Gdansk" finds "Gdańsk", and small typos still match.
 */
export function normaliseSearchText(text: string | null | undefined): string | null {
  // Control characters carry no meaning in a search and would only confuse the parsers.
  const cleaned = text
    ?.replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned ? cleaned : null;
}

const QUERY = `websearch_to_tsquery('simple', immutable_unaccent(?))`;
const NAME = (column: string) => `immutable_unaccent(lower(?)) <% immutable_unaccent(lower(${column}))`;

export function organisationMatches(text: string) {
  return raw((alias) => `(${alias}.search_vector @@ ${QUERY} or ${NAME(`${alias}.name`)})`, [text, text]);
}

export function expertMatches(text: string) {
  return raw(
    (alias) => `(${alias}.search_vector @@ ${QUERY}
      or ${NAME(`${alias}.full_name`)}
      or ${alias}.organisation_id in (select o.id from organisation o where o.search_vector @@ ${QUERY} or ${NAME('o.name')})
      or ${alias}.municipality_id in (select m.id from municipality m where ${NAME('m.name')}))`,
    [text, text, text, text, text],
  );
}
