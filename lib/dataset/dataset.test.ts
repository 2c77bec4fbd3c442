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
    expect(y.sources).toEqual(['viwiki:14704786', 'na16:1080', 'na15:person-93dd006a6990']);
    expect(y.birth).toBe('1973-12-23');
    // Only in political-net, year-only in the raw infobox: "[[1958]]", "{{năm sinh và tuổi|1954}}".
    expect(one('Lê Thị Bích Trân').birth).toBe('1958');
    expect(one('Cao Ngọc Oánh').birth).toBe('1954');
    // "10 tháng 10 năm 1967", normalised by political-net to 1967-01-01.
    expect(one('Nguyễn Doãn Anh').birth).toBe('1967-10-10');
  });

  // NA XVI profile 2258 (not in political-net): position_vi "…khóa XV (từ 2/2025),
  // XVIĐại biểu Quốc hội: Khóa XV, XVI"; last timeline entry "4/2026".
  it('gives a person not in political-net (NA XVI + NA XV) their 2026 posts', () => {
    const son = one('Bùi Hoài Sơn', '1975-10-24');
    expect(son.sources).toEqual(['na16:2258', 'na15:person-e6bafa82f36d']);
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

/**
 * Spot checks of the parsed positions (title + body), Party memberships by term and National
 * Assembly terms. Each raw text and date is as written in the source noted (political-net raw
 * infobox `officeN`/`term_startN`/`term_endN`, or the NA XVI profile's timeline/position_vi).
 */
describe('data/dataset.json: titles, bodies, memberships', () => {
  const post = (person: Person, fields: Partial<Person['positions'][number]>) =>
    expect(person.positions).toContainEqual(expect.objectContaining(fields));
  const has = (person: Person, body: string, term: string) =>
    expect(person.memberships ?? []).toContainEqual(expect.objectContaining({ body, term }));
  const hasNot = (person: Person, body: string, term: string) =>
    expect(person.memberships ?? []).not.toContainEqual(expect.objectContaining({ body, term }));

  // viwiki:611726 office5 "Bộ trưởng [[Bộ Ngoại giao (Việt Nam)|Bộ Ngoại giao]]", 2011-08-03 – 2021-04-07.
  it('Phạm Bình Minh: Minister of Foreign Affairs', () => {
    post(one('Phạm Bình Minh'), {
      raw: 'Bộ trưởng Bộ Ngoại giao',
      title: 'Bộ trưởng',
      body: 'Bộ Ngoại giao',
      start: '2011-08-03',
      end: '2021-04-07',
    });
  });

  // viwiki:611726 office2 Phó Thủ tướng, 2013-11-13 – 2021-09-06; office 2021-09-06 – 2023-01-05.
  it('Phạm Bình Minh: Deputy PM, then Permanent Deputy PM', () => {
    const minh = one('Phạm Bình Minh');
    post(minh, {
      title: 'Phó Thủ tướng',
      body: 'Chính phủ',
      start: '2013-11-13',
      end: '2021-09-06',
    });
    post(minh, {
      raw: 'Phó Thủ tướng Thường trực Chính phủ',
      title: 'Phó Thủ tướng Thường trực',
      body: 'Chính phủ',
      start: '2021-09-06',
      end: '2023-01-05',
    });
  });

  // viwiki:611726 office6 "Ủy viên Bộ Chính trị khóa XII, XIII"; office7 NA "khóa XIII, XIV, XV".
  it('Phạm Bình Minh: Politburo XII and XIII, NA XIII–XV', () => {
    const minh = one('Phạm Bình Minh');
    post(minh, { title: 'Ủy viên Bộ Chính trị', terms: ['XII', 'XIII'] });
    has(minh, 'Bộ Chính trị', 'XII');
    has(minh, 'Bộ Chính trị', 'XIII');
    hasNot(minh, 'Bộ Chính trị', 'XI');
    has(minh, 'Ban Chấp hành Trung ương', 'XI');
    expect(minh.naTerms).toEqual(['XIII', 'XIV', 'XV']);
  });

  // viwiki:808161: "Trưởng ban Kinh tế Trung ương" 2016-04-11 – 2021-02-05.
  it('Nguyễn Văn Bình: head of the Central Economic Commission', () => {
    post(one('Nguyễn Văn Bình'), {
      raw: 'Trưởng ban Kinh tế Trung ương',
      title: 'Trưởng ban',
      body: 'Ban Kinh tế Trung ương',
    });
  });

  // viwiki:1463496 and viwiki:19498354: "Bí thư Tỉnh ủy Hòa Bình", successive terms.
  it('Bùi Văn Tỉnh and Ngô Văn Tuấn: Hòa Bình provincial secretaries (body keeps the place)', () => {
    post(one('Bùi Văn Tỉnh'), {
      title: 'Bí thư',
      body: 'Tỉnh ủy Hòa Bình',
      start: '2013-12-31',
      end: '2020-10-02',
    });
    post(one('Ngô Văn Tuấn'), {
      raw: 'Bí thư Tỉnh ủy Hòa Bình',
      title: 'Bí thư',
      body: 'Tỉnh ủy Hòa Bình',
      start: '2020-10-02',
      end: '2022-07-25',
    });
  });

  // viwiki:2384198: "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An" 2010-12-08 – 2013-05-15.
  it("Hồ Đức Phớc: chair of Nghệ An's People's Committee", () => {
    post(one('Hồ Đức Phớc'), {
      title: 'Chủ tịch',
      body: 'Ủy ban nhân dân tỉnh Nghệ An',
      start: '2010-12-08',
      end: '2013-05-15',
    });
  });

  // viwiki:248258 office2 "Thường trực Ban Bí thư …", 5 tháng 2 năm 2021 – 6 tháng 3 năm 2023.
  it('Võ Văn Thưởng: Permanent member of the Secretariat, term XIII', () => {
    const thuong = one('Võ Văn Thưởng');
    post(thuong, {
      title: 'Thường trực Ban Bí thư',
      body: 'Ban Bí thư',
      start: '2021-02-05',
      end: '2023-03-06',
    });
    has(thuong, 'Ban Bí thư', 'XIII');
  });

  // viwiki:787326: Bộ trưởng Bộ Tài chính 2011-08-03 – 2013-05-23; Tổng Kiểm toán 2006-07-01 – 2011-08-02.
  it('Vương Đình Huệ: Minister of Finance, State Auditor General', () => {
    const hue = one('Vương Đình Huệ');
    post(hue, { title: 'Bộ trưởng', body: 'Bộ Tài chính', start: '2011-08-03', end: '2013-05-23' });
    post(hue, {
      title: 'Tổng Kiểm toán Nhà nước',
      body: 'Kiểm toán Nhà nước',
      start: '2006-07-01',
      end: '2011-08-02',
    });
  });

  // viwiki:41593: Thủ tướng 2006-06-27 – 2016-04-06; "Ủy viên Bộ Chính trị" 1996-07-01 – 2016-01-27.
  it('Nguyễn Tấn Dũng: Prime Minister; Politburo XI by dates, not XII', () => {
    const dung = one('Nguyễn Tấn Dũng');
    post(dung, { title: 'Thủ tướng', body: 'Chính phủ', start: '2006-06-27', end: '2016-04-06' });
    post(dung, { title: 'Thống đốc', body: 'Ngân hàng Nhà nước Việt Nam' });
    has(dung, 'Bộ Chính trị', 'XI');
    hasNot(dung, 'Bộ Chính trị', 'XII');
    expect(dung.naTerms).toEqual(['XI', 'XII', 'XIII']);
  });

  // viwiki:436788: Bí thư Tỉnh ủy Quảng Ninh 2011-08-08 – 2015-04-09; "Bí thư Trung ương Đảng"
  // 2016-02-04 – 2021-01-31; "Phó Trưởng Ban Tổ chức Trung ương" 2015-04-09 – 2016-02-05.
  it('Phạm Minh Chính: Quảng Ninh secretary, Secretariat XII', () => {
    const chinh = one('Phạm Minh Chính');
    post(chinh, { title: 'Bí thư', body: 'Tỉnh ủy Quảng Ninh', start: '2011-08-08' });
    post(chinh, {
      raw: 'Phó Trưởng Ban Tổ chức Trung ương',
      title: 'Phó Trưởng ban',
      body: 'Ban Tổ chức Trung ương',
    });
    has(chinh, 'Ban Bí thư', 'XII');
    hasNot(chinh, 'Ban Bí thư', 'XIII');
  });

  // viwiki:46336: Bí thư Thành ủy TP HCM 1976-12 – 1982-04; Phó Chủ tịch Hội đồng Bộ trưởng
  // 1982-04-23 – 1991-08-09; memberships are recorded from term XI only.
  it('Võ Văn Kiệt: older posts parse; no memberships before term XI', () => {
    const kiet = one('Võ Văn Kiệt');
    post(kiet, { title: 'Bí thư', body: 'Thành ủy Thành phố Hồ Chí Minh', start: '1976-12' });
    post(kiet, { title: 'Phó Chủ tịch', body: 'Hội đồng Bộ trưởng', start: '1982-04-23' });
    expect(kiet.memberships).toBeUndefined();
  });

  it('keeps unparsed positions with their raw text only', () => {
    const kiet = one('Võ Văn Kiệt');
    const unparsed = kiet.positions.find(
      (p) => p.raw === 'Chủ nhiệm Ủy ban quốc gia dân số và sinh đẻ có kế hoạch',
    );
    expect(unparsed).toBeDefined();
    expect(unparsed?.title).toBeUndefined();
    expect(unparsed?.body).toBeUndefined();
  });

  // viwiki:3161938 "Uỷ viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam khoá XI, XII, XIII"
  // (old tone placement "Uỷ", "khoá"); "Ủy viên Ban Bí thư … khóa XII".
  it('Lương Cường: folds "Uỷ"/"khoá"; Secretariat XII and XIII', () => {
    const cuong = one('Lương Cường');
    post(cuong, {
      raw: 'Uỷ viên Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam khoá XI, XII, XIII',
      title: 'Ủy viên Trung ương Đảng',
      terms: ['XI', 'XII', 'XIII'],
    });
    has(cuong, 'Ban Bí thư', 'XII');
    has(cuong, 'Ban Bí thư', 'XIII');
  });

  // na16:252 position_vi "Ủy viên Bộ Chính trị: Khóa XII, XIII, XIV"; viwiki:808289 Bộ trưởng
  // Bộ Công an 2016-04-09 – 2024-05-22.
  it('Tô Lâm: Politburo XII–XIV, General Secretary, Minister of Public Security', () => {
    const lam = one('Tô Lâm');
    for (const term of ['XII', 'XIII', 'XIV']) has(lam, 'Bộ Chính trị', term);
    has(lam, 'Ban Bí thư', 'XIV');
    post(lam, { title: 'Bộ trưởng', body: 'Bộ Công an', start: '2016-04-09', end: '2024-05-22' });
    post(lam, { title: 'Tổng Bí thư', body: 'Ban Chấp hành Trung ương Đảng' });
    expect(lam.naTerms).toContain('XVI');
  });

  // na16:951 "Ủy viên Bộ Chính trị: Khóa XIII, XIV", "Thường trực Ban Bí thư khóa XIII (từ 10/2024), XIV".
  it('Trần Cẩm Tú: Politburo XIII–XIV and Permanent member of the Secretariat', () => {
    const tu = one('Trần Cẩm Tú');
    post(tu, { title: 'Thường trực Ban Bí thư', terms: ['XIII', 'XIV'], current: true });
    has(tu, 'Bộ Chính trị', 'XIII');
    has(tu, 'Bộ Chính trị', 'XIV');
    hasNot(tu, 'Bộ Chính trị', 'XII');
    post(tu, { title: 'Chủ nhiệm Ủy ban', body: 'Ủy ban Kiểm tra Trung ương' });
  });

  // na16:2258 timeline 2/2025 – 4/2026 "Ủy viên là Đại biểu Quốc hội hoạt động chuyên trách tại
  // Ủy ban Văn hóa và Xã hội của Quốc hội"; position_vi "Đại biểu Quốc hội: Khóa XV, XVI".
  it('Bùi Hoài Sơn: NA committee member, NA XV and XVI', () => {
    const son = one('Bùi Hoài Sơn');
    post(son, {
      title: 'Ủy viên',
      body: 'Ủy ban Văn hóa và Xã hội của Quốc hội',
      start: '2025-02',
      end: '2026-04',
    });
    expect(son.naTerms).toEqual(['XV', 'XVI']);
  });

  // na16:2258 hometown_vi "Xã Bản Nguyên, tỉnh Phú Thọ"; viwiki:15221423 (Bùi Văn Khánh)
  // hometown "[[Hòa Bình]]" (Hòa Bình merged into Phú Thọ, 2025); viwiki:611726 birth_place
  // "Xã Liên Minh, huyện [[Vụ Bản …]], tỉnh [[Nam Định …]] (nay là xã …), tỉnh [[Ninh Bình]]".
  it('maps hometowns and birthplaces to the post-2025 province, keeping the text', () => {
    const son = one('Bùi Hoài Sơn');
    expect(son.hometown).toBe('Xã Bản Nguyên, tỉnh Phú Thọ');
    expect(son.hometownProvince).toBe('Phú Thọ');
    const khanh = one('Bùi Văn Khánh', '1964-08-02');
    expect(khanh.hometown).toBe('Hòa Bình');
    expect(khanh.hometownProvince).toBe('Phú Thọ');
    const minh = one('Phạm Bình Minh', '1959-03-26');
    // No hometown in the infobox; the NA XV list (na15:person-8c66f95f51f3) gives "Xã Liên Minh,
    // huyện Vụ Bản, tỉnh Nam Định" (Nam Định merged into Ninh Bình).
    expect(minh.hometown).toBe('Xã Liên Minh, huyện Vụ Bản, tỉnh Nam Định');
    expect(minh.hometownProvince).toBe('Ninh Bình');
    expect(minh.birthplace).toMatch(
      /^Xã Liên Minh, huyện Vụ Bản, tỉnh Nam Định .*tỉnh Ninh Bình$/u,
    );
    expect(minh.birthplaceProvince).toBe('Ninh Bình');
    for (const p of dataset.people) {
      if (p.hometownProvince) expect(p.hometown).toBeDefined();
      if (p.birthplaceProvince) expect(p.birthplace).toBeDefined();
    }
  });

  // vietnam-elections-na15: results.json has 499 "won" (and one "won" + "not_confirmed", left
  // out); candidates-list/9.345-446.csv: "Âu Thị Mai", "25/3/1978", "Nữ", Quê quán "Xã Vân Sơn,
  // huyện Sơn Dương, tỉnh Tuyên Quang", post "Tỉnh ủy viên; Bí thư Đảng ủy, Giám đốc Sở Văn hóa,
  // Thể thao và Du lịch tỉnh Tuyên Quang" (candidates_index: person-61bf5afe3ebc).
  it('adds the 499 elected NA XV candidates, with their April-2021 post undated', () => {
    const na15 = dataset.people.filter((p) => p.sources.some((s) => s.startsWith('na15:')));
    expect(na15).toHaveLength(499);
    for (const p of na15) {
      expect(p.naTerms).toContain('XV');
      for (const q of p.positions.filter((x) => x.source.startsWith('na15:'))) {
        expect(q.start ?? q.end ?? q.current).toBeUndefined();
      }
    }
    const mai = one('Âu Thị Mai');
    expect(mai).toMatchObject({
      gender: 'female',
      birth: '1978-03-25',
      hometown: 'Xã Vân Sơn, huyện Sơn Dương, tỉnh Tuyên Quang',
      hometownProvince: 'Tuyên Quang',
      naTerms: ['XV'],
      sources: ['na15:person-61bf5afe3ebc'],
    });
    expect(mai.positions).toEqual([
      {
        raw:
          'Tỉnh ủy viên; Bí thư Đảng ủy, Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên ' +
          'Quang',
        title: 'Tỉnh ủy viên',
        source: 'na15:person-61bf5afe3ebc',
      },
    ]);
  });

  it('every NA XVI profile has NA term XVI; memberships cite a source of the person', () => {
    for (const p of dataset.people) {
      if (p.sources.some((s) => s.startsWith('na16:'))) expect(p.naTerms).toContain('XVI');
      for (const m of p.memberships ?? []) expect(p.sources).toContain(m.source);
    }
  });

  it('gives a title to at least 85% of positions, and a body only with a title', () => {
    const positions = dataset.people.flatMap((p) => p.positions);
    const titled = positions.filter((p) => p.title !== undefined).length;
    expect(titled / positions.length).toBeGreaterThan(0.85);
    expect(positions.filter((p) => p.body !== undefined && p.title === undefined)).toEqual([]);
  });
});

describe('lexicon successors (the 2025 restructuring)', () => {
  it('says which body took each dissolved one over, and when', async () => {
    const { BUNDLED_LEXICON } = await import('../lexicon/bundled-lexicon');
    const successors = (vi: string) => BUNDLED_LEXICON.find((e) => e.vi === vi)?.successors;
    expect(successors('Ban Kinh tế Trung ương')).toEqual([
      { body: 'Ban Chính sách, chiến lược Trung ương', date: '2025-02-03' },
    ]);
    expect(successors('Bộ Giao thông vận tải')).toEqual([
      { body: 'Bộ Xây dựng', date: '2025-03-01' },
    ]);
    expect(successors('Bộ Ngoại giao')).toBeUndefined();
  });
});
