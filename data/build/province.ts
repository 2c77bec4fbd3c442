/**
 * The post-2025 province a place text names ("xã Bản Nguyên, tỉnh Phú Thọ" → "Phú Thọ",
 * "Hòa Bình" → "Phú Thọ"): the province names and aliases of lib/lexicon/provinces.ts are matched
 * word by word on `foldPhrase` keys (case and tone placement ignored); the last province named
 * wins ("huyện …, tỉnh Hà Tây cũ, nay Hà Nội" → "Hà Nội"), the longer name when two end together
 * ("Thừa Thiên Huế" rather than "Huế").
 */

import { PROVINCES } from '../../lib/lexicon/provinces';
import { foldPhrase } from '../../lib/text/fold-text';

const words = (text: string): string[] =>
  foldPhrase(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');

const NAMES: readonly { words: string[]; mergedInto: string }[] = PROVINCES.flatMap((p) =>
  [p.name, ...(p.aliases ?? [])].map((name) => ({ words: words(name), mergedInto: p.mergedInto })),
);

/** The post-2025 province (PROVINCES' `mergedInto`) the text names last, if any. */
export function provinceOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const tokens = words(text);
  let best: { end: number; length: number; mergedInto: string } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    for (const name of NAMES) {
      const n = name.words.length;
      if (n === 0 || i + n > tokens.length) continue;
      if (!name.words.every((w, k) => tokens[i + k] === w)) continue;
      const end = i + n;
      if (!best || end > best.end || (end === best.end && n > best.length))
        best = { end, length: n, mergedInto: name.mergedInto };
    }
  }
  return best?.mergedInto;
}
