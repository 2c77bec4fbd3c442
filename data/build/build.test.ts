import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { build } from '../build-dataset';
import { readDate } from './dates';
import { splitDescription, splitGluedPosts, parsePeriod, splitProfileName } from './na16';
import { formatDataset, formatLexicon } from './output';
import {
  aliasesFrom,
  infoboxNames,
  leadBirth,
  statedGender,
  stripDisambiguation,
} from './political-net';
import { nameKey, slugify } from './text';
import { wikiToText } from './wikitext';

const date = (value: string) => {
  const r = readDate(value);
  return r.kind === 'date' ? r.date : r.kind;
};

describe('readDate', () => {
  it('reads infobox templates with their precision', () => {
    expect(date('{{ngày sinh và tuổi|1971|8|2}}')).toBe('1971-08-02');
    expect(date('{{ngày sinh và tuổi |1968|9|13}}')).toBe('1968-09-13');
    expect(date('{{birth date|df=yes|1944|4|14}}')).toBe('1944-04-14');
    expect(date('{{năm sinh và tuổi|1964}}')).toBe('1964');
    expect(date('ngày 28 tháng 01 năm {{năm sinh và tuổi|1965}}')).toBe('1965-01-28');
  });

  it('reads Vietnamese and numeric dates', () => {
    expect(date('[[1973]]')).toBe('1973');
    expect(date('[[21 tháng 10]] năm [[2022]]')).toBe('2022-10-21');
    expect(date('7 tháng 6, 1958')).toBe('1958-06-07');
    expect(date('[[tháng 8]] năm [[2015]]')).toBe('2015-08');
    expect(date('Tháng 10, 2015')).toBe('2015-10');
    expect(date('11/2008')).toBe('2008-11');
    expect(date('15/9/2009')).toBe('2009-09-15');
    expect(date('12 tháng 1 năm 1965 (60 tuổi)')).toBe('1965-01-12');
    expect(date('2022-10-21')).toBe('2022-10-21');
  });

  it('recognises current posts and unreadable values', () => {
    expect(date("''nay''<br/>{{số năm theo năm và ngày|2022|7|24}}")).toBe('current');
    expect(date('đương nhiệm')).toBe('current');
    expect(date('nay  <small>(Quyền: 15 tháng 7 – 21 tháng 10 năm 2022)')).toBe('current');
    expect(date('1947 (?)')).toBe('unparseable');
    expect(date('Khóa IV')).toBe('unparseable');
    expect(date('')).toBe('empty');
  });

  it('keeps the year of an impossible day or month', () => {
    expect(readDate('{{ngày sinh và tuổi|1969|19|7}}')).toEqual({
      kind: 'date',
      date: '1969',
      reduced: true,
    });
  });
});

describe('wikitext', () => {
  it('cleans an office field', () => {
    expect(
      wikiToText(
        '[[Tập tin:Coat of arms of Vietnam.svg|22px]] <br>Bộ trưởng [[Bộ Ngoại giao (Việt Nam)|Bộ Ngoại giao]]',
      ),
    ).toBe('Bộ trưởng Bộ Ngoại giao');
    expect(
      wikiToText(
        '[[Chủ tịch Quốc hội Việt Nam|Chủ tịch Quốc hội<br>nước Cộng hòa xã hội chủ nghĩa Việt Nam]]',
      ),
    ).toBe('Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(
      wikiToText("Ủy viên [[A|B]]<br/> Chủ nhiệm C<br/>''(Đã bị cách chức)''<ref>x</ref>"),
    ).toBe('Ủy viên B, Chủ nhiệm C (Đã bị cách chức)');
  });
});

describe('names', () => {
  it('strips disambiguation and folds names', () => {
    expect(stripDisambiguation('Nguyễn Văn Bình (chính khách)')).toBe('Nguyễn Văn Bình');
    expect(slugify('Y Thanh Hà Niê Kđăm')).toBe('y-thanh-ha-nie-kdam');
    expect(nameKey('Nguyễn Thị Thanh Thuỷ')).toBe(nameKey('Nguyễn Thị Thanh Thủy'));
    expect(nameKey('Mai Thế Duơng')).not.toBe(nameKey('Mai Thế Dương'));
  });

  it('takes other full names and spellings from the infobox, not nicknames or ranks', () => {
    const prefixes = ['Trung tướng', 'Tiến sĩ'];
    expect(infoboxNames("Trương Hòa Bình<br>''Sáu Đạt''", prefixes)).toEqual([
      'Trương Hòa Bình',
      'Sáu Đạt',
    ]);
    expect(infoboxNames('[[Tiến sĩ]] <br> Đỗ Trọng Hưng', prefixes)).toEqual(['Đỗ Trọng Hưng']);
    expect(aliasesFrom('Trương Hòa Bình', ['Trương Hòa Bình', 'Sáu Đạt'])).toEqual([]);
    expect(aliasesFrom('Phạm Hưng', ['Bùi Văn Tường', 'Phạm Hưng'])).toEqual(['Bùi Văn Tường']);
    expect(aliasesFrom('Mai Thế Dương', ['Mai Thế Duơng'])).toEqual(['Mai Thế Duơng']);
  });

  it('splits a profile name with a religious name', () => {
    expect(splitProfileName('Lý Đức (Thượng tọa Lý Minh Đức)')).toEqual({
      name: 'Lý Đức',
      other: 'Lý Minh Đức',
    });
    expect(splitProfileName('Lê Nguyên Thao (Linh mục Lê Nguyên Thao)')).toEqual({
      name: 'Lê Nguyên Thao',
    });
  });
});

describe('article leads', () => {
  it('reads only stated gender and birth', () => {
    expect(statedGender('X', 'X (sinh 1970) là một nữ chính khách. Bà hiện là …').gender).toBe(
      'female',
    );
    expect(statedGender('X', 'X là chính khách. Ông từng là …').gender).toBe('male');
    expect(statedGender('X', 'X quê ở Bà Rịa – Vũng Tàu.').gender).toBeUndefined();
    expect(leadBirth('X (sinh ngày 15 tháng 3 năm 1974) là …')).toBe('1974-03-15');
    expect(leadBirth('X (sinh năm 1979) là …')).toBe('1979');
  });
});

describe('NA XVI profiles', () => {
  it('splits glued current posts before each capitalised post', () => {
    expect(
      splitGluedPosts(
        'Ủy viên Trung ương Đảng: Khóa XIII (dự khuyết), XIVỦy viên Ban Thường vụ (từ 7/2025)Phó Chủ tịch UBND tỉnhĐại biểu Quốc hội: Khóa XVI',
      ),
    ).toEqual([
      'Ủy viên Trung ương Đảng: Khóa XIII (dự khuyết), XIV',
      'Ủy viên Ban Thường vụ (từ 7/2025)',
      'Phó Chủ tịch UBND tỉnh',
      'Đại biểu Quốc hội: Khóa XVI',
    ]);
  });

  it('splits descriptions on semicolons outside brackets', () => {
    expect(splitDescription('A (x; y); B.; ; C (unclosed; D')).toEqual([
      'A (x; y)',
      'B',
      'C (unclosed',
      'D',
    ]);
  });

  it('reads periods', () => {
    expect(parsePeriod('1/2012 - 7/2017')).toEqual({
      start: { kind: 'date', date: '2012-01' },
      end: { kind: 'date', date: '2017-07' },
      open: false,
    });
    expect(parsePeriod('15/3/2026').open).toBe(true);
    expect(parsePeriod('Trước 4/2020').end).toEqual({ kind: 'date', date: '2020-04' });
    expect(parsePeriod('5//2021 –6/2022').start).toEqual({ kind: 'date', date: '2021-05' });
  });
});

const sharedData = fileURLToPath(new URL('../../../shared/data', import.meta.url));

describe.runIf(existsSync(sharedData))('the build', () => {
  it('reproduces data/dataset.json and data/lexicon.json byte for byte', () => {
    const { dataset, lexicon } = build(sharedData);
    const read = (name: string) => readFileSync(new URL(`../${name}`, import.meta.url), 'utf8');
    expect(formatDataset(dataset) === read('dataset.json')).toBe(true);
    expect(formatLexicon(lexicon) === read('lexicon.json')).toBe(true);
  }, 60_000);

  // viwiki:19790571 birth_date {{ngày sinh và tuổi |1978|9|29}}; na16:2621 dob "15/4/1978".
  // viwiki:19547607 (Phạm Gia Túc) office "Chánh Văn phòng Trung ương Đảng" to "nay"; na16:1777
  // position_vi "…Phó Thủ tướng Thường trực Chính phủ (từ 4/2026)…".
  it('lists conflicts between merged sources with the value kept (the newer source)', () => {
    const { stats } = build(sharedData);
    expect(stats.conflicts).toContainEqual({
      name: 'Nguyễn Văn Mạnh',
      field: 'birth date',
      values: ['viwiki:19790571: 1978-09-29', 'na16:2621: 1978-04-15'],
      kept: '1978-04-15',
    });
    const tuc = stats.conflicts.find(
      (c) => c.name === 'Phạm Gia Túc' && c.field === 'current posts',
    );
    expect(tuc?.values[0]).toContain('viwiki:19547607: Chánh Văn phòng Trung ương Đảng');
    expect(tuc?.values[1]).toContain('Phó Thủ tướng Thường trực Chính phủ (từ 4/2026)');
    expect(tuc?.kept).toMatch(/^na16:1777/u);
    const fields = new Set(stats.conflicts.map((c) => c.field));
    expect([...fields].sort()).toEqual(['birth date', 'current posts', 'hometown']);
  }, 60_000);
});
