/**
 * Short references ("ông Thăng", "Bí thư Thăng", "Thủ tướng Phúc") through the whole engine:
 * the real dataset for the cases a reader meets, small datasets for ambiguity.
 */
import { describe, expect, it } from 'vitest';
import { createRecogniser, type Mention, type NamedPerson } from '../create-recogniser';
import { namedPeopleOf } from '../dataset/named-people';
import { loadBundledDataset } from '../../tests/support/bundled-dataset';

const dataset = loadBundledDataset();
const real = createRecogniser(namedPeopleOf(dataset));
const people = (mentions: Mention[]) => mentions.filter((m) => m.kind === 'person');
const shortRefs = (mentions: Mention[]) => mentions.filter((m) => m.because === 'short-reference');

describe('short references with the real dataset', () => {
  const page =
    'Bí thư Thành ủy TP.HCM Đinh La Thăng cho biết thành phố sẽ giảm tải sân bay. ' +
    'Ông Thăng nói việc này cần làm ngay. Cuối buổi, Bí thư Thăng nhấn mạnh yêu cầu.';
  const mentions = real.recognise(page, { date: '2016-12-13', asOf: dataset.asOf });

  it('links "Ông Thăng" and "Bí thư Thăng" to Đinh La Thăng after his full name', () => {
    const refs = shortRefs(mentions);
    expect(refs.map((m) => [m.text, m.id, page.slice(m.start, m.end)])).toEqual([
      ['Thăng', 'dinh-la-thang-1960', 'Thăng'],
      ['Thăng', 'dinh-la-thang-1960', 'Thăng'],
    ]);
    expect(refs[0]!.start).toBe(page.indexOf('Ông Thăng') + 4);
    expect(refs[1]!.start).toBe(page.indexOf('Bí thư Thăng') + 7);
    for (const ref of refs) expect(ref.name).toBe('Đinh La Thăng');
  });

  it('gives a short reference lower confidence than the full name, and the post on the date', () => {
    const [full, ...refs] = people(mentions);
    expect(full!.text).toBe('Đinh La Thăng');
    for (const ref of refs) {
      expect(ref.confidence).toBeLessThan(full!.confidence);
      expect(ref.post?.raw).toBe('Bí thư Thành ủy Thành phố Hồ Chí Minh');
    }
    expect(refs[1]!.title).toBe('Bí thư');
  });

  it('links "Thủ tướng Phúc" and refuses a title he did not hold on the date', () => {
    const text = 'Thủ tướng Nguyễn Xuân Phúc chủ trì. Thủ tướng Phúc yêu cầu. Bộ trưởng Phúc nói.';
    const refs = shortRefs(real.recognise(text, { date: '2020-07-17' }));
    expect(refs.map((m) => text.slice(m.start - 10, m.end))).toEqual(['Thủ tướng Phúc']);
    expect(refs[0]!.id).toBe('nguyen-xuan-phuc-1954');
  });

  it('checks the title against the date when the page gave none: "Chủ tịch Phúc" in 2022', () => {
    const text = 'Ông Nguyễn Xuân Phúc tiếp đoàn. Chủ tịch Phúc cảm ơn.';
    expect(shortRefs(real.recognise(text, { date: '2022-06-01' })).map((m) => m.id)).toEqual([
      'nguyen-xuan-phuc-1954',
    ]);
    // In 2015 he was Deputy Prime Minister, not a chair of anything the page names.
    expect(shortRefs(real.recognise(text, { date: '2015-06-01' }))).toEqual([]);
  });

  it('reads "nguyên Bộ trưởng Thăng" against a post he had left', () => {
    const text = 'Ông Đinh La Thăng có mặt. nguyên Bộ trưởng Thăng phát biểu. Bộ trưởng Thăng nói.';
    const refs = shortRefs(real.recognise(text, { date: '2017-01-01' }));
    expect(refs.map((m) => text.slice(m.start - 10, m.end))).toEqual(['Bộ trưởng Thăng']);
    expect(refs[0]!.modifiers).toEqual(['nguyên']);
    expect(refs[0]!.start).toBe(text.indexOf('nguyên') + 'nguyên Bộ trưởng '.length);
  });

  it('never links a given name before the full name', () => {
    const text = 'Ông Thăng nói. Bí thư Thành ủy TP.HCM Đinh La Thăng cho biết.';
    expect(shortRefs(real.recognise(text, { date: '2016-12-13' }))).toEqual([]);
  });
});

const PHUC_PM: NamedPerson = { id: 'phuc-a', name: 'Nguyễn Xuân Phúc', aliases: [], posts: [] };
const PHUC_B: NamedPerson = { id: 'phuc-b', name: 'Trần Hồng Phúc', aliases: [], posts: [] };
const BINH: NamedPerson = { id: 'binh', name: 'Nguyễn Văn Bình', aliases: [], posts: [] };
const THANG: NamedPerson = { id: 'thang', name: 'Đinh La Thăng', aliases: [], posts: [] };
const VINH: NamedPerson = { id: 'vinh', name: 'Nguyễn Văn Vinh', aliases: [], posts: [] };
const NGAN: NamedPerson = { id: 'ngan', name: 'Nguyễn Thị Kim Ngân', aliases: [], posts: [] };
const small = createRecogniser([PHUC_PM, PHUC_B, BINH, THANG, VINH, NGAN]);
const refsIn = (text: string) =>
  shortRefs(small.recognise(text, { date: '2020-01-01' })).map((m) => [m.text, m.id]);

describe('short references: a given name alone in mid-sentence', () => {
  it('links it after the full name, less surely than after an honorific', () => {
    const text =
      'Ông Đinh La Thăng bị truy tố. VKS cho rằng Thăng đã ký. Theo cáo trạng, Thăng biết. Ông Thăng nói.';
    const refs = shortRefs(small.recognise(text, { date: '2020-01-01' }));
    expect(refs.map((m) => [m.start, m.id])).toEqual([
      [text.indexOf('rằng Thăng') + 5, 'thang'],
      [text.indexOf('trạng, Thăng') + 7, 'thang'],
      [text.indexOf('Ông Thăng') + 4, 'thang'],
    ]);
    expect(refs[0]!.confidence).toBeLessThan(refs[2]!.confidence);
  });

  it('does not take a sentence start, a place after a preposition or a place word, or part of a name', () => {
    for (const text of [
      'Ông Nguyễn Văn Bình dự họp. Bình thường thì ông đến sớm.',
      'Ông Nguyễn Văn Vinh dự họp tại Vinh hôm qua.',
      'Ông Nguyễn Văn Vinh về thăm đường Vinh mới mở.',
      'Ông Nguyễn Văn Bình dự họp cùng Thanh Bình và bạn.',
      'Ông Nguyễn Văn Bình dự họp. ÔNG BÌNH NÓI',
      'Bà Nguyễn Thị Kim Ngân dự họp với Ngân hàng Indovina.',
      'Bà Nguyễn Thị Kim Ngân gặp Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội.',
    ]) {
      expect(refsIn(text), text).toEqual([]);
    }
  });
});

describe('short references: two-syllable given names', () => {
  const XUAN_ANH: NamedPerson = { id: 'xuan-anh', name: 'Lê Xuân Anh', aliases: [], posts: [] };
  const TUAN_ANH: NamedPerson = { id: 'tuan-anh', name: 'Trần Tuấn Anh', aliases: [], posts: [] };
  const two = createRecogniser([XUAN_ANH, TUAN_ANH]);
  const refs = (text: string) =>
    shortRefs(two.recognise(text, { date: '2020-01-01' })).map((m) => [m.text, m.id]);

  it('links "ông Xuân Anh" when the page named Lê Xuân Anh, even beside Trần Tuấn Anh', () => {
    expect(refs('Ông Lê Xuân Anh và ông Trần Tuấn Anh dự họp. Ông Xuân Anh nói.')).toEqual([
      ['Xuân Anh', 'xuan-anh'],
    ]);
    // "ông Anh" alone could be either.
    expect(refs('Ông Lê Xuân Anh và ông Trần Tuấn Anh dự họp. Ông Anh nói.')).toEqual([]);
  });
});

describe('short references: what stays unlinked', () => {
  it('refuses a given name shared by two people named earlier on the page', () => {
    expect(refsIn('Ông Nguyễn Xuân Phúc và ông Trần Hồng Phúc dự họp. Ông Phúc nói.')).toEqual([]);
    expect(
      people(small.recognise('Ông Nguyễn Xuân Phúc và ông Trần Hồng Phúc dự họp. Ông Phúc nói.'))
        .length,
    ).toBe(2);
  });

  it('refuses it after another full name with that given name, in the dataset or not', () => {
    expect(
      refsIn('Ông Nguyễn Văn Bình dự họp. Ông Trần Văn Bình, một người dân, hỏi. Ông Bình đáp.'),
    ).toEqual([]);
    // The end of the person's own name is not another name: it is a short reference too.
    expect(refsIn('Ông Nguyễn Văn Bình dự họp. Ông Văn Bình nói. Ông Bình đáp.')).toEqual([
      ['Văn Bình', 'binh'],
      ['Bình', 'binh'],
    ]);
    // The other name after the short reference does not make it ambiguous.
    expect(
      refsIn('Ông Nguyễn Văn Bình dự họp. Ông Bình đáp. Ông Trần Văn Bình, một người dân, hỏi.'),
    ).toEqual([['Bình', 'binh']]);
  });

  it('links it when only one of the namesakes was named before it', () => {
    expect(refsIn('Ông Nguyễn Xuân Phúc dự họp. Ông Phúc nói. Ông Trần Hồng Phúc đến.')).toEqual([
      ['Phúc', 'phuc-a'],
    ]);
  });

  it('needs an honorific or a title, and a capital letter', () => {
    expect(refsIn('Ông Nguyễn Văn Bình dự họp. Bình nói.')).toEqual([]);
    expect(refsIn('Ông Nguyễn Văn Bình dự họp. Mọi việc đều bình thường, ông bình tĩnh.')).toEqual(
      [],
    );
    expect(refsIn('Ông Nguyễn Văn Bình dự họp. Đồng chí Bình nói.')).toEqual([['Bình', 'binh']]);
    expect(refsIn('Ông Nguyễn Văn Bình dự họp. Bà Bình nói.')).toEqual([['Bình', 'binh']]);
  });

  it('does not cut a longer name or a place down to a given name', () => {
    expect(refsIn('Ông Nguyễn Văn Bình dự họp. Ông Bình Dương nói.')).toEqual([]);
    expect(refsIn('Ông Nguyễn Văn Bình dự họp ở tỉnh Bình Dương. Ông Bình Minh đến.')).toEqual([]);
    expect(refsIn('Ông Đinh La Thăng dự họp. Ông Thăng Long nói.')).toEqual([]);
  });

  it('refuses a title the page never gave and no post confirms', () => {
    expect(refsIn('Ông Nguyễn Văn Bình dự họp. Thủ tướng Bình nói.')).toEqual([]);
  });

  it('matches the given name whatever its byte form, but not another tone', () => {
    expect(refsIn('Ông Nguyễn Văn Bình dự họp. Ông Bi\u0300nh nói.')).toEqual([
      ['Bi\u0300nh', 'binh'],
    ]);
    expect(refsIn('Ông Nguyễn Văn Bình dự họp. Ông Bính nói.')).toEqual([]);
  });
});
