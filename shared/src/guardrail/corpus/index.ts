import { BALTIC } from './baltic.js';
import { ENGLISH } from './english.js';
import { LATE } from './late.js';
import { LATE_FOURTH } from './late-fourth.js';
import { LATE_SECOND } from './late-second.js';
import { LATE_THIRD } from './late-third.js';
import { MARKDOWN } from './markdown.js';
import { MIXED } from './mixed.js';
import { NORDIC } from './nordic.js';
import { POLISH_GERMAN_RUSSIAN } from './polish-german-russian.js';
import type { CorpusPost } from './post.js';

export type { CorpusPost } from './post.js';
export const CORPUS: readonly CorpusPost[] = [
  ...ENGLISH,
  ...BALTIC,
  ...POLISH_GERMAN_RUSSIAN,
  ...NORDIC,
  ...MIXED,
  ...LATE,
  ...LATE_SECOND,
  ...LATE_THIRD,
  ...LATE_FOURTH,
  ...MARKDOWN,
];
