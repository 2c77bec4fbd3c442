import { describe, expect, it } from 'vitest';
import { foldTextCore, tokenizeText } from './fold-core';
import { originalRange } from './fold-text';

/** Deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that exercise every branch: words, marks, noise, odd spaces, surrogates, digits. */
const PIECES = [
  'Nguyễn',
  'Phạm',
  'Bình',
  'Minh',
  'thủy',
  'Lý',
  'quý',
  'Kỹ',
  'UY',
  'hoà',
  'ĐỊNH',
  'Ðỗ',
  'y',
  'a',
  'e',
  'o',
  'u',
  'y',
  'i',
  'n',
  'h',
  'g',
  't',
  'N',
  'Y',
  'Q',
  'q',
  'L',
  'đ',
  'ð',
  'ɖ',
  'Ɖ',
  'ế',
  'ộ',
  'ơ',
  'ư',
  'ă',
  'ê',
  'Ủ',
  'ỷ',
  'ǘ',
  'ṍ',
  'İ',
  'ß',
  'й',
  'и',
  'Ω',
  '中',
  '\u0301',
  '\u0302',
  '\u0323',
  '\u031B',
  '\u0306',
  '\u0303',
  '\u0309',
  '\u0300',
  '\u0340',
  '\u0341',
  '\u0308',
  '\u0307',
  ' ',
  ' ',
  ' ',
  '\u00A0',
  '\u202F',
  '\u3000',
  '\t',
  '\n',
  '\u200B',
  '\u200B',
  '\u00AD',
  '\uFEFF',
  '\u200D',
  '\u202A',
  ',',
  '.',
  '-',
  "'",
  '"',
  '(',
  '1',
  '5',
  '0',
  '٣',
  '😀',
  '𝐀',
  '\uD800',
  '\uDC00',
];

function randomText(next: () => number): string {
  const n = Math.floor(next() * 30);
  let s = '';
  for (let j = 0; j < n; j++) s += PIECES[Math.floor(next() * PIECES.length)]!;
  return s;
}

const TEXTS: string[] = [];
{
  const next = random(20_240_601);
  for (let j = 0; j < 3000; j++) TEXTS.push(randomText(next));
  TEXTS.push(
    'Thứ ba, 13/12/2016 | 14:16 GMT+7\nÔng Đinh La Thăng đề nghị điều tiết bay, giảm tải cho Tân ' +
      'Sơn Nhất. Bí thư Thành ủy TP HCM đề nghị Bộ Giao thông Vận tải (GTVT) điều tiết lượng ' +
      'chuyến bay.\r\nẢnh: QUANG ĐỊNH',
  );
}

describe('fast and general paths', () => {
  it('give the same tokens', () => {
    for (const text of TEXTS) expect(tokenizeText(text, true)).toEqual(tokenizeText(text, false));
  });

  it('give the same folded text', () => {
    for (const text of TEXTS) {
      const fast = foldTextCore(text, true);
      const general = foldTextCore(text, false);
      expect(fast.key).toBe(general.key);
      expect(Array.from(fast.map)).toEqual(Array.from(general.map));
      expect(Array.from(fast.ends)).toEqual(Array.from(general.ends));
    }
  });
});

describe('invariants on random text', () => {
  const WORD_RUN = /[\p{L}\p{M}\p{Nd}]+/gu;
  const isNoise = (ch: string): boolean =>
    /^(?:\u034F|[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF])$/.test(ch);

  it('maps are non-decreasing and end at text.length', () => {
    for (const text of TEXTS) {
      const { key, map, ends } = foldTextCore(text);
      expect(map.length).toBe(key.length + 1);
      expect(map[key.length]).toBe(text.length);
      let ok = true;
      for (let k = 0; k < key.length; k++) {
        if (map[k]! > ends[k]! || map[k + 1]! < map[k]! || ends[k + 1]! < ends[k]!) ok = false;
      }
      expect(ok, JSON.stringify(text)).toBe(true);
    }
  });

  it('tokens have no noise at their edges and fold alone to the same key', () => {
    for (const text of TEXTS) {
      for (const t of tokenizeText(text)) {
        const slice = text.slice(t.start, t.end);
        expect(slice.length).toBeGreaterThan(0);
        expect(isNoise(slice[0]!)).toBe(false);
        expect(isNoise(slice[slice.length - 1]!)).toBe(false);
        expect(foldTextCore(slice).key).toBe(t.key);
      }
    }
  });

  it('originalRange of each word run of the key is its token span', () => {
    for (const text of TEXTS) {
      const folded = foldTextCore(text);
      const runs = Array.from(folded.key.matchAll(WORD_RUN), (m) =>
        originalRange(folded, m.index, m.index + m[0].length),
      );
      expect(runs).toEqual(tokenizeText(text).map((t) => [t.start, t.end]));
    }
  });
});
