/**
 * Splits text into word tokens carrying the matching key of VIETNAMESE.md §1 and exact
 * original offsets. Shares its scanner with `foldText`, so a token's key is exactly the
 * `foldText` key of its span.
 */
import { tokenizeColumns, tokenizeText, type Token, type TokenColumns } from './fold-core';

export type { Token, TokenColumns };
export {
  KEY_CACHE_SLOTS,
  TOKEN_ALL_CAPS,
  TOKEN_ASCII,
  TOKEN_UPPER,
  TOKEN_Y_FOLDED,
} from './fold-core';

/**
 * Tokens of `text`: maximal runs of letters, combining marks and digits; noise characters
 * (soft hyphen, ZWSP inside a word, ...) do not split a token. Everything else separates.
 * `text.slice(token.start, token.end)` is the token as written.
 */
export function tokenize(text: string): Token[] {
  return tokenizeText(text);
}

/** The same tokens as columns (keys, offsets, TOKEN_* flags): the recogniser's hot path. */
export function tokenizeToColumns(text: string): TokenColumns {
  return tokenizeColumns(text);
}

const ASCII_OF = new Map<number, string>([
  [0xe2, 'a'], // â
  [0x103, 'a'], // ă
  [0xea, 'e'], // ê
  [0xf4, 'o'], // ô
  [0x1a1, 'o'], // ơ
  [0x1b0, 'u'], // ư
  [0x111, 'd'], // đ
]);

function asciiOfChar(c: number): string {
  let s = ASCII_OF.get(c);
  if (s === undefined) {
    s = String.fromCharCode(c).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
    ASCII_OF.set(c, s);
  }
  return s;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

const VOWELS = new Set('aăâeêioôơuưy');

/** Number of vowel groups in key[from, to): the most tones those letters can carry. */
function vowelGroups(key: string, from: number, to: number): number {
  let groups = 0;
  let inVowel = false;
  for (let p = from; p < to; p++) {
    const v = VOWELS.has(key[p]!);
    if (v && !inVowel) groups++;
    inVowel = v;
  }
  return groups;
}

/**
 * The ASCII-tier key of a token (as `asciiFold` of its text): marks stripped, đ → d, no tone
 * digits, no i/y fold. Computed from `token.key`. Exact for ASCII tokens and for tokens without
 * digits in the original. Where a non-ASCII token glues digits to a syllable, a tone digit and
 * a written digit look alike in the key: the leading digits 1–5 after a run of letters are read
 * as tones, at most one per vowel group of the run ("nôichu53" from the glued "NộiChủ" →
 * "noichu"; "đ2" → "d2"; "a112" from "Á12" → "a12"; but "năm1953" → "nam953"). Such tokens
 * never match a name.
 */
export function asciiKeyOf(token: Token): string {
  const key = token.key;
  let out = '';
  let keyRun = 0; // start in `key` of the current letter run
  let outRun = 0; // start in `out` of the current letter run
  for (let p = 0; p < key.length;) {
    const c = key.charCodeAt(p);
    if (!isDigit(c)) {
      out += c < 0x80 ? key[p] : asciiOfChar(c);
      p++;
      continue;
    }
    if (p > keyRun) {
      // A digit run right after letters: tone digits first.
      let tones = token.isAscii ? 0 : vowelGroups(key, keyRun, p);
      while (
        tones > 0 &&
        p < key.length &&
        key.charCodeAt(p) >= 0x31 &&
        key.charCodeAt(p) <= 0x35
      ) {
        p++;
        tones--;
      }
      if (token.yFolded) out = unfoldY(out, outRun);
    }
    while (p < key.length && isDigit(key.charCodeAt(p))) out += key[p++];
    keyRun = p;
    outRun = out.length;
  }
  if (token.yFolded && key.length > keyRun) out = unfoldY(out, outRun);
  return out;
}

/** Turns "li" back into "ly" when the run is onset + i (the only shape the i/y fold makes). */
function unfoldY(out: string, runStart: number): string {
  const run = out.slice(runStart);
  if (run.length >= 2 && run.length <= 3 && run.endsWith('i') && Y_ONSETS.has(run.slice(0, -1))) {
    return out.slice(0, -1) + 'y';
  }
  return out;
}

const Y_ONSETS = new Set([
  'b',
  'd',
  'đ',
  'h',
  'k',
  'l',
  'm',
  'n',
  'r',
  's',
  't',
  'v',
  'x',
  'ch',
  'kh',
  'nh',
  'ph',
  'qu',
  'th',
  'tr',
]);
