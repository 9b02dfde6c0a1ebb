import type { MatrixCase } from './authorization-matrix.cases.js';
import { MEMBERS } from './matrix-roles.js';

// The reply box's queries (features/forum/post-preview.resolver.ts): members only; an unknown or hidden thread is
// NOT_FOUND. Who may be offered in a closed group is proven in features/forum/post-preview.test.ts.

export const POST_PREVIEW_MATRIX: MatrixCase[] = [
  {
    field: 'Query.previewPost',
    document: `query ($threadId: ID!) { previewPost(threadId: $threadId, source: "**hello**") }`,
    allowed: MEMBERS,
    variables: (t) => ({ threadId: t.unknownId }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Query.mentionCandidates',
    document: `query ($threadId: ID!) { mentionCandidates(threadId: $threadId, query: "an") { expertId name } }`,
    allowed: MEMBERS,
    variables: (t) => ({ threadId: t.unknownId }),
    expectAllowed: 'NOT_FOUND',
  },
];
