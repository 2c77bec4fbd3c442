/**
 * The page text as the recogniser reads it: tokens, what separates them, and their ids in
 * each trie. Built once per text; every later step only indexes into these arrays.
 */
import { tokenize, type Token } from '../text/tokenize';
import type { RecogniserIndex } from './build-index';

/** What stands between token i-1 and token i. */
export const Gap = {
  /** Spaces only (including NBSP and the like): words of one phrase or name. */
  Space: 0,
  /** A comma: items of a title chain ("Phó Thủ tướng, Bộ trưởng"). */
  Comma: 1,
  /** A hyphen, slash or abbreviation dot: may sit inside a lexicon phrase ("T.Ư"). */
  Soft: 2,
  /** Sentence or paragraph end, brackets, quotes: nothing continues across it. */
  Hard: 3,
} as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

export interface ScannedText {
  text: string;
  tokens: Token[];
  /** gaps[i]: the gap before token i (gaps[0] is Hard). */
  gaps: Uint8Array;
  /** Syllable id of each token in the index's shared table (-1: in no pattern). An ASCII
   * token's key is its own ASCII tier, so the same ids serve the ASCII name trie. */
  ids: Int32Array;
}

function classifyGap(text: string, from: number, to: number): Gap {
  let gap: Gap = Gap.Space;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return Gap.Hard;
    if (c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200f)) continue;
    if (c === 0x202f || c === 0x3000 || c === 0xad || c === 0xfeff || c === 0x2060) continue;
    if (c === 0x2c /* , */) {
      if (gap !== Gap.Space) return Gap.Hard;
      gap = Gap.Comma;
      continue;
    }
    if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2f || c === 0x2e || c === 0x27) {
      // - – — / . ' : a hyphenated or abbreviated phrase; "." only counts if it is alone.
      if (gap === Gap.Comma) return Gap.Hard;
      gap = Gap.Soft;
      continue;
    }
    return Gap.Hard;
  }
  return gap;
}

export function scanText(index: RecogniserIndex, text: string): ScannedText {
  const tokens = tokenize(text);
  const n = tokens.length;
  const gaps = new Uint8Array(n);
  const ids = new Int32Array(n);
  const table = index.syllables;
  let previousEnd = 0;
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    ids[i] = table.idOf(token.key);
    gaps[i] = i === 0 ? Gap.Hard : classifyGap(text, previousEnd, token.start);
    previousEnd = token.end;
  }
  // A "." ends a sentence ("bếp.Lực lượng", "Bộ. Ngoại giao") unless it follows a single
  // letter or an all-caps abbreviation ("T.Ư", "TP.HCM").
  for (let i = 1; i < n; i++) {
    if (gaps[i] !== Gap.Soft) continue;
    const before = tokens[i - 1]!;
    if (!text.slice(before.end, tokens[i]!.start).includes('.')) continue;
    if (!(before.allCaps || before.end - before.start === 1)) gaps[i] = Gap.Hard;
  }
  return {
    text,
    tokens,
    gaps,
    ids,
  };
}
