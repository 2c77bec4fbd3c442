import { describe, expect, it } from 'vitest';
import { createRecogniser, type NamedPerson } from '../create-recogniser';

const BINH_ECONOMIC: NamedPerson = {
  id: 'nguyen-van-binh-1961',
  name: 'Nguyễn Văn Bình',
  aliases: [],
  posts: [
    { raw: 'Trưởng ban Kinh tế Trung ương', start: '2016-02-04', end: '2021-02-06' },
    { raw: 'Thống đốc Ngân hàng Nhà nước Việt Nam', start: '2011-08-03', end: '2016-04-08' },
  ],
};
const BINH_PROVINCE: NamedPerson = {
  id: 'nguyen-van-binh-1970',
  name: 'Nguyễn Văn Bình',
  aliases: [],
  posts: [{ raw: 'Phó Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn', start: '2010', end: '2015' }],
};
const MINH: NamedPerson = { id: 'pham-binh-minh-1959', name: 'Phạm Bình Minh', aliases: [] };
const LE_LOI: NamedPerson = { id: 'le-loi-1385', name: 'Lê Lợi', aliases: [] };
const HO_CHI_MINH: NamedPerson = { id: 'ho-chi-minh-1890', name: 'Hồ Chí Minh', aliases: [] };

const recogniser = createRecogniser([BINH_ECONOMIC, BINH_PROVINCE, MINH, LE_LOI, HO_CHI_MINH]);
const people = (text: string, date?: string) =>
  recogniser.recognise(text, { date }).filter((m) => m.kind === 'person');

describe('recognise: people', () => {
  it('finds a dataset name whatever its byte form', () => {
    for (const form of [
      'Phạm Bình Minh',
      'Pha\u0323m Bi\u0300nh Minh',
      'PHẠM BÌNH MINH',
      'Phạm\u00a0Bình\u00a0Minh',
      'Ph\u00adạm Bình Minh',
    ]) {
      const found = people(`Hôm qua ông ${form} phát biểu.`);
      expect(found, form).toHaveLength(1);
      expect(found[0]!.id).toBe('pham-binh-minh-1959');
      expect(found[0]!.text).toBe(form);
    }
  });

  it('finds ASCII spellings with lower confidence', () => {
    const [ascii] = people('Deputy PM Pham Binh Minh said.');
    const [full] = people('Phó Thủ tướng Phạm Bình Minh nói.');
    expect(ascii?.id).toBe('pham-binh-minh-1959');
    expect(ascii!.confidence).toBeLessThan(full!.confidence);
  });

  it('tells homonyms apart by the title on the page', () => {
    const [economic] = people('Trưởng Ban Kinh tế Trung ương Nguyễn Văn Bình phát biểu.');
    expect(economic?.id).toBe('nguyen-van-binh-1961');
    expect(economic?.alternatives).toEqual(['nguyen-van-binh-1970']);
    const [province] = people('Phó Chủ tịch UBND tỉnh Lạng Sơn Nguyễn Văn Bình cho biết.');
    expect(province?.id).toBe('nguyen-van-binh-1970');
  });

  it('leaves a homonym without evidence unlinked, with its alternatives', () => {
    const [bare] = people('Ông Nguyễn Văn Bình đến dự.');
    expect(bare?.id).toBeUndefined();
    expect(bare?.alternatives).toEqual(['nguyen-van-binh-1961', 'nguyen-van-binh-1970']);
    expect(bare!.confidence).toBeLessThan(0.6);
  });

  it('resolves later bare mentions like the titled one on the same page', () => {
    const found = people(
      'Trưởng Ban Kinh tế Trung ương Nguyễn Văn Bình chủ trì. Đồng chí Nguyễn Văn Bình nhấn mạnh.',
    );
    expect(found.map((m) => m.id)).toEqual(['nguyen-van-binh-1961', 'nguyen-van-binh-1961']);
  });

  it('reads a titled name that is not in the dataset as an unlinked person', () => {
    const [tang] = people(
      'Phó Trưởng ban Thường trực Ban Đối ngoại Trung ương Nguyễn Huy Tăng phát biểu.',
    );
    expect(tang).toMatchObject({
      text: 'Nguyễn Huy Tăng',
      name: 'Nguyễn Huy Tăng',
      title: 'Phó Trưởng ban Thường trực Ban Đối ngoại Trung ương',
    });
    expect(tang?.id).toBeUndefined();
  });

  it('reads "honorific Name, Title" as a titled person', () => {
    const [tang] = people(
      'Dự lễ có đồng chí Nguyễn Huy Tăng, Phó Trưởng ban Thường trực Ban Đối ngoại Trung ương.',
    );
    expect(tang?.title).toBe('Phó Trưởng ban Thường trực Ban Đối ngoại Trung ương');
  });

  it('reads rank and local titles before unknown names', () => {
    expect(people('Thiếu tướng Trần Văn Nam phát biểu.').map((m) => m.text)).toEqual([
      'Trần Văn Nam',
    ]);
    const [chair] = people('Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy ký quyết định.');
    expect(chair).toMatchObject({ text: 'Cao Tường Huy', title: 'Chủ tịch UBND tỉnh Quảng Ninh' });
  });

  it('does not take teachers, members or clerks for officials', () => {
    expect(people('Giáo viên Nguyễn Thị Mai dạy học ở xã.')).toEqual([]);
    expect(people('Thành viên Trần Văn Hùng góp ý.')).toEqual([]);
    expect(recogniser.recognise('Các thành viên và giáo viên đã họp.')).toEqual([]);
  });

  it('does not highlight ordinary people introduced by a bare honorific', () => {
    expect(people('Ông Trần Văn Hùng, một người dân, cho biết.')).toEqual([]);
    expect(people('Chị Lê Thị Mai bán hàng ở chợ.')).toEqual([]);
  });

  it('does not take streets, schools and cities for people', () => {
    expect(people('Trên đường Lê Lợi có nhiều cửa hàng.')).toEqual([]);
    expect(people('Học sinh Trường THPT Lê Lợi đạt giải.')).toEqual([]);
    expect(people('Tại TP Hồ Chí Minh hôm nay trời mưa.')).toEqual([]);
    expect(people('Giảng viên Học viện Chính trị quốc gia Hồ Chí Minh dự hội thảo.')).toEqual([]);
    expect(people('Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập.').map((m) => m.id)).toEqual([
      'ho-chi-minh-1890',
    ]);
  });

  it('does not cut a longer name down to a dataset name inside it', () => {
    expect(people('Cầu thủ Phạm Bình Minh Tuấn ghi bàn.')).toEqual([]);
  });

  it('gives the post held on the article date when the page names none', () => {
    const [m] = people(
      'Trưởng Ban Kinh tế Trung ương Nguyễn Văn Bình. Nguyễn Văn Bình nói.',
      '2013-01-01',
    );
    expect(m?.title).toBe('Trưởng Ban Kinh tế Trung ương');
    const [, second] = people(
      'Trưởng Ban Kinh tế Trung ương Nguyễn Văn Bình. Nguyễn Văn Bình nói.',
      '2013-01-01',
    );
    expect(second?.title).toBe('Thống đốc Ngân hàng Nhà nước Việt Nam');
  });
});

describe('recognise: titles and bodies', () => {
  const mentions = (text: string) => recogniser.recognise(text);

  it('composes a title head with its body instead of stopping at "Trưởng Ban"', () => {
    const [title] = mentions('Trưởng Ban Kinh tế Trung ương phát biểu.');
    expect(title).toMatchObject({
      kind: 'title',
      text: 'Trưởng Ban Kinh tế Trung ương',
      head: 'Trưởng',
      body: 'Ban Kinh tế Trung ương',
    });
  });

  it('keeps modifiers, standing posts and terms inside the title', () => {
    const [title] = mentions('nguyên Phó Trưởng ban Thường trực Ban Kinh tế Trung ương khóa XII');
    expect(title).toMatchObject({
      kind: 'title',
      text: 'nguyên Phó Trưởng ban Thường trực Ban Kinh tế Trung ương khóa XII',
      head: 'Phó Trưởng ban Thường trực',
      modifiers: ['nguyên'],
    });
    const [acting] = mentions('quyền Bộ trưởng Bộ Y tế');
    expect(acting).toMatchObject({ modifiers: ['quyền'], head: 'Bộ trưởng', body: 'Bộ Y tế' });
  });

  it('reads old tone placement and lower-case titles', () => {
    expect(mentions('Uỷ viên Bộ Chính trị')[0]).toMatchObject({
      kind: 'title',
      head: 'Ủy viên Bộ Chính trị',
    });
    expect(mentions('phó chủ tịch UBND tỉnh Lào Cai')[0]).toMatchObject({
      kind: 'title',
      text: 'phó chủ tịch UBND tỉnh Lào Cai',
    });
  });

  it('highlights a standalone body but not a generic word', () => {
    expect(mentions('Bộ Ngoại giao và Ban Đối ngoại Trung ương ký kết').map((m) => m.text)).toEqual(
      ['Bộ Ngoại giao', 'Ban Đối ngoại Trung ương'],
    );
    expect(mentions('các đại biểu ở Trung ương và thành phố')).toEqual([]);
  });

  it('does not run a phrase across a sentence end', () => {
    expect(mentions('Ông làm việc ở Bộ. Ngoại giao là nghề của ông.')).toEqual([]);
  });
});
