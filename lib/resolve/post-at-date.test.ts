/** The post shown for a person on an article's date: real dataset facts, then the rules. */
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../tests/support/bundled-dataset';
import {
  endedBy,
  heldOn,
  newOn,
  officeKey,
  postAtDate,
  postMatches,
  postsHeldOn,
  type DatedPost,
} from './post-at-date';

const dataset = loadBundledDataset();
const positionsOf = (id: string) => {
  const person = dataset.people.find((p) => p.id === id);
  if (!person) throw new Error(`${id} is not in the dataset`);
  return person.positions;
};

describe('postAtDate with the real dataset', () => {
  it('gives Nguyễn Xuân Phúc as Prime Minister on 17 July 2020, before his ASEAN and Politburo posts', () => {
    const post = postAtDate(positionsOf('nguyen-xuan-phuc-1954'), '2020-07-17');
    expect(post).toMatchObject({
      title: 'Thủ tướng',
      body: 'Chính phủ',
      start: '2016-04-07',
      end: '2021-04-05',
    });
  });

  it('gives him as State President in 2022, and Nguyễn Phú Trọng as General Secretary in 2019', () => {
    expect(postAtDate(positionsOf('nguyen-xuan-phuc-1954'), '2022-06-01')?.title).toBe(
      'Chủ tịch nước',
    );
    // In 2019 he was also State President: the Party post comes first, in protocol order,
    // unless the page names the other one.
    const trong = positionsOf('nguyen-phu-trong-1944');
    expect(postsHeldOn(trong, '2019-01-01').map((p) => p.title)).toEqual([
      'Tổng Bí thư',
      'Chủ tịch nước',
      'Ủy viên Bộ Chính trị',
      'Ủy viên Trung ương Đảng',
    ]);
    expect(
      postAtDate(trong, '2019-01-01', { pageTitles: [officeKey('Chủ tịch nước')] })?.title,
    ).toBe('Chủ tịch nước');
  });

  it('puts the post the page names first: Đinh La Thăng as HCMC Party Secretary in 2016', () => {
    const thang = positionsOf('dinh-la-thang-1960');
    expect(postAtDate(thang, '2016-08-01')?.raw).toBe('Bí thư Thành ủy Thành phố Hồ Chí Minh');
    expect(
      postAtDate(thang, '2016-08-01', {
        pageTitles: [officeKey('Ủy viên Bộ Chính trị')],
      })?.raw,
    ).toBe('Ủy viên Bộ Chính trị khóa XII');
    // Minister of Transport in 2013.
    expect(postAtDate(thang, '2013-05-01')?.raw).toBe('Bộ trưởng Bộ Giao thông Vận tải');
  });

  it('gives null when the dataset knows no post on that date', () => {
    // Nguyễn Tấn Dũng left office in April 2016.
    expect(postAtDate(positionsOf('nguyen-tan-dung-1949'), '2020-07-17')).toBeNull();
    expect(postAtDate(positionsOf('nguyen-tan-dung-1949'), '2010-01-01')?.title).toBe('Thủ tướng');
  });
});

describe('dates and modifiers', () => {
  const minister: DatedPost = {
    raw: 'Bộ trưởng Bộ Y tế',
    title: 'Bộ trưởng',
    body: 'Bộ Y tế',
    start: '2024-03',
    end: '2025-05-10',
  };
  const deputy: DatedPost = {
    raw: 'Đại biểu Quốc hội: Khóa XVI',
    title: 'Đại biểu Quốc hội',
    body: 'Quốc hội',
    current: true,
  };

  it('counts a current post with no start only from the dataset as-of date', () => {
    expect(heldOn(deputy, '2026-08-01')).toBe(false);
    expect(heldOn(deputy, '2026-08-01', '2026-07-03')).toBe(true);
    expect(heldOn(deputy, '2025-08-01', '2026-07-03')).toBe(false);
    expect(postAtDate([deputy], '2026-08-01', { currentFrom: '2026-07-03' })?.title).toBe(
      'Đại biểu Quốc hội',
    );
    expect(postAtDate([deputy], '2026-08-01', { currentFrom: '2026-07-03' })?.end).toBeNull();
  });

  it('reads a partial start as the first day and a partial end as the last day of its period', () => {
    expect(heldOn(minister, '2024-03-01')).toBe(true);
    expect(heldOn(minister, '2024-02-28')).toBe(false);
    expect(heldOn(minister, '2025-05-10')).toBe(true);
    expect(heldOn(minister, '2025-05-11')).toBe(false);
  });

  it('says a post had ended ("nguyên") or had just begun ("tân")', () => {
    expect(endedBy(minister, '2026-01-01')).toBe(true);
    expect(endedBy(minister, '2025-01-01')).toBe(false);
    expect(endedBy(deputy, '2026-01-01')).toBe(false);
    expect(newOn(minister, '2024-04-01')).toBe(true);
    expect(newOn(minister, '2025-04-01')).toBe(false);
    // Reported a few days before the start the source gives, not months before.
    expect(newOn(minister, '2024-02-20')).toBe(true);
    expect(newOn(minister, '2023-12-01')).toBe(false);
  });

  it('orders national offices, heads, deputies, then memberships', () => {
    const posts: DatedPost[] = [
      { raw: 'Ủy viên Bộ Chính trị', title: 'Ủy viên Bộ Chính trị', start: '2016', end: '2021' },
      { raw: 'Phó Bí thư Tỉnh ủy A', title: 'Phó Bí thư', start: '2018', end: '2020' },
      { raw: 'Bí thư Tỉnh ủy B', title: 'Bí thư', start: '2017', end: '2020' },
      { raw: 'Phó Thủ tướng Chính phủ', title: 'Phó Thủ tướng', start: '2016', end: '2021' },
      { raw: 'Đại biểu Quốc hội', title: 'Đại biểu Quốc hội', start: '2019', end: '2021' },
    ];
    expect(postsHeldOn(posts, '2019-06-01').map((p) => p.raw)).toEqual([
      'Phó Thủ tướng Chính phủ',
      'Bí thư Tỉnh ủy B',
      'Phó Bí thư Tỉnh ủy A',
      'Ủy viên Bộ Chính trị',
      'Đại biểu Quốc hội',
    ]);
  });
});

describe('postMatches', () => {
  const pm: DatedPost = {
    raw: 'Thủ tướng Chính phủ nước Cộng hoà xã hội chủ nghĩa Việt Nam, Phó Chủ tịch Hội đồng Quốc phòng',
    title: 'Thủ tướng',
    body: 'Chính phủ',
  };
  it('matches a title that starts a post on a word boundary, never a deputy or a longer title', () => {
    expect(postMatches(pm, officeKey('Thủ tướng'))).toBe(true);
    expect(postMatches(pm, officeKey('THỦ TƯỚNG CHÍNH PHỦ'))).toBe(true);
    expect(postMatches(pm, officeKey('Phó Chủ tịch Hội đồng Quốc phòng'))).toBe(true);
    expect(postMatches(pm, officeKey('Phó Thủ tướng'))).toBe(false);
    expect(postMatches(pm, officeKey('Thủ tướng Lào'))).toBe(false);
    expect(
      postMatches(
        { raw: 'Phó Thủ tướng Thường trực Chính phủ', title: 'Phó Thủ tướng Thường trực' },
        officeKey('Thủ tướng'),
      ),
    ).toBe(false);
  });
});
