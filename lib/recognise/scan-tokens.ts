/**
 * The page text as the recogniser reads it: tokens, what separates them, and their ids in
 * each trie. Built once per text; every later step only indexes into these arrays.
 */
import type { SyllableTable } from '../match/syllable-table';
import {
  KEY_CACHE_SLOTS,
  TOKEN_ALL_CAPS,
  TOKEN_ASCII,
  TOKEN_UPPER,
  TOKEN_Y_FOLDED,
  tokenizeToColumns,
} from '../text/tokenize';
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
  /** Number of tokens; the arrays below are indexed by token. */
  count: number;
  /** Folded syllable of each token (see lib/text/tokenize.ts). */
  keys: string[];
  /** Original offsets of each token: text.slice(starts[i], ends[i]). */
  starts: Int32Array;
  ends: Int32Array;
  /** TOKEN_* bits of each token: upper, all caps, ASCII, i/y-folded. */
  flags: Uint8Array;
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

/**
 * Syllable ids remembered per slot of the tokenizer's key cache: news text repeats a few
 * hundred syllables and the tokenizer hands the same string back for them, so most lookups
 * end in one identity comparison (measured: the table lookup was the scan's largest cost).
 */
const slotKeys: (string | undefined)[] = new Array<undefined>(KEY_CACHE_SLOTS).fill(undefined);
const slotIds = new Int32Array(KEY_CACHE_SLOTS);
let slotTable: SyllableTable | undefined;

function idOf(table: SyllableTable, key: string, slot: number): number {
  if (slot < 0) return table.idOf(key);
  if (table !== slotTable) {
    slotKeys.fill(undefined);
    slotTable = table;
  }
  if (slotKeys[slot] === key) return slotIds[slot]!;
  const id = table.idOf(key);
  slotKeys[slot] = key;
  slotIds[slot] = id;
  return id;
}

export function scanText(index: RecogniserIndex, text: string): ScannedText {
  const { count: n, keys, starts, ends, flags, slots } = tokenizeToColumns(text);
  const gaps = new Uint8Array(n);
  const ids = new Int32Array(n);
  const table = index.syllables;
  gaps[0] = Gap.Hard;
  for (let i = 0; i < n; i++) {
    ids[i] = idOf(table, keys[i]!, slots[i]!);
    if (i === 0) continue;
    const from = ends[i - 1]!;
    const to = starts[i]!;
    // Most gaps are one plain space.
    gaps[i] =
      to === from + 1 && text.charCodeAt(from) === 0x20 ? Gap.Space : classifyGap(text, from, to);
  }
  // A "." ends a sentence ("bếp.Lực lượng", "Bộ. Ngoại giao") unless it follows a single
  // letter or an all-caps abbreviation ("T.Ư", "TP.HCM").
  for (let i = 1; i < n; i++) {
    if (gaps[i] !== Gap.Soft) continue;
    if (!text.slice(ends[i - 1]!, starts[i]!).includes('.')) continue;
    const abbreviation =
      (flags[i - 1]! & TOKEN_ALL_CAPS) !== 0 || ends[i - 1]! - starts[i - 1]! === 1;
    if (!abbreviation) gaps[i] = Gap.Hard;
  }
  return {
    text,
    count: n,
    keys,
    starts,
    ends,
    flags,
    gaps,
    ids,
  };
}

export function isUpperAt(scanned: ScannedText, i: number): boolean {
  return i < scanned.count && (scanned.flags[i]! & TOKEN_UPPER) !== 0;
}

export function isAllCapsAt(scanned: ScannedText, i: number): boolean {
  return (scanned.flags[i]! & TOKEN_ALL_CAPS) !== 0;
}

export function isAsciiAt(scanned: ScannedText, i: number): boolean {
  return (scanned.flags[i]! & TOKEN_ASCII) !== 0;
}

export function isYFoldedAt(scanned: ScannedText, i: number): boolean {
  return (scanned.flags[i]! & TOKEN_Y_FOLDED) !== 0;
}
