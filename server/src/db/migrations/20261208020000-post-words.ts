import { Migration } from '@mikro-orm/migrations';

/**
 * The words of the forum's posts, each with the number of posts that hold it, so that a post's words forgive
 * typos as names and thread titles do: a misspelt word is looked up here by trigram similarity (a small table,
 * not 200k texts), and the posts are then found through the full-text index with the words it is close to.
 * Statement-level triggers keep the counts in step with every write (create, edit, hide, purge, a bulk load) in
 * the writing transaction; a word no post holds any more is deleted, so a purged post leaves no word behind here
 * either. Only plain words (letters and digits) are kept: they are what a search can type.
 */
export class Migration20261208020000PostWords extends Migration {
  override name = '20261208020000-post-words';

  override up(): void {
    for (const statement of STATEMENTS) this.addSql(statement);
  }
}

const STATEMENTS = [
  `create table "post_word" ("word" text not null primary key, "posts" int not null)`,
  `create index "post_word_trgm_index" on "post_word" using gin ("word" gin_trgm_ops)`,
  // In word order, so that concurrent writers lock shared words in the same order (no deadlock).
  `create or replace function post_word_change(added text[], removed text[]) returns void language plpgsql as $$
   declare emptied text[];
   begin
     with delta as (
       select word, sum(d)::int as d
       from (select unnest(added) as word, 1 as d union all select unnest(removed), -1) changes
       where word ~ '^[[:alnum:]]+$' group by word having sum(d) <> 0
     ), counted as (
       insert into post_word as w (word, posts) select word, d from delta order by word
       on conflict (word) do update set posts = w.posts + excluded.posts
       returning w.word, w.posts
     )
     select array_agg(word) into emptied from counted where posts <= 0;
     if emptied is not null then
       delete from post_word where word = any(emptied) and posts <= 0;
     end if;
   end $$`,
  `create or replace function post_word_inserted() returns trigger language plpgsql as $$
   begin
     perform post_word_change(array(select unnest(tsvector_to_array(search_vector)) from new_rows), '{}');
     return null;
   end $$`,
  `create or replace function post_word_updated() returns trigger language plpgsql as $$
   begin
     perform post_word_change(
       array(select unnest(tsvector_to_array(n.search_vector)) from new_rows n join old_rows o on o.id = n.id
              where o.search_vector is distinct from n.search_vector),
       array(select unnest(tsvector_to_array(o.search_vector)) from new_rows n join old_rows o on o.id = n.id
              where o.search_vector is distinct from n.search_vector));
     return null;
   end $$`,
  `create or replace function post_word_deleted() returns trigger language plpgsql as $$
   begin
     perform post_word_change('{}', array(select unnest(tsvector_to_array(search_vector)) from old_rows));
     return null;
   end $$`,
  `create trigger post_word_inserted after insert on "post" referencing new table as new_rows
     for each statement execute function post_word_inserted()`,
  `create trigger post_word_updated after update on "post" referencing old table as old_rows new table as new_rows
     for each statement execute function post_word_updated()`,
  `create trigger post_word_deleted after delete on "post" referencing old table as old_rows
     for each statement execute function post_word_deleted()`,
  `select post_word_change(array(select unnest(tsvector_to_array(search_vector)) from "post"), '{}')`,
];
