import { describe, expect, it } from 'vitest';
import { BUNDLED_LEXICON } from '../lexicon/bundled-lexicon';
import { buildIndex, type NamedPerson } from './build-index';
import { Recogniser } from './recognise';
import { deserializeIndex, serializeIndex } from './serialize-index';

const PEOPLE: NamedPerson[] = [
  { id: 'pham-binh-minh-1959', name: 'Phạm Bình Minh', aliases: ['Pham Binh Minh'] },
  {
    id: 'nguyen-van-binh-1961',
    name: 'Nguyễn Văn Bình',
    aliases: [],
    posts: [{ raw: 'Trưởng ban Kinh tế Trung ương', start: '2016-02-04', end: '2021-02-06' }],
  },
  {
    id: 'nguyen-van-binh-1970',
    name: 'Nguyễn Văn Bình',
    aliases: [],
    posts: [{ raw: 'Phó Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn', start: '2010', end: '2015' }],
  },
];

const TEXT = [
  'Ông Phạm Bình Minh, Ủy viên Bộ Chính trị, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao.',
  'Trưởng Ban Kinh tế Trung ương Nguyễn Văn Bình; Deputy PM Pham Binh Minh.',
  'Trên đường Lê Lợi, Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy ký quyết định.',
  'Phó Trưởng ban Thường trực Ban Đối ngoại Trung ương Nguyễn Huy Tăng phát biểu.',
].join('\n');

describe('serializeIndex / deserializeIndex', () => {
  it('survives a JSON round trip and recognises exactly as the index it came from', () => {
    const built = buildIndex(BUNDLED_LEXICON, PEOPLE);
    const wire = JSON.parse(JSON.stringify(serializeIndex(built)));
    const rebuilt = deserializeIndex(wire);
    const expected = new Recogniser(built).recognise(TEXT, { date: '2020-07-17' });
    expect(expected.filter((m) => m.kind === 'person').map((m) => m.text)).toEqual([
      'Phạm Bình Minh',
      'Nguyễn Văn Bình',
      'Pham Binh Minh',
      'Cao Tường Huy',
      'Nguyễn Huy Tăng',
    ]);
    expect(new Recogniser(rebuilt).recognise(TEXT, { date: '2020-07-17' })).toEqual(expected);
  });

  it('refuses a format it does not know', () => {
    const wire = { ...serializeIndex(buildIndex(BUNDLED_LEXICON, [])), format: 2 };
    expect(() => deserializeIndex(wire as never)).toThrow(/format 2/);
  });
});
