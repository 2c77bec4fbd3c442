import { describe, expect, it } from 'vitest';
import { asciiFold, foldPhrase, foldText, originalRange } from './fold-text';

const key = (text: string): string => foldText(text).key;

/** The key range of the first occurrence of `needle` in the key of `folded`. */
function keyRange(folded: { key: string }, needle: string): [number, number] {
  const a = folded.key.indexOf(needle);
  if (a < 0) throw new Error(`"${needle}" not in "${folded.key}"`);
  return [a, a + needle.length];
}

describe('foldText: examples from the brief', () => {
  it('folds every spelling of Ủy to uy3', () => {
    for (const s of ['Ủy', 'Uỷ', 'ỦY', 'U\u0309y', 'UY\u0309', 'u\u0309y'])
      expect(key(s)).toBe('uy3');
  });

  it('folds names syllable by syllable', () => {
    expect(key('Nguyễn')).toBe('nguyên4');
    expect(key('Phạm Bình Minh')).toBe('pham5 binh2 minh');
    expect(key('Đinh La Thăng')).toBe('đinh la thăng');
    expect(key('Ủy viên Bộ Chính trị')).toBe('uy3 viên bô5 chinh1 tri5');
  });
});

describe('foldText: NFC vs combining marks', () => {
  it('gives the same key for NFC and NFD', () => {
    for (const s of ['Nguyễn Tấn Dũng', 'Trường Sa', 'Bộ Ngoại giao', 'Đặng Thị Ngọc Thịnh']) {
      expect(key(s.normalize('NFD'))).toBe(key(s.normalize('NFC')));
    }
    expect(key('Nguyễn Tấn Dũng'.normalize('NFD'))).toBe('nguyên4 tân1 dung4');
  });

  it('folds a dot below typed after a composed ô/ê/ơ/â/ư (the common case on real pages)', () => {
    expect(key('Bô\u0323')).toBe('bô5');
    expect(key('Bô\u0323')).toBe(key('Bộ'));
    expect(key('Viê\u0323t Nam')).toBe('viêt5 nam');
    expect(key('Thu\u0309 tươ\u0301ng')).toBe('thu3 tương1');
    expect(key('Pha\u0323m')).toBe(key('Phạm'));
    expect(key('Dân vâ\u0323n')).toBe('dân vân5');
    expect(key('Lư\u0323c lươ\u0323ng')).toBe('lưc5 lương5');
  });

  it('repairs shape marks typed after the tone mark, which NFC leaves alone', () => {
    // e + U+0301 + U+0302: both marks have class 230, NFC keeps "é̂", not "ế".
    expect('e\u0301\u0302'.normalize('NFC')).not.toBe('ế');
    expect(key('e\u0301\u0302')).toBe('ê1');
    expect(key('e\u0301\u0302')).toBe(key('ế'));
    expect(key('Nguye\u0303\u0302n')).toBe('nguyên4');
    expect(key('o\u0323\u0302')).toBe(key('ộ'));
    expect(key('u\u0300\u031B')).toBe(key('ừ'));
    expect(key('a\u0309\u0306')).toBe(key('ẳ'));
    // A composed toned vowel followed by the missing shape mark.
    expect(key('ó\u031B')).toBe('ơ1');
  });

  it('reads U+0340/U+0341 as grave/acute', () => {
    expect(key('a\u0340')).toBe(key('à'));
    expect(key('hoa\u0340')).toBe('hoa2');
    expect(key('Tha\u0302\u0341')).toBe(key('Thấ'));
  });
});

describe('foldText: tone placement', () => {
  it.each([
    ['hoà', 'hòa', 'hoa2'],
    ['Hoà Bình', 'Hòa Bình', 'hoa2 binh2'],
    ['Uỷ ban', 'Ủy ban', 'uy3 ban'],
    ['thuỷ', 'thủy', 'thuy3'],
    ['khoẻ', 'khỏe', 'khoe3'],
    ['Thuý', 'Thúy', 'thuy1'],
    ['quỹ', 'qũy', 'qui4'],
  ])('%s and %s both fold to %s', (a, b, expected) => {
    expect(key(a)).toBe(expected);
    expect(key(b)).toBe(expected);
  });
});

describe('foldText: i/y', () => {
  it.each([
    ['Lý', 'Lí', 'li1'],
    ['quý', 'quí', 'qui1'],
    ['Kỹ', 'Kĩ', 'ki4'],
    ['Sỹ', 'Sĩ', 'si4'],
    ['Mỹ', 'Mĩ', 'mi4'],
    ['Hy', 'Hi', 'hi'],
    ['Kỳ', 'Kì', 'ki2'],
    ['Thy', 'Thi', 'thi'],
    ['Đỵ', 'Đị', 'đi5'],
  ])('%s and %s both fold to %s', (a, b, expected) => {
    expect(key(a)).toBe(expected);
    expect(key(b)).toBe(expected);
  });

  it('folds y only when it is the whole rhyme after a consonant onset', () => {
    expect(key('thủy')).toBe('thuy3');
    expect(key('uy')).toBe('uy');
    expect(key('Huy')).toBe('huy');
    expect(key('Quy')).toBe('qui'); // onset qu + rhyme y
    expect(key('y tế')).toBe('y tê1');
    expect(key('Ý')).toBe('y1');
    expect(key('yên')).toBe('yên');
    expect(key('Yến')).toBe('yên1');
    expect(key('khuya')).toBe('khuya');
    expect(key('Nguyễn')).toBe('nguyên4');
    expect(key('gy')).toBe('gy'); // g is not in the onset list
    expect(key('Tuyên')).toBe('tuyên');
  });
});

describe('foldText: look-alikes', () => {
  it('maps Ð U+00D0, Ɖ U+0189, ð U+00F0, ɖ U+0256 to đ', () => {
    expect('Ð'.toLowerCase()).toBe('ð'); // the trap: not đ
    expect(key('Ð')).toBe('đ');
    expect(key('Ðỗ Văn Chiến')).toBe(key('Đỗ Văn Chiến'));
    expect(key('\u0189ặng')).toBe('đăng5');
    expect(key('ðồng chí')).toBe('đông2 chi1');
    expect(key('\u0256ại')).toBe('đai5');
  });
});

describe('foldText: invisible and odd spaces', () => {
  it('maps NBSP, U+202F, U+3000, U+2000–U+200A, tab and newlines to one space each', () => {
    expect(key('Phạm\u00A0Bình\u202FMinh')).toBe('pham5 binh2 minh');
    expect(key('Bộ\u3000Công\u2003Thương')).toBe('bô5 công thương');
    expect(key('a\u2000b\u200Ac')).toBe('a b c');
    expect(key('Bộ\ttrưởng\r\nNgoại\ngiao')).toBe('bô5 trương3  ngoai5 giao');
    expect(key('a\u0085b\u2028c')).toBe('a b c');
  });

  it('drops soft hyphens and other noise inside and between words', () => {
    expect(key('Bì\u00ADnh')).toBe('binh2');
    expect(key('Ng\uFEFFuyễn')).toBe('nguyên4');
    expect(key('Ph\u200Dạm')).toBe('pham5');
    expect(key('\u202AThủ tướng\u202C')).toBe('thu3 tương1');
    expect(key('Minh\u00AD,')).toBe('minh,');
    expect(key('a\u2060b\u034Fc\u200Ed')).toBe('abcd');
  });

  it('treats ZWSP inside a word as noise and between words as a space', () => {
    expect(key('Ng\u200Buyễn')).toBe('nguyên4');
    expect(key('NG\u200BUYỄN')).toBe('nguyên4');
    expect(key('Phạm\u200B Bình')).toBe('pham5  binh2');
    expect(key('\u200BMinh\u200B')).toBe(' minh ');
    expect(key('Bình,\u200BMinh')).toBe('binh2, minh');
    // Lowercase then uppercase across a ZWSP: two words glued by the page.
    expect(key('Nguyễn\u200BVăn')).toBe('nguyên4 văn');
  });
});

describe('foldText: case', () => {
  it('folds ALL CAPS like title case', () => {
    expect(key('PHẠM BÌNH MINH')).toBe(key('Phạm Bình Minh'));
    expect(key('ẢNH: QUANG ĐỊNH')).toBe('anh3: quang đinh5');
    expect(key('ỦY VIÊN BỘ CHÍNH TRỊ')).toBe(key('Ủy viên Bộ Chính trị'));
  });
});

describe('foldText: punctuation and digits', () => {
  it('passes punctuation and digits through', () => {
    expect(key('Ngày 13/12/2016, ông Thăng (TP.HCM)')).toBe('ngay2 13/12/2016, ông thăng (tp.hcm)');
  });

  it('puts the tone digit at the end of the letters, before glued digits', () => {
    expect(key('Á1')).toBe('a11');
    expect(key('F5')).toBe('f5');
  });

  it('keeps a combining mark with no letter before it as it is', () => {
    expect(key(' \u0301a')).toBe(' \u0301a');
    expect(key('1\u0300')).toBe('1\u0300');
  });

  it('turns a lone surrogate into U+FFFD', () => {
    expect(key('a\uD800\u00AD\uDC00b')).toBe('a\uFFFD\uFFFDb');
  });
});

describe('foldText: offset map', () => {
  // NBSP, a dot below typed separately, a soft hyphen inside a word, a ZWSP before a space, a
  // soft hyphen after a word, a ZWSP inside a word, a combining tilde, U+202F and U+3000.
  const text =
    'Ông\u00A0Pha\u0323m B\u00ADình\u200B Minh\u00AD, Ng\u200Buyê\u0303n\u202FVăn\u3000Thuỷ.';
  const folded = foldText(text);

  it('builds the key', () => {
    expect(folded.key).toBe('ông pham5 binh2  minh, nguyên4 văn thuy3.');
    expect(folded.map.length).toBe(folded.key.length + 1);
    expect(folded.map[folded.key.length]).toBe(text.length);
    expect(folded.ends[folded.key.length]).toBe(text.length);
  });

  it('maps each key position to the character that produced it', () => {
    const [a] = keyRange(folded, 'pham5');
    // p h a m: offsets 4 5 6 8; the dot below at 7 is absorbed into "a".
    expect(Array.from(folded.map.subarray(a, a + 4))).toEqual([4, 5, 6, 8]);
    expect(Array.from(folded.ends.subarray(a, a + 4))).toEqual([5, 6, 8, 9]);
    // The tone digit maps just after the syllable's last character.
    expect(folded.map[a + 4]).toBe(9);
    expect(folded.ends[a + 4]).toBe(9);
    const [b] = keyRange(folded, 'binh2');
    expect(Array.from(folded.map.subarray(b, b + 5))).toEqual([10, 12, 13, 14, 15]);
  });

  it('is non-decreasing', () => {
    for (let k = 1; k < folded.map.length; k++) {
      expect(folded.map[k]!).toBeGreaterThanOrEqual(folded.map[k - 1]!);
      expect(folded.ends[k]!).toBeGreaterThanOrEqual(folded.ends[k - 1]!);
    }
  });

  it('gives the exact original span of whole syllables', () => {
    const span = (needle: string): string => {
      const [a, b] = keyRange(folded, needle);
      const [start, end] = originalRange(folded, a, b);
      return text.slice(start, end);
    };
    expect(span('ông')).toBe('Ông');
    expect(span('pham5')).toBe('Pha\u0323m');
    expect(span('pham5 binh2')).toBe('Pha\u0323m B\u00ADình');
    expect(span('binh2  minh')).toBe('B\u00ADình\u200B Minh');
    expect(span('minh')).toBe('Minh'); // the soft hyphen after it is left out
    expect(span('nguyên4')).toBe('Ng\u200Buyê\u0303n');
    expect(span('nguyên4 văn thuy3')).toBe('Ng\u200Buyê\u0303n\u202FVăn\u3000Thuỷ');
    expect(span('thuy3')).toBe('Thuỷ');
  });

  it('gives the span of a syllable ending in an absorbed combining mark', () => {
    const t = 'Tô\u0323 To\u0302 Lâm';
    const f = foldText(t);
    expect(f.key).toBe('tô5 tô lâm');
    const [a, b] = keyRange(f, 'tô ');
    expect(t.slice(...originalRange(f, a, b - 1))).toBe('To\u0302');
    expect(t.slice(...originalRange(f, 0, 3))).toBe('Tô\u0323');
  });

  it('returns an empty span for an empty range', () => {
    expect(originalRange(folded, 4, 4)).toEqual([4, 4]);
    expect(originalRange(folded, 10_000, 20_000)).toEqual([text.length, text.length]);
  });
});

describe('foldPhrase', () => {
  it('collapses and trims whitespace', () => {
    expect(foldPhrase('  Phạm\u00A0 Bình\t\nMinh ')).toBe('pham5 binh2 minh');
    expect(foldPhrase('Trưởng  Ban Kinh tế Trung ương')).toBe('trương3 ban kinh tê1 trung ương');
    expect(foldPhrase('\u200BỦy ban\u200B')).toBe('uy3 ban');
  });

  it('matches the key of the same phrase inside text', () => {
    const phrase = foldPhrase('Nguyễn Xuân Phúc');
    expect(key('Thủ tướng NGUYỄN XUÂN PHÚC phát biểu')).toContain(phrase);
    expect(key('Thủ tướng Nguye\u0303\u0302n Xua\u0302n Phu\u0301c')).toContain(phrase);
  });
});

describe('asciiFold', () => {
  it('equates a name with and without diacritics', () => {
    expect(asciiFold('Phạm Bình Minh')).toBe('pham binh minh');
    expect(asciiFold('Pham Binh Minh')).toBe(asciiFold('Phạm Bình Minh'));
    expect(asciiFold('PHẠM BÌNH MINH')).toBe('pham binh minh');
  });

  it('maps đ and its look-alikes to d', () => {
    expect(asciiFold('Đỗ Văn Chiến')).toBe('do van chien');
    expect(asciiFold('Ðỗ Văn Chiến')).toBe('do van chien');
    expect(asciiFold('ðồng')).toBe('dong');
  });

  it('strips marks typed as combining characters, and keeps no tone digit nor i/y fold', () => {
    expect(asciiFold('Nguye\u0303\u0302n Pha\u0323m')).toBe('nguyen pham');
    expect(asciiFold('Lý Quý Mỹ')).toBe('ly quy my');
    expect(asciiFold('Lí')).toBe('li');
    expect(asciiFold('Thủ tướng')).toBe('thu tuong');
  });

  it('handles noise and odd spaces as foldText does', () => {
    expect(asciiFold(' Ng\u200Buyễn\u00A0\u00A0Văn\u200BBình ')).toBe('nguyen van binh');
    expect(asciiFold('Bì\u00ADnh\u202FMinh')).toBe('binh minh');
    expect(asciiFold('Nguyễn\u200BVăn')).toBe('nguyen van');
  });
});
