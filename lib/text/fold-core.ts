/**
 * Shared core of the Vietnamese matching key (VIETNAMESE.md §1, steps 1–5): a character table
 * built once at module load, and one word scanner used by both `foldText` and `tokenize`, so
 * the two always give the same key for the same syllable.
 *
 * The hot path never calls `String.prototype.normalize`: every precomposed letter is looked up
 * in a table computed once with NFD/NFC; combining marks are resolved with a small table.
 *
 * Rules fixed here (VIETNAMESE.md leaves them open):
 * - A syllable is a maximal run of letters and combining marks inside a word (noise characters
 *   inside are skipped). Its tone digits go where the run ends, so "Á1" folds to "a11": a digit
 *   glued after a syllable is ambiguous with a tone digit, which is harmless for names.
 * - A syllable with several tone marks keeps them all as digits, in order of appearance; a tone
 *   mark repeating the one just before it ("é" + U+0301) counts once.
 * - A combining mark with no letter before it in its syllable (at the start of a word, or after
 *   a digit) stays in the key as it is, even a tone mark: it has no vowel to sit on.
 * - A non-tone combining mark composes with the key character before it when Unicode has a
 *   precomposed Latin letter for the pair (u + U+031B → ư, even with a tone mark between them);
 *   otherwise it stays in the key as it is (so "и" + U+0306 does not become "й").
 * - A ZWSP (alone or among other noise) between two word characters is noise, except after a
 *   lowercase (or caseless) letter and before an uppercase letter ("Nguyễn\u200BVăn"): a space.
 * - Whitespace is not collapsed: every space-like character gives one ' ' in the key.
 */

/** Character classes. */
export const CLS_LETTER = 1;
export const CLS_MARK = 2;
export const CLS_DIGIT = 3;
export const CLS_SPACE = 4;
export const CLS_NOISE = 5;
export const CLS_ZWSP = 6;
export const CLS_OTHER = 7;
/** A UTF-16 surrogate: classified by code point through `wideEntry`. */
const CLS_SURROGATE = 8;

// Packed table entry: bits 0–3 class, 4–6 first tone, 7–9 second tone, 10 upper, 11 ASCII
// letter or digit, 16–31 folded UTF-16 unit (lowercased, tone-free; 0 when longer: see MULTI).
// 0 means "not classified yet".
const CLS_MASK = 15;
const TONE_SHIFT = 4;
const TONES_MASK = 0x3f << TONE_SHIFT;
const F_UPPER = 1 << 10;
const F_ASCII = 1 << 11;

const TABLE = new Int32Array(0x10000);
const MULTI = new Map<number, string>();
/** (key char * 0x10000 + combining mark) → precomposed key char. */
const COMPOSE = new Map<number, number>();

interface Entry {
  cls: number;
  /** Key text (lowercased, tone-free). */
  fold: string;
  /** Tone digits, first in bits 0–2, second in bits 3–5. */
  tones: number;
  upper: boolean;
  ascii: boolean;
}
const WIDE = new Map<number, Entry>();

const MARK_TONE: Record<number, number> = {
  0x300: 2, // huyền (grave)
  0x301: 1, // sắc (acute)
  0x303: 4, // ngã (tilde)
  0x309: 3, // hỏi (hook above)
  0x323: 5, // nặng (dot below)
  0x340: 2, // grave tone mark look-alike
  0x341: 1, // acute tone mark look-alike
};

function isNoise(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x34f ||
    (cp >= 0x200c && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0xfeff
  );
}

const RE_MARK = /^\p{M}$/u;
const RE_LETTER = /^\p{L}$/u;
const RE_DIGIT = /^\p{Nd}$/u;
const RE_SPACE = /^\s$/u;

function entry(cls: number, fold: string, tones = 0, upper = false, ascii = false): Entry {
  return { cls, fold, tones, upper, ascii };
}

/** Describes one code point (not a surrogate). Uses normalize(): table building only. */
function describe(cp: number, addCompose: boolean): Entry {
  const ch = String.fromCodePoint(cp);
  if (isNoise(cp)) return entry(CLS_NOISE, '');
  if (cp === 0x200b) return entry(CLS_ZWSP, ' ');
  // Look-alikes of Đ/đ ("Ð".toLowerCase() is "ð", not "đ").
  if (cp === 0xd0 || cp === 0x189) return entry(CLS_LETTER, 'đ', 0, true);
  if (cp === 0xf0 || cp === 0x256) return entry(CLS_LETTER, 'đ');
  if (RE_MARK.test(ch)) return entry(CLS_MARK, ch, MARK_TONE[cp] ?? 0);
  if (RE_LETTER.test(ch)) {
    const lower = ch.toLowerCase();
    const upper = lower !== ch;
    const d = ch.normalize('NFD');
    const baseLen = (d.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
    const base = d.slice(0, baseLen);
    let tones = 0;
    let toneN = 0;
    let rest = '';
    for (let j = baseLen; j < d.length; j++) {
      const t = MARK_TONE[d.charCodeAt(j)];
      if (t === undefined) rest += d[j];
      else if (toneN < 2) tones |= t << (3 * toneN++);
    }
    if (toneN === 0 && rest === '') return entry(CLS_LETTER, lower, 0, upper, cp < 0x80);
    const fold = (base + rest).normalize('NFC').toLowerCase();
    if (addCompose && rest !== '') {
      const prefix = (base + rest.slice(0, -1)).normalize('NFC').toLowerCase();
      if (prefix.length === 1 && fold.length === 1) {
        const mark = rest.charCodeAt(rest.length - 1);
        COMPOSE.set(prefix.charCodeAt(0) * 0x10000 + mark, fold.charCodeAt(0));
      }
    }
    return entry(CLS_LETTER, fold, tones, upper);
  }
  if (RE_DIGIT.test(ch)) return entry(CLS_DIGIT, ch, 0, false, cp < 0x80);
  // \s covers tab, newlines, NBSP, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000.
  if (RE_SPACE.test(ch) || cp === 0x85) return entry(CLS_SPACE, ' ');
  return entry(CLS_OTHER, ch.toLowerCase());
}

/** Stores the entry of BMP unit `c` and returns the packed value. */
function store(c: number, en: Entry): number {
  let fold = 0;
  if (en.fold.length === 1) fold = en.fold.charCodeAt(0);
  else if (en.cls !== CLS_NOISE) MULTI.set(c, en.fold);
  const v =
    en.cls |
    (en.tones << TONE_SHIFT) |
    (en.upper ? F_UPPER : 0) |
    (en.ascii ? F_ASCII : 0) |
    (fold << 16);
  TABLE[c] = v;
  return v;
}

/** Classifies a BMP unit on first sight; returns its packed value. */
function fill(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) {
    TABLE[c] = CLS_SURROGATE;
    return CLS_SURROGATE;
  }
  return store(c, describe(c, false));
}

// Eager tables: Latin (incl. Extended-A/B), combining marks and Latin Extended Additional
// (U+1EA0–U+1EF9 are Vietnamese). Compose pairs come from these only, so the key never depends
// on which characters were seen before. Everything else is classified on first sight.
for (const [from, to] of [
  [0x0, 0x24f],
  [0x300, 0x36f],
  [0x1e00, 0x1eff],
] as const) {
  for (let c = from; c <= to; c++) store(c, describe(c, true));
}

let wideLen = 1;

/** Entry of the code point at text[i] (a surrogate unit); sets `wideLen` to its length. */
function wideEntry(text: string, i: number): Entry {
  const cp = text.codePointAt(i) ?? 0;
  wideLen = cp > 0xffff ? 2 : 1;
  let en = WIDE.get(cp);
  if (en === undefined) {
    // A lone surrogate is a separator; its key is U+FFFD, so that two lone halves around a
    // dropped noise character cannot pair up in the key.
    en = cp <= 0xffff ? entry(CLS_OTHER, '\uFFFD') : describe(cp, false);
    WIDE.set(cp, en);
  }
  return en;
}

/** Class of the character at text[i] (surrogate pairs resolved). */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let v = TABLE[c]!;
  if (v === 0) v = fill(c);
  const cls = v & CLS_MASK;
  return cls === CLS_SURROGATE ? wideEntry(text, i).cls : cls;
}

function isUpperLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  let v = TABLE[c]!;
  if (v === 0) v = fill(c);
  const cls = v & CLS_MASK;
  if (cls === CLS_SURROGATE) {
    const en = wideEntry(text, i);
    return en.cls === CLS_LETTER && en.upper;
  }
  return cls === CLS_LETTER && (v & F_UPPER) !== 0;
}

export function isWordClass(cls: number): boolean {
  return cls === CLS_LETTER || cls === CLS_MARK || cls === CLS_DIGIT;
}

/**
 * Decides a run of noise/ZWSP characters starting at `i` right after a word character.
 * Returns the index of the word character the word goes on with, or -1 when the run ends the
 * word. `prevLower`: the word character before the run (combining marks skipped) is a
 * lowercase or caseless letter.
 */
export function continueAfterNoise(text: string, i: number, prevLower: boolean): number {
  const n = text.length;
  let j = i;
  let zw = false;
  while (j < n) {
    const cl = classAt(text, j);
    if (cl === CLS_NOISE) j++;
    else if (cl === CLS_ZWSP) {
      zw = true;
      j++;
    } else break;
  }
  if (j >= n || !isWordClass(classAt(text, j))) return -1;
  if (zw && prevLower && isUpperLetterAt(text, j)) return -1;
  return j;
}

// ---------------------------------------------------------------------------------------------
// Output buffers shared by foldText and tokenize (single-threaded, never re-entered).

let KEY = new Uint16Array(1024);
let MAP = new Int32Array(1024);
let ENDS = new Int32Array(1024);

function ensureCapacity(min: number): void {
  if (min <= KEY.length) return;
  let size = KEY.length * 2;
  while (size < min) size *= 2;
  const k = new Uint16Array(size);
  k.set(KEY);
  const m = new Int32Array(size);
  m.set(MAP);
  const e = new Int32Array(size);
  e.set(ENDS);
  KEY = k;
  MAP = m;
  ENDS = e;
}

/** Drops large buffers after a big foldText so they are not kept alive. */
function shrinkBuffers(): void {
  if (KEY.length > 1 << 16) {
    KEY = new Uint16Array(1024);
    MAP = new Int32Array(1024);
    ENDS = new Int32Array(1024);
  }
}

/** Results of the last `scanWord`. */
const scan = {
  /** Key length after the word. */
  o: 0,
  /** Exclusive end offset of the word's last non-noise character. */
  end: 0,
  yFolded: false,
  isAscii: true,
  upper: false,
  allCaps: false,
};

const Y = 0x79;
const I = 0x69;

/** Single-letter onsets before a whole-rhyme y: b d đ h k l m n r s t v x. */
function isOnset1(a: number): boolean {
  switch (a) {
    case 0x62: // b
    case 0x64: // d
    case 0x111: // đ
    case 0x68: // h
    case 0x6b: // k
    case 0x6c: // l
    case 0x6d: // m
    case 0x6e: // n
    case 0x72: // r
    case 0x73: // s
    case 0x74: // t
    case 0x76: // v
    case 0x78: // x
      return true;
    default:
      return false;
  }
}

/** Two-letter onsets: ch kh nh ph qu th tr. */
function isOnset2(a: number, b: number): boolean {
  if (b === 0x68) return a === 0x63 || a === 0x6b || a === 0x6e || a === 0x70 || a === 0x74;
  return (a === 0x71 && b === 0x75) || (a === 0x74 && b === 0x72);
}

let closedYFold = false;

/** Most tone digits one syllable keeps (3 bits each in an int). */
const MAX_TONES = 8;

/**
 * Adds tone `t` (1–5) to the packed tone digits of a syllable: 3 bits each, the newest in the
 * low bits. A tone equal to the newest one is not repeated.
 */
function addTone(tones: number, t: number): number {
  if ((tones & 7) === t || tones >= 1 << (3 * (MAX_TONES - 1))) return tones;
  return (tones << 3) | t;
}

/** Closes a syllable: i/y fold, then its tone digits. Returns the new key length. */
function closeSyllable(syl: number, o: number, tones: number, end: number): number {
  const k = KEY;
  const len = o - syl;
  closedYFold = false;
  if ((len === 2 || len === 3) && k[o - 1] === Y) {
    const a = k[syl]!;
    if (len === 2 ? isOnset1(a) : isOnset2(a, k[syl + 1]!)) {
      k[o - 1] = I;
      closedYFold = true;
    }
  }
  if (tones !== 0) {
    let shift = 0;
    while (tones >> (shift + 3) !== 0) shift += 3;
    for (; shift >= 0; shift -= 3) {
      k[o] = 0x30 + ((tones >> shift) & 7);
      MAP[o] = end;
      ENDS[o] = end;
      o++;
    }
  }
  return o;
}

/** Appends `s` to the key, each unit mapped to [from, to). Returns the new key length. */
function writeString(s: string, o: number, from: number, to: number): number {
  for (let j = 0; j < s.length; j++) {
    KEY[o] = s.charCodeAt(j);
    MAP[o] = from;
    ENDS[o] = to;
    o++;
  }
  return o;
}

/**
 * Whether the word character before `i` (noise and combining marks skipped, not before
 * `start`) is a lowercase or caseless letter.
 */
function lowerBefore(text: string, start: number, i: number): boolean {
  for (let j = i - 1; j >= start; j--) {
    const cls = classAt(text, j);
    if (cls === CLS_LETTER) {
      if (j > start && (text.charCodeAt(j) & 0xfc00) === 0xdc00) j--;
      return !isUpperLetterAt(text, j);
    }
    if (cls === CLS_DIGIT) return false;
  }
  return false;
}

/** Whether the first letter in text[start, end) is uppercase. */
function firstLetterUpper(text: string, start: number, end: number): boolean {
  for (let j = start; j < end; j++) {
    if (classAt(text, j) === CLS_LETTER) return isUpperLetterAt(text, j);
  }
  return false;
}

/**
 * Scans the word starting at `start` (a letter, mark or digit) and appends its key to the
 * buffers from key index `o`. Returns the index where scanning stopped: the first character
 * that is not part of the word (possibly a noise character or ZWSP after it).
 */
function scanWord(text: string, start: number, o: number): number {
  const n = text.length;
  const T = TABLE;
  let k = KEY;
  let m = MAP;
  let e = ENDS;
  let limit = k.length - 32;
  let i = start;
  let syl = -1; // key index where the open syllable starts, -1 when none is open
  let tones = 0; // tone digits of the open syllable (see addTone)
  let letters = 0;
  let andF = -1; // AND of the letters' table values: upper and ASCII flags
  let lastEnd = start;
  let nonAscii = false; // a mark, non-BMP letter or non-ASCII digit was seen
  let yf = false;
  let prevLower = false; // the last letter was lowercase (see the camel-case split below)
  for (;;) {
    // Hot loop: BMP letters.
    const i0 = i;
    while (i < n) {
      if (o > limit) {
        ensureCapacity(o + 64);
        k = KEY;
        m = MAP;
        e = ENDS;
        limit = k.length - 32;
      }
      const c = text.charCodeAt(i);
      let v = T[c]!;
      if (v === 0) v = fill(c);
      if ((v & CLS_MASK) !== CLS_LETTER) break;
      // "tếTrung": an uppercase letter right after a lowercase one starts a new word (a
      // missing space; Vietnamese syllables never change case inside).
      if ((v & F_UPPER) !== 0 && prevLower) break;
      prevLower = (v & F_UPPER) === 0;
      if (syl < 0) {
        syl = o;
        tones = 0;
      }
      const f = v >>> 16;
      if (f !== 0) {
        k[o] = f;
        m[o] = i;
        e[o] = i + 1;
        o++;
      } else o = writeString(MULTI.get(c) ?? '', o, i, i + 1);
      if ((v & TONES_MASK) !== 0) {
        tones = addTone(tones, (v >> TONE_SHIFT) & 7);
        const t2 = (v >> (TONE_SHIFT + 3)) & 7;
        if (t2 !== 0) tones = addTone(tones, t2);
      }
      letters++;
      andF &= v;
      i++;
    }
    if (i > i0) lastEnd = i;
    if (i >= n) break;
    // Anything else: the table entry is filled by now.
    const c = text.charCodeAt(i);
    const v = T[c]!;
    let cls = v & CLS_MASK;
    if (cls === CLS_SURROGATE) {
      const en = wideEntry(text, i);
      const len = wideLen;
      cls = en.cls;
      if (cls === CLS_LETTER || cls === CLS_MARK || cls === CLS_DIGIT) {
        nonAscii = true;
        if (cls === CLS_DIGIT) {
          if (syl >= 0) {
            o = closeSyllable(syl, o, tones, lastEnd);
            if (closedYFold) yf = true;
            syl = -1;
          }
        } else {
          if (syl < 0) {
            syl = o;
            tones = 0;
          }
          if (cls === CLS_LETTER || o > syl) {
            for (let t = en.tones; t !== 0; t >>= 3) tones = addTone(tones, t & 7);
          }
          if (cls === CLS_LETTER) {
            letters++;
            andF &= en.upper ? F_UPPER : 0;
            prevLower = !en.upper;
          }
        }
        if (cls !== CLS_MARK || en.tones === 0 || o === syl) {
          o = writeString(en.fold, o, i, i + len);
        } else e[o - 1] = i + len;
        i += len;
        lastEnd = i;
        continue;
      }
    } else if (cls === CLS_MARK) {
      nonAscii = true;
      if (syl < 0) {
        syl = o;
        tones = 0;
      }
      const t = (v >> TONE_SHIFT) & 7;
      if (t !== 0 && o > syl) {
        tones = addTone(tones, t);
        e[o - 1] = i + 1;
      } else {
        const composed = o > syl ? COMPOSE.get(k[o - 1]! * 0x10000 + c) : undefined;
        if (composed !== undefined) {
          k[o - 1] = composed;
          e[o - 1] = i + 1;
        } else {
          k[o] = c;
          m[o] = i;
          e[o] = i + 1;
          o++;
        }
      }
      i++;
      lastEnd = i;
      continue;
    } else if (cls === CLS_DIGIT) {
      if (syl >= 0) {
        o = closeSyllable(syl, o, tones, lastEnd);
        if (closedYFold) yf = true;
        syl = -1;
      }
      if ((v & F_ASCII) === 0) nonAscii = true;
      k[o] = v >>> 16;
      m[o] = i;
      e[o] = i + 1;
      o++;
      i++;
      lastEnd = i;
      continue;
    }
    if (cls === CLS_NOISE || cls === CLS_ZWSP) {
      const j = continueAfterNoise(text, i, lowerBefore(text, start, i));
      if (j < 0) break;
      i = j;
      continue;
    }
    break;
  }
  if (syl >= 0) {
    o = closeSyllable(syl, o, tones, lastEnd);
    if (closedYFold) yf = true;
  }
  const st = scan;
  st.o = o;
  st.end = lastEnd;
  st.yFolded = yf;
  st.isAscii = !nonAscii && (andF & F_ASCII) !== 0;
  const v0 = T[text.charCodeAt(start)]!;
  st.upper =
    (v0 & CLS_MASK) === CLS_LETTER
      ? (v0 & F_UPPER) !== 0
      : letters > 0 && firstLetterUpper(text, start, lastEnd);
  st.allCaps = letters >= 2 && (andF & F_UPPER) !== 0;
  return i;
}

/**
 * Fast path for the common word: BMP letters with one-unit folds and at most one tone, ended
 * by a space, punctuation or the end of the text. Appends the key (with MAP/ENDS) from `o`,
 * fills `scan` and returns the index after the word; returns -1 (buffers partly written, to be
 * overwritten) for anything else, which `scanWord` then handles from the start. Both paths
 * give the same result (tested on the corpus). tokenizeText inlines a copy without MAP/ENDS
 * (measured ~12% faster than calling this).
 */
function fastWord(text: string, start: number, o: number): number {
  if (o + 80 > KEY.length) ensureCapacity(o + 80);
  const k = KEY;
  const m = MAP;
  const e = ENDS;
  const T = TABLE;
  const n = text.length;
  const o0 = o;
  let i = start;
  let v = T[text.charCodeAt(i)]!;
  const v0 = v;
  let tone = 0;
  let andF = -1;
  for (;;) {
    const f = v >>> 16;
    if (f === 0 || o - o0 >= 64) return -1;
    k[o] = f;
    m[o] = i;
    e[o] = i + 1;
    o++;
    if ((v & TONES_MASK) !== 0) {
      const t = (v >> TONE_SHIFT) & 7;
      if ((tone !== 0 && tone !== t) || (v & (7 << (TONE_SHIFT + 3))) !== 0) return -1;
      tone = t;
    }
    andF &= v;
    if (++i >= n) break;
    const c = text.charCodeAt(i);
    v = T[c]!;
    if (v === 0) v = fill(c);
    const cls = v & CLS_MASK;
    if (cls === CLS_LETTER) {
      if ((v & F_UPPER) !== 0 && (T[text.charCodeAt(i - 1)]! & F_UPPER) === 0) return -1;
      continue;
    }
    if (cls !== CLS_SPACE && cls !== CLS_OTHER) return -1;
    break;
  }
  const len = o - o0;
  const st = scan;
  st.yFolded = false;
  if ((len === 2 || len === 3) && k[o - 1] === Y) {
    const a = k[o0]!;
    if (len === 2 ? isOnset1(a) : isOnset2(a, k[o0 + 1]!)) {
      k[o - 1] = I;
      st.yFolded = true;
    }
  }
  if (tone !== 0) {
    k[o] = 0x30 + tone;
    m[o] = i;
    e[o] = i;
    o++;
  }
  st.o = o;
  st.end = i;
  st.isAscii = (andF & F_ASCII) !== 0;
  st.upper = (v0 & F_UPPER) !== 0;
  st.allCaps = len >= 2 && (andF & F_UPPER) !== 0;
  return i;
}

/**
 * Appends the key of the non-word character at `i` (space, punctuation, noise, a ZWSP outside
 * a word) and returns the index after it.
 */
function foldOther(text: string, i: number, o: number): number {
  if (o + 8 > KEY.length) ensureCapacity(o + 8);
  const c = text.charCodeAt(i);
  let v = TABLE[c]!;
  if (v === 0) v = fill(c);
  let cls = v & CLS_MASK;
  let len = 1;
  let fold: string | undefined;
  if (cls === CLS_SURROGATE) {
    const en = wideEntry(text, i);
    cls = en.cls;
    len = wideLen;
    fold = en.fold;
  }
  if (cls === CLS_NOISE) {
    scan.o = o;
  } else if (cls === CLS_SPACE || cls === CLS_ZWSP) {
    KEY[o] = 0x20;
    MAP[o] = i;
    ENDS[o] = i + len;
    scan.o = o + 1;
  } else if (fold === undefined && v >>> 16 !== 0) {
    KEY[o] = v >>> 16;
    MAP[o] = i;
    ENDS[o] = i + 1;
    scan.o = o + 1;
  } else {
    scan.o = writeString(fold ?? MULTI.get(c) ?? String.fromCharCode(c), o, i, i + len);
  }
  return i + len;
}

// Direct-mapped cache of key strings: Vietnamese has a few thousand syllables, so most tokens
// reuse a string instead of allocating one (and equal keys share one string). The key's code
// units are kept in a typed array so a lookup does not touch the string itself.
const CACHE_BITS = 14;
const CACHE_MASK = (1 << CACHE_BITS) - 1;
/** Longest key cached (UTF-16 units). */
const CACHE_WIDTH = 8;
const CACHE: (string | undefined)[] = new Array<string | undefined>(1 << CACHE_BITS).fill(
  undefined,
);
const CACHE_LEN = new Uint8Array(1 << CACHE_BITS);
/** Number of key-cache slots: TokenColumns.slots are below it. */
export const KEY_CACHE_SLOTS = 1 << CACHE_BITS;
/** The slot the last cachedKey call used, or -1 for a key too long to cache. */
let lastKeySlot = -1;
const CACHE_CODES = new Uint16Array(CACHE_WIDTH << CACHE_BITS);

/** The string of KEY[0, len), from the cache when possible. */
function tokenKey(len: number): string {
  const k = KEY;
  let h = 0;
  for (let p = 0; p < len; p++) h = (Math.imul(h, 31) + k[p]!) | 0;
  return cachedKey(len, h);
}

/** The string of KEY[0, len), looked up in the cache slot of hash `h` (any hash will do). */
function cachedKey(len: number, h: number): string {
  if (len > CACHE_WIDTH) {
    lastKeySlot = -1;
    return keyString(0, len);
  }
  const k = KEY;
  const slot = (h ^ (h >>> CACHE_BITS)) & CACHE_MASK;
  lastKeySlot = slot;
  const base = slot * CACHE_WIDTH;
  if (CACHE_LEN[slot] === len) {
    let p = 0;
    while (p < len && CACHE_CODES[base + p] === k[p]) p++;
    if (p === len) return CACHE[slot]!;
  }
  const s = keyString(0, len);
  CACHE[slot] = s;
  CACHE_LEN[slot] = len;
  for (let p = 0; p < len; p++) CACHE_CODES[base + p] = k[p]!;
  return s;
}

/** Builds a string from KEY[from, to). */
function keyString(from: number, to: number): string {
  const k = KEY;
  switch (to - from) {
    case 0:
      return '';
    case 1:
      return String.fromCharCode(k[from]!);
    case 2:
      return String.fromCharCode(k[from]!, k[from + 1]!);
    case 3:
      return String.fromCharCode(k[from]!, k[from + 1]!, k[from + 2]!);
    case 4:
      return String.fromCharCode(k[from]!, k[from + 1]!, k[from + 2]!, k[from + 3]!);
    case 5:
      return String.fromCharCode(k[from]!, k[from + 1]!, k[from + 2]!, k[from + 3]!, k[from + 4]!);
    default: {
      let out = '';
      for (let p = from; p < to; p += 4096) {
        const chunk = k.subarray(p, Math.min(to, p + 4096));
        out += String.fromCharCode.apply(null, chunk as unknown as number[]);
      }
      return out;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The two drivers live here, beside the scanner, so that no hot loop crosses a module boundary
// (some loaders turn imported bindings into getter calls).

export interface Token {
  /** Folded syllable as in foldText (with tone digit and i/y fold). */
  key: string;
  /** True when the i/y fold changed this syllable (weaker evidence). */
  yFolded: boolean;
  /** The original syllable had only ASCII letters (no diacritics, no đ). */
  isAscii: boolean;
  /** UTF-16 offset in the original text, inclusive. */
  start: number;
  /**
   * Exclusive; text.slice(start, end) is the original syllable with its combining marks
   * (noise characters inside allowed, none at the edges).
   */
  end: number;
  /** The first letter is uppercase in the original. */
  upper: boolean;
  /** Every letter is uppercase and the syllable has at least 2 letters. */
  allCaps: boolean;
}

/**
 * Tokens of `text` (see tokenize.ts). `fast`: take the fast path for common words (false only
 * in tests, to check that both paths agree).
 */
/**
 * Tokens as columns: what the recogniser reads on every page, without one object per token
 * (measured: allocating 200,000 token objects per megabyte was a large share of the scan).
 */
export interface TokenColumns {
  count: number;
  keys: string[];
  starts: Int32Array;
  ends: Int32Array;
  /** TOKEN_* bits. */
  flags: Uint8Array;
  /**
   * The key cache slot of each token (< KEY_CACHE_SLOTS), -1 for long keys: a caller can keep
   * its own facts per slot, checked by `keys[i] ===` the string it stored there.
   */
  slots: Int32Array;
}

export const TOKEN_UPPER = 1;
export const TOKEN_ALL_CAPS = 2;
export const TOKEN_ASCII = 4;
export const TOKEN_Y_FOLDED = 8;

let COLUMN_STARTS = new Int32Array(4096);
let COLUMN_ENDS = new Int32Array(4096);
let COLUMN_FLAGS = new Uint8Array(4096);
let COLUMN_SLOTS = new Int32Array(4096);

export function tokenizeText(text: string, fast = true): Token[] {
  const columns = tokenizeColumns(text, fast);
  const tokens: Token[] = new Array<Token>(columns.count);
  for (let t = 0; t < columns.count; t++) {
    const f = columns.flags[t]!;
    tokens[t] = {
      key: columns.keys[t]!,
      yFolded: (f & TOKEN_Y_FOLDED) !== 0,
      isAscii: (f & TOKEN_ASCII) !== 0,
      start: columns.starts[t]!,
      end: columns.ends[t]!,
      upper: (f & TOKEN_UPPER) !== 0,
      allCaps: (f & TOKEN_ALL_CAPS) !== 0,
    };
  }
  return tokens;
}

/** Tokens of `text` as columns (see tokenizeText). */
export function tokenizeColumns(text: string, fast = true): TokenColumns {
  const keys: string[] = [];
  // A token takes at least one character: n + 1 bounds the count. The columns are written into
  // scratch buffers kept between calls and copied out at their true length (a page has about
  // one token per six characters), which keeps large short-lived buffers off the heap.
  const n = text.length;
  if (COLUMN_STARTS.length < n + 1) {
    const size = Math.max(n + 1, COLUMN_STARTS.length * 2);
    COLUMN_STARTS = new Int32Array(size);
    COLUMN_ENDS = new Int32Array(size);
    COLUMN_FLAGS = new Uint8Array(size);
    COLUMN_SLOTS = new Int32Array(size);
  }
  const starts = COLUMN_STARTS;
  const ends = COLUMN_ENDS;
  const flags = COLUMN_FLAGS;
  const slots = COLUMN_SLOTS;
  let count = 0;
  const st = scan;
  const T = TABLE;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let v = T[c]!;
    if (v === 0) v = fill(c);
    let cls = v & CLS_MASK;
    if (fast && cls === CLS_LETTER) {
      // Fast path, inlined (as fastWord, without MAP/ENDS): a word of BMP letters with one-unit
      // folds and at most one tone, ended by a space, punctuation or the end of the text.
      // Anything else is rescanned from the start by scanWord.
      const k = KEY;
      const start = i;
      const v0 = v;
      let o = 0;
      let tone = 0;
      let andF = -1;
      let h = 0;
      let ok = true;
      for (;;) {
        const f = v >>> 16;
        if (f === 0 || o >= 64) {
          ok = false;
          break;
        }
        k[o++] = f;
        h = (Math.imul(h, 31) + f) | 0;
        if ((v & TONES_MASK) !== 0) {
          const t = (v >> TONE_SHIFT) & 7;
          if ((tone !== 0 && tone !== t) || (v & (7 << (TONE_SHIFT + 3))) !== 0) ok = false;
          tone = t;
        }
        andF &= v;
        if (++i >= n) break;
        c = text.charCodeAt(i);
        v = T[c]!;
        if (v === 0) v = fill(c);
        cls = v & CLS_MASK;
        if (cls === CLS_LETTER) {
          // Camel-case glue ("tếTrung"): the general scanner splits it.
          if ((v & F_UPPER) !== 0 && (T[text.charCodeAt(i - 1)]! & F_UPPER) === 0) ok = false;
          else continue;
        } else if (cls !== CLS_SPACE && cls !== CLS_OTHER) ok = false;
        break;
      }
      if (ok) {
        const letters = o;
        let yFolded = false;
        if ((o === 2 || o === 3) && k[o - 1] === Y) {
          const a = k[0]!;
          if (o === 2 ? isOnset1(a) : isOnset2(a, k[1]!)) {
            k[o - 1] = I;
            yFolded = true;
          }
        }
        if (tone !== 0) k[o++] = 0x30 + tone;
        keys.push(cachedKey(o, h + tone));
        slots[count] = lastKeySlot;
        starts[count] = start;
        ends[count] = i;
        flags[count++] =
          (yFolded ? TOKEN_Y_FOLDED : 0) |
          ((andF & F_ASCII) !== 0 ? TOKEN_ASCII : 0) |
          ((v0 & F_UPPER) !== 0 ? TOKEN_UPPER : 0) |
          (letters >= 2 && (andF & F_UPPER) !== 0 ? TOKEN_ALL_CAPS : 0);
        i++; // the separator that ended the word (or past the end)
        continue;
      }
      i = start;
    } else {
      if (cls === CLS_SURROGATE) cls = wideEntry(text, i).cls;
      if (cls !== CLS_LETTER && cls !== CLS_MARK && cls !== CLS_DIGIT) {
        i++;
        continue;
      }
    }
    const start = i;
    i = scanWord(text, i, 0);
    keys.push(tokenKey(st.o));
    slots[count] = lastKeySlot;
    starts[count] = start;
    ends[count] = st.end;
    flags[count++] =
      (st.yFolded ? TOKEN_Y_FOLDED : 0) |
      (st.isAscii ? TOKEN_ASCII : 0) |
      (st.upper ? TOKEN_UPPER : 0) |
      (st.allCaps ? TOKEN_ALL_CAPS : 0);
  }
  const result = {
    count,
    keys,
    starts: starts.slice(0, count),
    ends: ends.slice(0, count),
    flags: flags.slice(0, count),
    slots: slots.slice(0, count),
  };
  if (starts.length > 1 << 20) {
    // Let an outsized page's buffers go.
    COLUMN_STARTS = new Int32Array(4096);
    COLUMN_ENDS = new Int32Array(4096);
    COLUMN_FLAGS = new Uint8Array(4096);
    COLUMN_SLOTS = new Int32Array(4096);
  }
  return result;
}

export interface FoldedText {
  /** The matching key. */
  key: string;
  /**
   * `map[k]`: UTF-16 offset in the original text of the character that produced key position
   * `k`. A tone digit maps to the offset just after the last letter or combining mark of its
   * syllable. `map[key.length]` is `text.length`. Non-decreasing.
   */
  map: Int32Array;
  /**
   * `ends[k]`: exclusive end offset of the original character(s) behind key position `k`,
   * stretched over the combining marks absorbed into it (tone marks, composed shape marks).
   * For a tone digit it equals `map[k]`. `ends[key.length]` is `text.length`. Non-decreasing.
   */
  ends: Int32Array;
}

/** foldText (see fold-text.ts). `fast`: as in tokenizeText. */
export function foldTextCore(text: string, fast = true): FoldedText {
  const n = text.length;
  const T = TABLE;
  let o = 0;
  let i = 0;
  while (i < n) {
    if (o + 8 > KEY.length) ensureCapacity(o + 8);
    const c = text.charCodeAt(i);
    let v = T[c]!;
    if (v === 0) v = fill(c);
    let cls = v & CLS_MASK;
    if (cls === CLS_SPACE) {
      KEY[o] = 0x20;
      MAP[o] = i;
      ENDS[o] = i + 1;
      o++;
      i++;
      continue;
    }
    if (cls === CLS_LETTER && fast) {
      const j = fastWord(text, i, o);
      if (j >= 0) {
        i = j;
        o = scan.o;
        continue;
      }
    }
    if (cls === CLS_SURROGATE) cls = wideEntry(text, i).cls;
    if (cls === CLS_LETTER || cls === CLS_MARK || cls === CLS_DIGIT) {
      i = scanWord(text, i, o);
      o = scan.o;
      // A word that ends at a letter was split at camel-case glue ("tếTrung"): the key gets
      // the space the text lacks, zero-width in the original.
      if (i < n && i > 0 && classAt(text, i) === CLS_LETTER) {
        if (o + 1 > KEY.length) ensureCapacity(o + 8);
        KEY[o] = 0x20;
        MAP[o] = i;
        ENDS[o] = i;
        o++;
      }
      continue;
    }
    i = foldOther(text, i, o);
    o = scan.o;
  }
  const key = keyString(0, o);
  const map = new Int32Array(o + 1);
  map.set(MAP.subarray(0, o));
  map[o] = n;
  const ends = new Int32Array(o + 1);
  ends.set(ENDS.subarray(0, o));
  ends[o] = n;
  shrinkBuffers();
  return { key, map, ends };
}
