import { describe, expect, it } from 'vitest';
import { createRecogniser, type NamedPerson } from '../create-recogniser';
import { tokenizeToColumns } from '../text/tokenize';
import { pageGenre } from './page-genre';

const keysOf = (text: string) => tokenizeToColumns(text).keys;

const MATCH =
  'Trận đấu tối qua, cầu thủ Nguyễn Văn Quyết ghi bàn ở phút 80. HLV Park Hang-seo hài lòng ' +
  'với đội tuyển, còn thủ môn Đặng Văn Lâm giữ sạch lưới.';
const SHOW =
  'Ca sĩ Mỹ Tâm ra mắt album mới. Nữ ca sĩ cho biết ca khúc chủ đề được khán giả yêu thích.';
const POLITICS =
  'Thủ tướng chủ trì phiên họp Chính phủ. Bộ trưởng Bộ Tài chính báo cáo về ngân sách; ' +
  'Chủ tịch UBND tỉnh Quảng Ninh phát biểu.';

describe('page genre', () => {
  it('tells sport and entertainment pages from political news by their words', () => {
    expect(pageGenre(keysOf(MATCH), 0)).toBe('sport');
    expect(pageGenre(keysOf(SHOW), 0)).toBe('entertainment');
    expect(pageGenre(keysOf(POLITICS), 3)).toBe('other');
  });

  it('needs the genre words to outnumber the officials on the page', () => {
    expect(pageGenre(keysOf(MATCH), 0)).toBe('sport');
    expect(pageGenre(keysOf(MATCH), 10)).toBe('other');
    expect(pageGenre(keysOf('Cầu thủ ghi bàn.'), 0)).toBe('other');
  });
});

describe('dataset names on sport pages', () => {
  const QUYET: NamedPerson = {
    id: 'nguyen-van-quyet-1950',
    name: 'Nguyễn Văn Quyết',
    aliases: [],
  };
  const recogniser = createRecogniser([QUYET]);
  const people = (text: string, weakNamesOffPolitics?: boolean) =>
    recogniser.recognise(text, { weakNamesOffPolitics }).filter((m) => m.kind === 'person');

  it('does not link a bare dataset name on a sport page, by default', () => {
    expect(people(MATCH)).toEqual([]);
  });

  it('links it when the option is off, or when a title introduces the name on the page', () => {
    expect(people(MATCH, false).map((m) => m.id)).toEqual(['nguyen-van-quyet-1950']);
    const titled = `Thượng tướng Nguyễn Văn Quyết dự khán. ${MATCH}`;
    expect(people(titled).map((m) => m.id)).toEqual([
      'nguyen-van-quyet-1950',
      'nguyen-van-quyet-1950',
    ]);
  });

  it('links a bare dataset name on a political page', () => {
    expect(people(`${POLITICS} Nguyễn Văn Quyết dự họp.`).map((m) => m.id)).toEqual([
      'nguyen-van-quyet-1950',
    ]);
  });
});
