/**
 * What the lexicon says about a title or body written in Vietnamese: its English (as official
 * outlets write it), its kind, when it existed and what took it over. Used by the cards, which
 * show the English of every post and what a body is; spelling variants ("Uỷ"/"Ủy", "TW") are
 * matched through the folded key.
 */
import { foldPhrase } from '../text/fold-text';
import type { LexiconEntry } from './types';

export interface TermInfo {
  vi: string;
  en: string;
  kind: LexiconEntry['kind'];
  validFrom?: string;
  validTo?: string;
  successors?: { body: string; date: string }[];
}

export type TermLookup = (phrase: string) => TermInfo | undefined;

export function termLookup(lexicon: readonly LexiconEntry[]): TermLookup {
  const byKey = new Map<string, TermInfo>();
  for (const entry of lexicon) {
    const info: TermInfo = { vi: entry.vi, en: entry.en, kind: entry.kind };
    if (entry.validFrom) info.validFrom = entry.validFrom;
    if (entry.validTo) info.validTo = entry.validTo;
    if (entry.successors?.length) info.successors = entry.successors;
    for (const form of [entry.vi, ...entry.variants]) {
      const key = foldPhrase(form);
      // The canonical form of an entry wins over another entry's variant.
      if (!byKey.has(key) || form === entry.vi) byKey.set(key, info);
    }
  }
  return (phrase) => byKey.get(foldPhrase(phrase));
}

/** "Chairman / Head (of a Party commission or board)" → "Chairman / Head": for composing. */
function withoutNote(en: string): string {
  return en.replace(/\s*\([^)]*\)/g, '').trim();
}

/**
 * The English of a post: the whole phrase when the lexicon has it ("Trưởng Ban Tổ chức Trung
 * ương"), else its title and body joined ("Minister, Ministry of Foreign Affairs"), else
 * whichever part is known; undefined when neither is.
 */
export function englishOfPost(
  lookup: TermLookup,
  post: { raw?: string; title?: string; body?: string },
): string | undefined {
  const whole = post.raw === undefined ? undefined : lookup(post.raw);
  if (whole) return whole.en;
  const title = post.title === undefined ? undefined : lookup(post.title);
  const body = post.body === undefined ? undefined : lookup(post.body);
  if (title && body) return `${withoutNote(title.en)}, ${body.en}`;
  return title?.en ?? body?.en;
}
