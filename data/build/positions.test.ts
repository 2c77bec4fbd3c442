import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { readLexicon } from './lexicon';
import { positionParser, splitTerms } from './positions';

const parser = positionParser(readLexicon(fileURLToPath(new URL('../lexicon', import.meta.url))));
const parse = (raw: string) => parser.parse(raw);

describe('positionParser', () => {
  it('splits the examples of the issue', () => {
    expect(parse('Trưởng ban Kinh tế Trung ương')).toEqual({
      title: 'Trưởng ban',
      body: 'Ban Kinh tế Trung ương',
    });
    expect(parse('Bí thư Tỉnh ủy Hòa Bình')).toEqual({ title: 'Bí thư', body: 'Tỉnh ủy Hòa Bình' });
    expect(parse('Bộ trưởng Bộ Ngoại giao')).toEqual({ title: 'Bộ trưởng', body: 'Bộ Ngoại giao' });
    expect(parse('Phó Thủ tướng Chính phủ')).toEqual({ title: 'Phó Thủ tướng', body: 'Chính phủ' });
    expect(parse('Ủy viên Bộ Chính trị khóa XIII')).toEqual({
      title: 'Ủy viên Bộ Chính trị',
      body: 'Bộ Chính trị',
      terms: ['XIII'],
    });
  });

  it('ignores case and tone-mark placement', () => {
    expect(parse('Bí thư Tỉnh uỷ Hoà Bình')).toEqual({ title: 'Bí thư', body: 'Tỉnh uỷ Hoà Bình' });
    expect(parse('TRƯỞNG BAN Tổ chức Trung ương')).toMatchObject({ title: 'Trưởng ban' });
    expect(parse('Uỷ viên Bộ Chính trị khoá XII')).toMatchObject({
      title: 'Ủy viên Bộ Chính trị',
      terms: ['XII'],
    });
  });

  it('reads the first of several posts, deputies and ranks', () => {
    expect(parse('Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Bộ Công an')).toEqual({
      title: 'Bí thư',
      body: 'Đảng ủy Công an Trung ương',
    });
    expect(parse('Trung tướng, Thứ trưởng Bộ Công an')).toEqual({
      title: 'Thứ trưởng',
      body: 'Bộ Công an',
    });
    expect(parse('Chánh Văn phòng Trung ương Đảng')).toEqual({
      title: 'Chánh Văn phòng',
      body: 'Văn phòng Trung ương Đảng',
    });
    expect(parse('Ủy viên Ban Chấp hành Trung ương Đoàn')).toEqual({
      title: 'Ủy viên',
      body: 'Ban Chấp hành Trung ương Đoàn',
    });
  });

  it('leaves what it cannot read', () => {
    expect(parse('Đại tá')).toEqual({});
    expect(parse('Được thăng cấp bậc hàm Thiếu tướng')).toEqual({});
  });
});

describe('splitTerms', () => {
  it('reads trailing terms and drops remarks', () => {
    expect(splitTerms('Đại biểu Quốc hội: Khóa XV, XVI')).toEqual({
      text: 'Đại biểu Quốc hội',
      terms: ['XV', 'XVI'],
    });
    expect(splitTerms('Đại biểu Quốc hội khóa XVI (từ 3/2026)')).toEqual({
      text: 'Đại biểu Quốc hội',
      terms: ['XVI'],
    });
    expect(splitTerms('Ủy viên Trung ương Đảng khóa XI, khóa XII, Thượng tướng')).toEqual({
      text: 'Ủy viên Trung ương Đảng',
      terms: ['XI', 'XII'],
    });
  });
});
