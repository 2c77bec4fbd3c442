/**
 * The bundled data/dataset.json against the schema and against facts read by hand from the
 * source files (../shared/data/sources/…; the source of each expectation is noted).
 */

import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { findDatasetProblems } from './schema';
import type { Dataset, Person } from './types';

const data: unknown = JSON.parse(
  readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8'),
);
const dataset = data as Dataset;

function named(name: string): Person[] {
  return dataset.people.filter((p) => p.name === name);
}

function one(name: string, birth?: string): Person {
  const found = named(name).filter((p) => birth === undefined || p.birth === birth);
  expect(found, `${name} ${birth ?? ''}`).toHaveLength(1);
  return found[0] as Person;
}

describe('data/dataset.json', () => {
  it('passes the schema and the cross-field rules', () => {
    expect(findDatasetProblems(data)).toEqual([]);
  });

  it('is version 0.1.0 as of the NA XVI profiles (fetched 2026-07-03)', () => {
    expect(dataset.version).toBe('0.1.0');
    expect(dataset.asOf).toBe('2026-07-03');
    expect(dataset.license).toMatch(/CC BY-SA/u);
  });

  it('holds every political-net article and every NA XVI profile', () => {
    const sources = dataset.people.flatMap((p) => p.sources);
    expect(sources.filter((s) => s.startsWith('viwiki:'))).toHaveLength(1332);
    expect(sources.filter((s) => s.startsWith('na16:'))).toHaveLength(500);
    expect(new Set(sources).size).toBe(sources.length);
  });

  it('lists people by id', () => {
    const ids = dataset.people.map((p) => p.id);
    expect(ids).toEqual([...ids].sort());
  });

  // viwiki:611726 office5: Bộ trưởng [[Bộ Ngoại giao (Việt Nam)|Bộ Ngoại giao]],
  // [[3 tháng 8]] năm [[2011]] – [[7 tháng 4]] năm [[2021]]; birth {{ngày sinh và tuổi|1959|3|26}}.
  it('has Phạm Bình Minh as Minister of Foreign Affairs 2011-08-03 to 2021-04-07', () => {
    const minh = one('Phạm Bình Minh', '1959-03-26');
    expect(minh.id).toBe('pham-binh-minh-1959');
    expect(minh.positions).toContainEqual(
      expect.objectContaining({
        raw: expect.stringContaining('Bộ trưởng Bộ Ngoại giao'),
        start: '2011-08-03',
        end: '2021-04-07',
        source: 'viwiki:611726',
      }),
    );
  });

  // viwiki:808161 "Nguyễn Văn Bình (chính khách)": office [[Ban Kinh tế Trung ương …|Trưởng ban
  // Kinh tế Trung ương]] 2016-04-11 – 2021-02-05; birth {{ngày sinh và tuổi|1961|3|4}}.
  it('has Nguyễn Văn Bình (born 1961-03-04) heading the Central Economic Commission', () => {
    const binh = one('Nguyễn Văn Bình', '1961-03-04');
    expect(binh.id).toBe('nguyen-van-binh-1961');
    const economic = binh.positions.filter((p) => /ban kinh tế trung ương/iu.test(p.raw));
    expect(economic).toContainEqual(
      expect.objectContaining({
        raw: 'Trưởng ban Kinh tế Trung ương',
        start: '2016-04-11',
        end: '2021-02-05',
      }),
    );
  });

  // The other "Nguyễn Văn Bình" in the sources is only a name in Vy Văn Thành's deputy_name3
  // (a Lạng Sơn vice-chairman) and links elsewhere to the same article: no second person.
  it('does not invent people from names inside other infoboxes', () => {
    expect(named('Nguyễn Văn Bình')).toHaveLength(1);
    // "Nguyễn Huy Tăng" appears only as successor2 in Vũ Quang Minh's infobox (viwiki:19815673).
    expect(named('Nguyễn Huy Tăng')).toEqual([]);
    expect(JSON.stringify(dataset.people.map((p) => [p.name, p.aliases]))).not.toContain(
      'Huy Tăng',
    );
  });

  // viwiki:1463404 {{ngày sinh và tuổi|1959|6|16}}; viwiki:108361 {{ngày sinh và tuổi|1956|5|25}}.
  it('has Hoàng Bình Quân and Cao Đức Phát', () => {
    expect(one('Hoàng Bình Quân').birth).toBe('1959-06-16');
    expect(one('Hoàng Bình Quân').positions).toContainEqual(
      expect.objectContaining({ raw: 'Trưởng ban Đối ngoại Trung ương Đảng Cộng sản Việt Nam' }),
    );
    expect(one('Cao Đức Phát').birth).toBe('1956-05-25');
    expect(one('Cao Đức Phát').positions).toContainEqual(
      expect.objectContaining({
        raw: 'Phó Trưởng ban Thường trực Ban Kinh tế Trung ương',
        start: '2016-08-09',
        end: '2021-08-20',
      }),
    );
  });

  // political-net raw birth_date "[[1973]]" (normalised to 1973-01-01); NA XVI profile 1080
  // dob "23/12/1973". The merged person takes the profile's full date, never 1973-01-01.
  it('never pads a year-only birth to 1 January', () => {
    const y = one('Y Thanh Hà Niê Kđăm');
    expect(y.sources).toEqual(['viwiki:14704786', 'na16:1080']);
    expect(y.birth).toBe('1973-12-23');
    // Only in political-net, year-only in the raw infobox: "[[1958]]", "{{năm sinh và tuổi|1954}}".
    expect(one('Lê Thị Bích Trân').birth).toBe('1958');
    expect(one('Cao Ngọc Oánh').birth).toBe('1954');
    // "10 tháng 10 năm 1967", normalised by political-net to 1967-01-01.
    expect(one('Nguyễn Doãn Anh').birth).toBe('1967-10-10');
  });

  // NA XVI profile 2258 (not in political-net): position_vi "…khóa XV (từ 2/2025),
  // XVIĐại biểu Quốc hội: Khóa XV, XVI"; last timeline entry "4/2026".
  it('gives a person found only in NA XVI their 2026 posts', () => {
    const son = one('Bùi Hoài Sơn', '1975-10-24');
    expect(son.sources).toEqual(['na16:2258']);
    expect(son.gender).toBe('male');
    expect(son.positions).toContainEqual(
      expect.objectContaining({
        raw: 'Đại biểu Quốc hội khóa XVI',
        start: '2026-04',
        current: true,
      }),
    );
    expect(son.positions).toContainEqual(
      expect.objectContaining({ raw: 'Đại biểu Quốc hội: Khóa XV, XVI', current: true }),
    );
    expect(son.positions.find((p) => p.raw.includes('(đến 3/2026)'))).toMatchObject({
      start: '2025-02',
      end: '2026-03',
    });
  });

  // NA XVI profile 9580: position_vi "Ủy viên Ban Chấp hành Đảng bộ tỉnhỦy viên Ban Chấp hành
  // Đảng bộ các cơ quan Đảng tỉnhBí thư Đảng ủy, Viện trưởng Viện Kiểm sát nhân dân tỉnh Khánh
  // HòaĐại biểu Quốc hội: Khóa XVI".
  it('splits glued current posts', () => {
    const cuong = one('Bùi Mạnh Cường', '1979-09-27');
    const current = cuong.positions
      .filter((p) => p.current && p.start === undefined)
      .map((p) => p.raw);
    expect(current).toEqual([
      'Ủy viên Ban Chấp hành Đảng bộ tỉnh',
      'Ủy viên Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh',
      'Bí thư Đảng ủy, Viện trưởng Viện Kiểm sát nhân dân tỉnh Khánh Hòa',
      'Đại biểu Quốc hội: Khóa XVI',
    ]);
    // viwiki:7530585 has the same name, no birth date and a different career: kept apart.
    expect(
      named('Bùi Mạnh Cường')
        .map((p) => p.id)
        .sort(),
    ).toEqual(['bui-manh-cuong-1979', 'bui-manh-cuong-7530585']);
  });

  it('merges a profile into the article about the same person', () => {
    // Infobox {{ngày sinh và tuổi|1957|5|19}} = profile 1047 dob 19/5/1957.
    const binh = one('Nguyễn Thanh Bình', '1957-05-19');
    expect(binh.sources).toEqual(['viwiki:647752', 'na16:1047']);
    // Infobox {{birth year and age|1974|4|15}}, lead "sinh ngày 15 tháng 3 năm 1974", profile
    // 7006 dob 15/3/1974: merged by the lead, the profile's date kept.
    const than = one('Nguyễn Khắc Thận');
    expect(than.sources).toEqual(['viwiki:19608952', 'na16:7006']);
    expect(than.birth).toBe('1974-03-15');
  });

  it('keeps people who share a name apart', () => {
    // viwiki:444902 {{Ngày sinh|1918|5|4}}, viwiki:647752 1957-05-19, viwiki:14803863 1964-11-04.
    const binhs = named('Nguyễn Thanh Bình');
    expect(binhs.map((p) => p.birth).sort()).toEqual(['1918-05-04', '1957-05-19', '1964-11-04']);
    expect(new Set(binhs.map((p) => p.id)).size).toBe(3);
    // Same name and birth year, different people: viwiki:19752973 (Gia Lai, 19/5/1973) and
    // NA XVI 8494 (Ninh Bình, 10/2/1973).
    expect(
      named('Phạm Anh Tuấn')
        .map((p) => p.id)
        .sort(),
    ).toEqual(['pham-anh-tuan-1973-19752973', 'pham-anh-tuan-1973-na16-8494']);
  });

  it('does not copy article summaries', () => {
    // From the lead of viwiki:808161, which must not appear anywhere.
    const text = JSON.stringify(dataset);
    expect(text).not.toContain('là một chính khách Việt Nam');
    expect(text).not.toContain('Ngay trước thềm Đại hội 13');
  });
});
