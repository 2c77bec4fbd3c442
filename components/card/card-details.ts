/**
 * What a card shows beyond the mention itself, as the background answers (each part may still
 * be missing while it loads). The content script fetches it (entrypoints/news.content/); the
 * card components only read it.
 */
import type { Person, Position } from '../../lib/dataset/types';
import { englishOfPost, type TermInfo } from '../../lib/lexicon/lookup-term';
import type { HeldBy } from '../../utils/messages';

export interface CardDetails {
  /** The dataset record of a linked person. */
  person?: Person;
  /** Records of the other people sharing the name (homonyms). */
  alternatives?: Person[];
  /** The dataset's as-of date (YYYY-MM-DD): "now" on the card. */
  asOf?: string;
  /** Lexicon entries of the phrases the card shows, keyed by the phrase as written. */
  terms?: Record<string, TermInfo>;
  /** Title and body cards: who held the post on the article's date. */
  heldBy?: HeldBy;
}

/** The English of a post from the terms the background looked up, or undefined. */
export function englishFrom(
  terms: CardDetails['terms'],
): (post: Pick<Position, 'raw' | 'title' | 'body'>) => string | undefined {
  return (post) => (terms ? englishOfPost((phrase) => terms[phrase], post) : undefined);
}

/** Every phrase whose lexicon entry a card about these people may show. */
export function phrasesOf(
  people: readonly (Person | undefined)[],
  extra: readonly (string | undefined)[] = [],
): string[] {
  const phrases = new Set<string>();
  for (const person of people) {
    for (const p of person?.positions ?? []) {
      phrases.add(p.raw);
      if (p.title) phrases.add(p.title);
      if (p.body) phrases.add(p.body);
    }
  }
  for (const phrase of extra) if (phrase) phrases.add(phrase);
  return [...phrases];
}
