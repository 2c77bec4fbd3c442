import { describe, expect, it } from 'vitest';
import type { Person } from '../dataset/types';
import { buildPeopleIndex } from './people-index';
import { searchEntriesOf } from './search-entries';
import { searchKey } from './search-key';

const person = (id: string, name: string, aliases: string[] = []): Person => ({
  id,
  name,
  aliases,
  positions: [],
  sources: [],
});

const ENTRIES = searchEntriesOf([
  person('pham-binh-minh-1959', 'Phạm Bình Minh'),
  person('pham-minh-chinh-1958', 'Phạm Minh Chính'),
  person('nguyen-thi-thuy-1970', 'Nguyễn Thị Thuỷ', ['Nguyễn Thị Thủy']),
  person('ly-van-a-1960', 'Lý Văn A'),
  person('to-lam-1957', 'Tô Lâm'),
  person('to-lam-hai-1970', 'Tô Lâm Hải'),
]);

describe('searchKey', () => {
  it('ignores case, diacritics and tone placement', () => {
    expect(searchKey('Phạm Bình Minh')).toBe('pham binh minh');
    expect(searchKey('Thuỷ')).toBe(searchKey('Thủy'));
    expect(searchKey('Lí')).toBe(searchKey('ly'));
    expect(searchKey('Đỗ Mười')).toBe('do muoi');
  });
});

describe('buildPeopleIndex', () => {
  const index = buildPeopleIndex(ENTRIES);
  const ids = (q: string) => index.search(q).map((h) => h.id);

  it.each(['pham binh minh', 'Pham Binh Minh', 'phạm bình minh', 'PHẠM BÌNH MINH'])(
    'finds Phạm Bình Minh from %s',
    (q) => {
      expect(ids(q)[0]).toBe('pham-binh-minh-1959');
    },
  );

  it('reads the last word as a prefix and needs every word', () => {
    expect(ids('pham binh m')).toEqual(['pham-binh-minh-1959']);
    expect(ids('pham')).toEqual(
      expect.arrayContaining(['pham-binh-minh-1959', 'pham-minh-chinh-1958']),
    );
  });

  it('folds tone placement and i/y', () => {
    expect(ids('nguyễn thị thủy')).toEqual(['nguyen-thi-thuy-1970']);
    expect(ids('li van a')).toEqual(['ly-van-a-1960']);
  });

  it('puts a whole-name match first', () => {
    expect(ids('to lam')).toEqual(['to-lam-1957', 'to-lam-hai-1970']);
  });

  it('finds nothing for an empty query', () => {
    expect(ids('   ')).toEqual([]);
  });
});

describe('currentPost', () => {
  it('shows the post that says who someone is, not Party rank or a seat', async () => {
    const { currentPost } = await import('./search-entries');
    const post = (raw: string, title?: string, start?: string) => ({
      raw,
      ...(title ? { title } : {}),
      ...(start ? { start } : {}),
      current: true,
      source: 's',
    });
    expect(
      currentPost({
        ...person('x', 'X'),
        positions: [
          post('Tái cử giữ chức Bí thư Quân ủy Trung ương', undefined, '2026-04-13'),
          post('Ủy viên Bộ Chính trị: Khóa XIII', 'Ủy viên Bộ Chính trị'),
          post('Đại biểu Quốc hội: Khóa XV', 'Đại biểu Quốc hội'),
          post('Tổng Bí thư: Khóa XIII, XIV', 'Tổng Bí thư'),
        ],
      }),
    ).toBe('Tổng Bí thư: Khóa XIII, XIV');
  });
});
