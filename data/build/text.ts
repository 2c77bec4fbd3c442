/**
 * Small text helpers shared by the dataset build: Unicode normalisation, ASCII slugs and a
 * comparison key for Vietnamese names that ignores where the tone mark sits ("Thủy"/"Thuỷ").
 */

/** Vietnamese tone marks as combining characters (NFD). */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** Any combining mark (NFD). */
const COMBINING = /\p{M}/gu;

/** NFC-normalises and collapses runs of white space to one space. */
export function tidy(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Lower-case ASCII slug: "Nguyễn Văn Bình" → "nguyen-van-binh". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[đĐÐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** The name folded to ASCII, lower case, single spaces (for "near match" reports only). */
export function asciiKey(text: string): string {
  return slugify(text).replace(/-/gu, ' ');
}

/**
 * A key under which two spellings of a Vietnamese name compare equal when they differ only in
 * case, spacing, Unicode composition or the placement of the tone mark ("Hòa"/"Hoà",
 * "Thủy"/"Thuỷ"). Letters with different base marks (ư/u, ơ/o, â/a) stay different.
 */
export function nameKey(text: string): string {
  return tidy(text)
    .toLowerCase()
    .split(' ')
    .map((syllable) => {
      const decomposed = syllable.normalize('NFD');
      const tones = decomposed.match(TONE_MARKS) ?? [];
      const base = decomposed.replace(TONE_MARKS, '').normalize('NFC');
      return base + tones.join('');
    })
    .join(' ')
    .normalize('NFC');
}

/** Compares strings by code point (locale-independent, so the output is stable everywhere). */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "Nam" / "Nữ" as the National Assembly lists write gender. */
export function genderOf(value: string): 'male' | 'female' | undefined {
  const v = value.trim();
  return v === 'Nam' ? 'male' : v === 'Nữ' ? 'female' : undefined;
}
