/**
 * The pathway's live channel, `pathway:<id>`: a draft saved or a version published. Ids and numbers only; each
 * process resolves an event once for all its subscribers (pathway.live.ts).
 */
export interface PathwayEvent {
  kind: 'DRAFT_SAVED' | 'PUBLISHED';
  pathwayId: string;
  number: number;
}

declare module '../../core/pubsub.js' {
  interface TopicFamilies {
    pathway: PathwayEvent;
  }
}
