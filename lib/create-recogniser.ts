/**
 * The engine's front door: page text → normalise → match → resolve → mentions.
 * Used unchanged by the content script, the background, the CLI, tests and benchmarks.
 */
import { BUNDLED_LEXICON } from './lexicon/bundled-lexicon';
import type { LexiconEntry } from './lexicon/types';
import { buildIndex, type NamedPerson } from './recognise/build-index';
import { Recogniser } from './recognise/recognise';

export type { Mention, MentionKind } from './recognise/mention';
export type { NamedPerson } from './recognise/build-index';
export type { RecogniseOptions } from './recognise/recognise';
export { Recogniser };

export function createRecogniser(
  people: readonly NamedPerson[],
  lexicon: readonly LexiconEntry[] = BUNDLED_LEXICON,
): Recogniser {
  return new Recogniser(buildIndex(lexicon, people));
}
