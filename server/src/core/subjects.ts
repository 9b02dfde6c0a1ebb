import type { Em } from '../db/orm.js';
import type { Viewer } from './auth.js';

/** What a reader may see of another feature's thing (a thread, a post, later a meeting): title and where it lives. */
export interface SubjectSummary {
  title: string;
  path: string;
}

/** A feature's things by id, as one reader may see them: ids the reader may not see (or that are gone) are left out. */
export interface SubjectSource {
  /** e.g. 'thread', 'post' (forum), later 'meeting'. */
  type: string;
  /**
   * ONE statement for all the ids, through `em` itself (`em.execute`, the query builder, `find`), never
   * `em.getConnection()`: inside a command `em` is the transaction's, and another connection would wait on it.
   */
  summarise(em: Em, viewer: Viewer, ids: readonly string[]): Promise<Map<string, SubjectSummary>>;
}

/** A thing of some feature, by its source's type and its id. */
export interface SubjectRef {
  type: string;
  id: string;
}

/** The features' subject sources by type (from their manifests), for read models that show other features' things. */
export interface Subjects {
  source(type: string): SubjectSource | null;
  /**
   * Summaries of mixed things as one reader sees them, keyed by `subjectKey`: one statement per type. Things of
   * an unknown type, gone or hidden from the reader are left out.
   */
  summarise(em: Em, viewer: Viewer, refs: readonly SubjectRef[]): Promise<Map<string, SubjectSummary>>;
}

export function subjectKey(ref: SubjectRef): string {
  return `${ref.type}:${ref.id}`;
}

export function collectSubjects(sources: readonly SubjectSource[]): Subjects {
  const byType = new Map<string, SubjectSource>();
  for (const source of sources) {
    if (byType.has(source.type)) throw new Error(`two features declare the subject type '${source.type}'`);
    byType.set(source.type, source);
  }
  return {
    source: (type) => byType.get(type) ?? null,
    summarise: async (em, viewer, refs) => {
      const idsByType = new Map<string, Set<string>>();
      for (const ref of refs) {
        if (!byType.has(ref.type)) continue;
        const ids = idsByType.get(ref.type) ?? new Set<string>();
        ids.add(ref.id);
        idsByType.set(ref.type, ids);
      }
      const summarised = await Promise.all(
        [...idsByType].map(async ([type, ids]) => {
          const found = await byType.get(type)!.summarise(em, viewer, [...ids]);
          return [...found].map(([id, summary]) => [subjectKey({ type, id }), summary] as const);
        }),
      );
      return new Map(summarised.flat());
    },
  };
}
