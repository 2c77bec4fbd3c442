import { describe, expect, it } from 'vitest';
import { asciiFold, foldText, originalRange } from './fold-text';
import { asciiKeyOf, tokenize, type Token } from './tokenize';

const keys = (text: string): string[] => tokenize(text).map((t) => t.key);
const slices = (text: string): string[] => tokenize(text).map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it('splits a sentence into tokens with keys and exact offsets', () => {
    const text = 'Ông Phạm Bình Minh, Ủy viên Bộ Chính trị.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => [t.key, t.start, t.end])).toEqual([
      ['ông', 0, 3],
      ['pham5', 4, 8],
      ['binh2', 9, 13],
      ['minh', 14, 18],
      ['uy3', 20, 22],
      ['viên', 23, 27],
      ['bô5', 28, 30],
      ['chinh1', 31, 36],
      ['tri5', 37, 40],
    ]);
    // The recogniser reads separators between tokens from the original text.
    expect(text.slice(tokens[3]!.end, tokens[4]!.start)).toBe(', ');
    expect(text.slice(tokens[8]!.end)).toBe('.');
  });

  it('keeps combining marks inside the token', () => {
    const text = 'Bô\u0323 Nguye\u0303\u0302n';
    expect(keys(text)).toEqual(['bô5', 'nguyên4']);
    expect(slices(text)).toEqual(['Bô\u0323', 'Nguye\u0303\u0302n']);
  });

  it('does not split a word at noise characters', () => {
    const text = 'Ng\u200Buyễn B\u00ADình Th\uFEFFủy';
    expect(keys(text)).toEqual(['nguyên4', 'binh2', 'thuy3']);
    expect(slices(text)).toEqual(['Ng\u200Buyễn', 'B\u00ADình', 'Th\uFEFFủy']);
  });

  it('leaves noise at the edges out of the token', () => {
    const text = '\u00ADMinh\u00AD \u200BBình\u200B';
    expect(slices(text)).toEqual(['Minh', 'Bình']);
    expect(tokenize(text).map((t) => [t.start, t.end])).toEqual([
      [1, 5],
      [8, 12],
    ]);
  });

  it('splits at odd spaces, a ZWSP between words and punctuation', () => {
    expect(keys('Phạm\u00A0Bình\u202FMinh\u3000Đức')).toEqual(['pham5', 'binh2', 'minh', 'đưc1']);
    expect(keys('Nguyễn\u200BVăn')).toEqual(['nguyên4', 'văn']);
    expect(keys("H'Mông Bà Rịa-Vũng Tàu")).toEqual(['h', 'mông', 'ba2', 'ria5', 'vung4', 'tau2']);
    expect(keys('bếp.Lực lượng')).toEqual(['bêp1', 'lưc5', 'lương5']);
  });

  it('keeps digits in tokens', () => {
    expect(keys('Ngày 13/12/2016 H5N1 COVID-19')).toEqual([
      'ngay2',
      '13',
      '12',
      '2016',
      'h5n1',
      'covid',
      '19',
    ]);
  });

  it('handles characters outside the BMP', () => {
    const text = 'Hà Nội 😀 𝐀b';
    expect(keys(text)).toEqual(['ha2', 'nôi5', '𝐀b']);
    expect(slices(text)).toEqual(['Hà', 'Nội', '𝐀b']);
  });

  it('returns no tokens for text without words', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' , . \u00A0\u200B\u00AD ')).toEqual([]);
  });
});

describe('tokenize: flags', () => {
  const first = (text: string): Token => {
    const t = tokenize(text)[0];
    if (!t) throw new Error('no token');
    return t;
  };

  it('marks i/y-folded syllables', () => {
    expect(first('Lý').yFolded).toBe(true);
    expect(first('Lý').key).toBe('li1');
    expect(first('Lí').yFolded).toBe(false);
    expect(first('Lí').key).toBe('li1');
    expect(first('quý').yFolded).toBe(true);
    expect(first('thủy').yFolded).toBe(false);
    expect(first('y').yFolded).toBe(false);
  });

  it('marks syllables written with ASCII letters only', () => {
    expect(first('Minh').isAscii).toBe(true);
    expect(first('Pham').isAscii).toBe(true);
    expect(first('Phạm').isAscii).toBe(false);
    expect(first('Pha\u0323m').isAscii).toBe(false);
    expect(first('Dinh').isAscii).toBe(true);
    expect(first('Đinh').isAscii).toBe(false);
    expect(first('Ðinh').isAscii).toBe(false);
    expect(first('Mi\u00ADnh').isAscii).toBe(true);
  });

  it('reads upper and all caps from the original', () => {
    expect(first('Phạm')).toMatchObject({ upper: true, allCaps: false });
    expect(first('PHẠM')).toMatchObject({ upper: true, allCaps: true });
    expect(first('ĐỊNH')).toMatchObject({ upper: true, allCaps: true });
    expect(first('ÐỖ')).toMatchObject({ upper: true, allCaps: true });
    expect(first('ỦY')).toMatchObject({ upper: true, allCaps: true });
    expect(first('U\u0309Y')).toMatchObject({ upper: true, allCaps: true });
    expect(first('Ủy')).toMatchObject({ upper: true, allCaps: false });
    expect(first('phạm')).toMatchObject({ upper: false, allCaps: false });
    expect(first('A')).toMatchObject({ upper: true, allCaps: false }); // one letter
    expect(first('2016')).toMatchObject({ upper: false, allCaps: false });
    expect(first('UBND')).toMatchObject({ upper: true, allCaps: true });
  });
});

describe('asciiKeyOf', () => {
  it('gives the ASCII tier of a token', () => {
    const text = 'Phạm Bình Minh Pham Binh Minh Đỗ Lý quý Mỹ H5N1 Á1 Nguye\u0303\u0302n';
    expect(tokenize(text).map(asciiKeyOf)).toEqual([
      'pham',
      'binh',
      'minh',
      'pham',
      'binh',
      'minh',
      'do',
      'ly',
      'quy',
      'my',
      'h5n1',
      'a1',
      'nguyen',
    ]);
  });

  it('reads tone digits of glued syllables, at most one per vowel group', () => {
    expect(tokenize('Nộichủ Đ2 Á12').map(asciiKeyOf)).toEqual(['noichu', 'd2', 'a12']);
  });

  it('equals asciiFold of the token text', () => {
    const text =
      'Ông Pha\u0323m B\u00ADình, ÐỖ VĂN CHIẾN, Lý Thường Kiệt, Ng\u200Buyễn Tấn Dũng, Hy Lạp, Kỳ Sơn';
    for (const t of tokenize(text)) {
      expect(asciiKeyOf(t)).toBe(asciiFold(text.slice(t.start, t.end)));
    }
  });
});

describe('tokenize and foldText agree', () => {
  const text =
    'Thứ ba, 13/12/2016 | 14:16 GMT+7\nÔng Đinh La Thăng đề nghị điều tiết bay. Bí thư Thành ủy ' +
    'TP HCM cho biết Uỷ ban\u00A0nhân dân và HÐND đã họp; ông Lý Quý Mỹ (Kỹ sư) nói: "Hoà Bình, ' +
    'khoẻ, thuỷ lợi". Bô\u0323 trưởng Nguye\u0301\u0302n Mi\u00ADnh\u200B Đức.\r\nẢnh: QUANG ĐỊNH';

  it('gives each token the foldText key of its text', () => {
    for (const t of tokenize(text)) {
      expect(t.key).toBe(foldText(text.slice(t.start, t.end)).key);
    }
  });

  it('gives the word runs of the foldText key, in order', () => {
    const fromFold = foldText(text)
      .key.split(/[^\p{L}\p{M}\p{Nd}]+/u)
      .filter(Boolean);
    expect(keys(text)).toEqual(fromFold);
  });
});

describe('camel-case glue', () => {
  it('splits a word where an uppercase letter follows a lowercase one ("tếTrung")', () => {
    const text = 'Trưởng Ban Kinh tếTrung ương';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.key)).toEqual(['trương3', 'ban', 'kinh', 'tê1', 'trung', 'ương']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Trưởng',
      'Ban',
      'Kinh',
      'tế',
      'Trung',
      'ương',
    ]);
    expect(tokens[4]!.upper).toBe(true);
  });

  it('splits glue written with combining marks too, and leaves all-caps words whole', () => {
    const text = 'te\u0302\u0301Trung PHẠM ĐẢNG';
    expect(tokenize(text).map((t) => t.key)).toEqual(['tê1', 'trung', 'pham5', 'đang3']);
  });

  it('gives foldText the space the text lacks, zero-width in the original', () => {
    const folded = foldText('tếTrung');
    expect(folded.key).toBe('tê1 trung');
    expect(originalRange(folded, 4, 9)).toEqual([2, 7]);
  });
});
