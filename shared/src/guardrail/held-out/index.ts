import type { CorpusPost } from '../corpus/post.js';
import { HELD_OUT_BALTIC } from './baltic.js';
import { HELD_OUT_CENTRAL } from './central.js';
import { HELD_OUT_ENGLISH } from './english.js';
import { HELD_OUT_NORDIC } from './nordic.js';

/** Posts written after the rules and without reading them: the guardrail must generalise, not remember. */
export const HELD_OUT: readonly CorpusPost[] = [...HELD_OUT_ENGLISH, ...HELD_OUT_CENTRAL, ...HELD_OUT_BALTIC, ...HELD_OUT_NORDIC];
