import { BALTIC } from './baltic.js';
import { ENGLISH } from './english.js';
import { NORDIC } from './nordic.js';
import { POLISH_GERMAN_RUSSIAN } from './polish-german-russian.js';
import type { CorpusPost } from './post.js';

export type { CorpusPost } from './post.js';
export const CORPUS: readonly CorpusPost[] = [...ENGLISH, ...BALTIC, ...POLISH_GERMAN_RUSSIAN, ...NORDIC];
