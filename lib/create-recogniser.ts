/**
 * The engine's front door: page text → normalise → match → resolve → mentions.
 * Used unchanged by the content script, the background, the CLI, tests and benchmarks.
 */
import { BUNDLED_LEXICON } from './lexicon/bundled-lexicon';
import type { LexiconEntry } from './lexicon/types';
import { buildIndex, type NamedPerson } from './recognise/build-index';
import { Recogniser } from './recognise/recognise';
import {
  deserializeIndex,
  serializeIndex,
  type SerializedIndex,
} from './recognise/serialize-index';

export type { Mention, MentionKind } from './recognise/mention';
export type { NamedPerson } from './recognise/build-index';
export type { RecogniseOptions } from './recognise/recognise';
export { Recogniser };
export type { SerializedIndex };

export function createRecogniser(
  people: readonly NamedPerson[],
  lexicon: readonly LexiconEntry[] = BUNDLED_LEXICON,
): Recogniser {
  return new Recogniser(buildIndex(lexicon, people));
}

/** The index a background builds once and sends to pages (see recogniserFromIndex). */
export function buildSerializedIndex(
  people: readonly NamedPerson[],
  lexicon: readonly LexiconEntry[] = BUNDLED_LEXICON,
): SerializedIndex {
  return serializeIndex(buildIndex(lexicon, people));
}

/** A recogniser from a serialised index: what a content script does on each page. */
export function recogniserFromIndex(index: SerializedIndex): Recogniser {
  return new Recogniser(deserializeIndex(index));
}
