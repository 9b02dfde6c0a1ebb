import { Migration } from '@mikro-orm/migrations';

/**
 * Threads and posts join the search (issue 11). Generated columns keep the index in step with every write
 * (create, edit, hide, purge) without hooks in the forum's commands. A post is indexed by the text of its
 * public HTML, which names nobody (mentions read "@a member"): the index never holds a name an anonymous reader
 * may not see, and a purged post, whose HTML is emptied, leaves no word behind.
 */
export class Migration20261207120000ForumSearch extends Migration {
  override name = '20261207120000-forum-search';

  override up(): void {
    for (const statement of STATEMENTS) this.addSql(statement);
  }
}

const STATEMENTS = [
  // The server renders HTML through rehype-stringify, which escapes only these characters in text.
  `create or replace function html_text(html text) returns text
     language sql immutable parallel safe strict
     as $$ select trim(regexp_replace(replace(replace(replace(replace(replace(replace(replace(
             regexp_replace(html, '<[^>]*>', ' ', 'g'),
             '&#x3C;', '<'), '&lt;', '<'), '&#x3E;', '>'), '&gt;', '>'), '&#x22;', '"'), '&quot;', '"'), '&#x26;', '&'),
           '\\s+', ' ', 'g')) $$`,
  `alter table "post" add column "search_vector" tsvector
     generated always as (to_tsvector('simple', immutable_unaccent(html_text("public_html")))) stored`,
  `create index "post_search_vector_index" on "post" using gin ("search_vector")`,
  // A common word's newest posts: walked in this order until a page is full, instead of reading every match.
  `create index "post_created_at_index" on "post" ("created_at" desc, "id")`,
  `alter table "thread" add column "search_vector" tsvector
     generated always as (to_tsvector('simple', immutable_unaccent("title" || ' ' || immutable_array_to_string("tags")))) stored`,
  `alter table "thread" add column "search_name" text generated always as (immutable_unaccent(lower("title"))) stored`,
  `create index "thread_search_vector_index" on "thread" using gin ("search_vector")`,
  `create index "thread_search_name_trgm_index" on "thread" using gin ("search_name" gin_trgm_ops)`,
];
