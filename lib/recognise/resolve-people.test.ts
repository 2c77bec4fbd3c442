/**
 * Resolution as a reader checks it: the post each person held on the article's date, who held
 * a bare title then, modifiers (nguyên, cựu, cố, tân), and namesakes told apart with a reason.
 */
import { describe, expect, it } from 'vitest';
import { createRecogniser, type Mention, type NamedPerson } from '../create-recogniser';
import { namedPeopleOf } from '../dataset/named-people';
import { loadBundledDataset } from '../../tests/support/bundled-dataset';

const dataset = loadBundledDataset();
const real = createRecogniser(namedPeopleOf(dataset));
const read = (text: string, date?: string) => real.recognise(text, { date, asOf: dataset.asOf });
const people = (mentions: Mention[]) => mentions.filter((m) => m.kind === 'person');
const titles = (mentions: Mention[]) => mentions.filter((m) => m.kind === 'title');

describe('post at the article date (real dataset)', () => {
  it('gives Nguyễn Xuân Phúc his post as Prime Minister on 17 July 2020', () => {
    const [phuc] = people(read('Thủ tướng Nguyễn Xuân Phúc chủ trì cuộc họp.', '2020-07-17'));
    expect(phuc?.id).toBe('nguyen-xuan-phuc-1954');
    expect(phuc?.post).toMatchObject({
      title: 'Thủ tướng',
      body: 'Chính phủ',
      start: '2016-04-07',
      end: '2021-04-05',
    });
    expect(phuc?.title).toBe('Thủ tướng');
  });

  it('gives null for a former Prime Minister years after, keeping the page title and its modifier', () => {
    const [dung] = people(read('nguyên Thủ tướng Nguyễn Tấn Dũng đến dự.', '2020-07-17'));
    expect(dung?.id).toBe('nguyen-tan-dung-1949');
    expect(dung?.post).toBeNull();
    expect(dung?.title).toBe('nguyên Thủ tướng');
    expect(dung?.modifiers).toEqual(['nguyên']);
  });

  it('counts a current post with no start from the dataset as-of date (NA XVI profiles)', () => {
    const text = 'Đại biểu Quốc hội Bùi Thị Kim Tuyến phát biểu.';
    const [after] = people(read(text, '2026-08-01'));
    expect(after?.post).toMatchObject({ title: 'Đại biểu Quốc hội', start: null, end: null });
    expect(people(read(text, '2025-01-01'))[0]?.post).toBeNull();
    // Without the as-of date nothing says when it began.
    const [unknown] = people(real.recognise(text, { date: '2026-08-01' }));
    expect(unknown?.post).toBeNull();
  });

  it('gives no post when no article date is known', () => {
    const [phuc] = people(read('Thủ tướng Nguyễn Xuân Phúc chủ trì.'));
    expect(phuc?.post).toBeUndefined();
  });

  it('does not give the title that introduces the next name to the previous one', () => {
    const found = people(
      read('Dự lễ có nguyên Thủ tướng Nguyễn Tấn Dũng, cố Tổng Bí thư Nguyễn Phú Trọng.'),
    );
    expect(found.map((m) => [m.text, m.title])).toEqual([
      ['Nguyễn Tấn Dũng', 'nguyên Thủ tướng'],
      ['Nguyễn Phú Trọng', 'cố Tổng Bí thư'],
    ]);
  });
});

describe('who held a bare title on the article date (real dataset)', () => {
  const holderOf = (text: string, date?: string) =>
    titles(read(text, date)).map((m) => [m.text, m.holder?.name]);

  it('names the Prime Minister, the General Secretary and a minister of the day', () => {
    expect(holderOf('Thủ tướng yêu cầu các bộ báo cáo.', '2020-07-17')).toEqual([
      ['Thủ tướng', 'Nguyễn Xuân Phúc'],
    ]);
    expect(holderOf('Tổng Bí thư nhấn mạnh.', '2019-01-01')).toEqual([
      ['Tổng Bí thư', 'Nguyễn Phú Trọng'],
    ]);
    expect(holderOf('Bộ trưởng Bộ Ngoại giao cho biết.', '2016-08-01')).toEqual([
      ['Bộ trưởng Bộ Ngoại giao', 'Phạm Bình Minh'],
    ]);
    expect(holderOf('Bí thư Thành ủy TP.HCM cho biết.', '2016-12-13')).toEqual([
      ['Bí thư Thành ủy TP.HCM', 'Đinh La Thăng'],
    ]);
  });

  it('names nobody for a former, acting, foreign or shared title, or one with its name', () => {
    for (const text of [
      'nguyên Thủ tướng phát biểu.',
      'Cựu Tổng Bí thư được nhắc tới.',
      'quyền Bộ trưởng Bộ Ngoại giao ký.',
      'Thủ tướng Nhật Bản đến Hà Nội.',
      'Phó Thủ tướng chủ trì.',
      'Bí thư Tỉnh ủy đến dự.',
    ]) {
      const [title] = titles(read(text, '2020-07-17'));
      expect(title, text).toBeDefined();
      expect(title?.holder, text).toBeUndefined();
    }
    const named = titles(read('Thủ tướng Nguyễn Tấn Dũng phát biểu.', '2020-07-17'));
    expect(named[0]?.holder).toBeUndefined();
    expect(titles(read('Thủ tướng yêu cầu.'))[0]?.holder).toBeUndefined();
  });
});

describe('namesakes in the real dataset', () => {
  it('takes the former HCMC Party Secretary Lê Thanh Hải for "nguyên Bí thư Thành ủy TP.HCM"', () => {
    const [hai] = people(
      read('nguyên Bí thư Thành ủy TP.HCM Lê Thanh Hải bị kỷ luật.', '2023-06-01'),
    );
    expect(hai?.id).toBe('le-thanh-hai-1950');
    expect(hai?.alternatives).toEqual(['le-thanh-hai-16021491']);
    expect(hai?.because).toBe('title-on-page');
  });

  it('takes the provincial secretary Lê Đức Thọ in 2022, not the Politburo member of the 1970s', () => {
    const [tho] = people(read('Bí thư Tỉnh ủy Bến Tre Lê Đức Thọ chủ trì.', '2022-03-01'));
    expect(tho?.id).toBe('le-duc-tho-1970');
    expect(tho?.post?.raw).toMatch(/^Bí thư Tỉnh ủy Bến Tre/);
  });

  it('takes the minister Nguyễn Chí Dũng in 2020 by the date alone, less surely', () => {
    const [bare] = people(read('Ông Nguyễn Chí Dũng phát biểu.', '2020-01-01'));
    const [titled] = people(
      read('Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng phát biểu.', '2020-01-01'),
    );
    expect(bare?.id).toBe('nguyen-chi-dung-1960');
    expect(bare?.because).toBe('held-post-on-date');
    expect(titled?.id).toBe('nguyen-chi-dung-1960');
    expect(titled?.because).toBe('title-on-page');
    expect(bare!.confidence).toBeLessThan(titled!.confidence);
  });
});

describe('who headed a body on the article date (real dataset)', () => {
  const bodies = (text: string, date?: string) =>
    read(text, date)
      .filter((m) => m.kind === 'body')
      .map((m) => [m.text, m.holder?.name]);

  it('names the minister of a ministry and the Prime Minister for the Government', () => {
    expect(bodies('Đại diện Bộ Ngoại giao và Bộ Y tế dự họp.', '2016-08-01')).toEqual([
      ['Bộ Ngoại giao', 'Phạm Bình Minh'],
      ['Bộ Y tế', 'Nguyễn Thị Kim Tiến'],
    ]);
    expect(bodies('Báo cáo gửi Chính phủ.', '2020-07-17')).toEqual([
      ['Chính phủ', 'Nguyễn Xuân Phúc'],
    ]);
  });

  it('names nobody for a body with no single head, or with no date', () => {
    expect(bodies('Hội nghị Bộ Chính trị.', '2020-07-17')).toEqual([['Bộ Chính trị', undefined]]);
    expect(bodies('Đại diện Bộ Ngoại giao dự họp.')).toEqual([['Bộ Ngoại giao', undefined]]);
  });
});

// Two namesakes who held the same ministry at different times.
const BINH_EARLIER: NamedPerson = {
  id: 'binh-earlier',
  name: 'Nguyễn Văn Bình',
  aliases: [],
  posts: [
    {
      raw: 'Bộ trưởng Bộ Y tế',
      title: 'Bộ trưởng',
      body: 'Bộ Y tế',
      start: '2010-01',
      end: '2015-06',
    },
  ],
};
const BINH_LATER: NamedPerson = {
  id: 'binh-later',
  name: 'Nguyễn Văn Bình',
  aliases: [],
  posts: [
    {
      raw: 'Bộ trưởng Bộ Y tế',
      title: 'Bộ trưởng',
      body: 'Bộ Y tế',
      start: '2019-03-01',
      end: '2024-01',
    },
  ],
};
const synthetic = createRecogniser([BINH_EARLIER, BINH_LATER]);
const personIn = (text: string, date?: string) =>
  people(synthetic.recognise(text, { date })).find((m) => m.text === 'Nguyễn Văn Bình');

describe('namesakes: titles, modifiers and the date decide', () => {
  it('takes the one who held the title on the date, with the other as an alternative', () => {
    const m = personIn('Bộ trưởng Bộ Y tế Nguyễn Văn Bình phát biểu.', '2020-05-01');
    expect(m?.id).toBe('binh-later');
    expect(m?.alternatives).toEqual(['binh-earlier']);
    expect(m?.because).toBe('title-on-page');
    expect(m?.post?.start).toBe('2019-03-01');
  });

  it('takes the one who had held it before the date for "nguyên" and "cựu"', () => {
    for (const modifier of ['nguyên', 'cựu', 'cố']) {
      const m = personIn(`${modifier} Bộ trưởng Bộ Y tế Nguyễn Văn Bình phát biểu.`, '2020-05-01');
      expect(m?.id, modifier).toBe('binh-earlier');
      expect(m?.modifiers).toEqual([modifier]);
      expect(m?.post).toBeNull();
    }
  });

  it('takes the newly appointed one for "tân"', () => {
    const m = personIn('tân Bộ trưởng Bộ Y tế Nguyễn Văn Bình nhậm chức.', '2019-04-01');
    expect(m?.id).toBe('binh-later');
    // Reported the day before the start the source records.
    const early = personIn('tân Bộ trưởng Bộ Y tế Nguyễn Văn Bình nhậm chức.', '2019-02-28');
    expect(early?.id).toBe('binh-later');
    expect(early?.post).toBeNull();
  });

  it('with no title, takes the only one holding a post on the date, less surely', () => {
    const bare = personIn('Ông Nguyễn Văn Bình đến dự.', '2012-01-01');
    const titled = personIn('Bộ trưởng Bộ Y tế Nguyễn Văn Bình đến dự.', '2012-01-01');
    expect(bare?.id).toBe('binh-earlier');
    expect(bare?.because).toBe('held-post-on-date');
    expect(bare!.confidence).toBeLessThan(titled!.confidence);
    // In 2017 neither held a post; without a date nothing can decide.
    expect(personIn('Ông Nguyễn Văn Bình đến dự.', '2017-01-01')?.id).toBeUndefined();
    expect(personIn('Ông Nguyễn Văn Bình đến dự.')?.id).toBeUndefined();
    expect(personIn('Ông Nguyễn Văn Bình đến dự.')?.alternatives).toEqual([
      'binh-earlier',
      'binh-later',
    ]);
  });

  it('makes no date-only choice when a namesake has no dated post at all', () => {
    const undated: NamedPerson = {
      id: 'binh-undated',
      name: 'Nguyễn Văn Bình',
      aliases: [],
      posts: [{ raw: 'Đại biểu Quốc hội khóa XV', title: 'Đại biểu Quốc hội' }],
    };
    const three = createRecogniser([BINH_EARLIER, BINH_LATER, undated]);
    const [m] = people(three.recognise('Ông Nguyễn Văn Bình đến dự.', { date: '2012-01-01' }));
    expect(m?.id).toBeUndefined();
    expect(m?.alternatives).toHaveLength(3);
  });

  it('says when a bare mention follows the titled one on the page', () => {
    const found = people(
      synthetic.recognise(
        'nguyên Bộ trưởng Bộ Y tế Nguyễn Văn Bình phát biểu. Sau đó Nguyễn Văn Bình ra về.',
        { date: '2020-05-01' },
      ),
    );
    expect(found.map((m) => [m.id, m.because])).toEqual([
      ['binh-earlier', 'title-on-page'],
      ['binh-earlier', 'same-name-on-page'],
    ]);
  });

  it('says a unique name was the only candidate', () => {
    const [m] = people(read('Ông Đinh La Thăng phát biểu.', '2016-12-13'));
    expect(m?.because).toBe('only-candidate');
    expect(m?.alternatives).toBeUndefined();
  });
});
