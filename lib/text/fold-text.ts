/**
 * The character-level matching key of VIETNAMESE.md §1 (steps 1–5), with a map back to the
 * original text so highlights land on the original characters.
 *
 * "Ủy", "Uỷ", "ỦY", "U\u0309y" → "uy3"; "hòa", "hoà" → "hoa2"; "Lý", "Lí" → "li1".
 */
import {
  CLS_LETTER,
  CLS_MARK,
  CLS_NOISE,
  CLS_SPACE,
  CLS_ZWSP,
  classAt,
  continueAfterNoise,
  foldTextCore,
  isWordClass,
  type FoldedText,
} from './fold-core';

export type { FoldedText };

/**
 * Folds `text` into its matching key: noise dropped, odd spaces to ' ', look-alikes mapped,
 * combining marks resolved, lowercased, the tone moved to a digit at the end of each syllable
 * (sắc 1, huyền 2, hỏi 3, ngã 4, nặng 5) and y → i when y is the whole rhyme after a consonant
 * onset. Punctuation and digits pass through; spaces are not collapsed.
 */
export function foldText(text: string): FoldedText {
  return foldTextCore(text);
}

/**
 * The original span `[start, end)` of the key range `[a, b)`. For a range covering whole
 * syllables, `text.slice(start, end)` is exactly those syllables as written: with their
 * trailing combining marks and any noise characters inside, without noise at either edge.
 */
export function originalRange(folded: FoldedText, a: number, b: number): [number, number] {
  const last = folded.key.length;
  const lo = Math.max(0, Math.min(a, last));
  const hi = Math.max(lo, Math.min(b, last));
  const start = folded.map[lo]!;
  if (hi === lo) return [start, start];
  return [start, folded.ends[hi - 1]!];
}

/**
 * The key of a dictionary phrase: `foldText(phrase).key` with whitespace collapsed to single
 * spaces and trimmed.
 */
export function foldPhrase(phrase: string): string {
  return collapseSpaces(foldText(phrase).key);
}

function collapseSpaces(s: string): string {
  return s.replace(/ {2,}/g, ' ').replace(/^ | $/g, '');
}

/**
 * The ASCII tier of a phrase: all marks stripped, đ → d, lowercase, no tone digits, no i/y
 * fold; noise, odd spaces and look-alikes handled as in `foldText`; whitespace collapsed and
 * trimmed. "Phạm Bình Minh" and "Pham Binh Minh" → "pham binh minh".
 */
export function asciiFold(phrase: string): string {
  return collapseSpaces(
    cleanText(phrase).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/g, 'd'),
  );
}

/** Step 1 only (noise, spaces, look-alikes), as a plain string. Not for hot paths. */
function cleanText(text: string): string {
  let out = '';
  let lastLower = false;
  let inWord = false;
  for (let i = 0; i < text.length;) {
    const cls = classAt(text, i);
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    if (cls === CLS_NOISE || cls === CLS_ZWSP) {
      const j = inWord ? continueAfterNoise(text, i, lastLower) : -1;
      if (j >= 0) {
        i = j;
        continue;
      }
      // Skip the whole run; a ZWSP in it makes a space.
      let k = i;
      let zw = false;
      while (k < text.length) {
        const c2 = classAt(text, k);
        if (c2 === CLS_NOISE) k++;
        else if (c2 === CLS_ZWSP) {
          zw = true;
          k++;
        } else break;
      }
      if (zw) out += ' ';
      inWord = false;
      i = k;
      continue;
    }
    if (cls === CLS_SPACE) {
      out += ' ';
      inWord = false;
    } else if (cp === 0xd0 || cp === 0x189 || cp === 0xf0 || cp === 0x256) {
      out += 'đ';
      lastLower = cp === 0xf0 || cp === 0x256;
      inWord = true;
    } else if (cp === 0x340 || cp === 0x341) {
      out += cp === 0x340 ? '\u0300' : '\u0301';
      inWord = true;
    } else {
      const ch = text.slice(i, i + len);
      out += ch;
      inWord = isWordClass(cls);
      if (cls === CLS_LETTER) lastLower = ch === ch.toLowerCase();
      else if (cls !== CLS_MARK) lastLower = false;
    }
    i += len;
  }
  return out;
}
