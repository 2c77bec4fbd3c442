/** Against the real bundled dataset: who held a post on a date, as the sources record it. */
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../tests/support/bundled-dataset';
import { whoHeld } from './who-held';

const { people } = loadBundledDataset();
const names = (post: { title: string; body?: string }, day: string) =>
  whoHeld(people, post, day).map((h) => h.name);

describe('whoHeld', () => {
  it('names the head of the Central Economic Commission on the seed article date', () => {
    expect(names({ title: 'Trưởng ban', body: 'Ban Kinh tế Trung ương' }, '2020-07-17')).toEqual([
      'Nguyễn Văn Bình',
    ]);
    expect(names({ title: 'Trưởng ban', body: 'Ban Kinh tế Trung ương' }, '2014-01-01')).toEqual([
      'Vương Đình Huệ',
    ]);
  });

  it('names the Prime Minister across terms, whatever the spelling of the title', () => {
    expect(names({ title: 'Thủ tướng', body: 'Chính phủ' }, '2010-01-01')).toEqual([
      'Nguyễn Tấn Dũng',
    ]);
    expect(names({ title: 'THỦ TƯỚNG' }, '2017-01-01')).toEqual(['Nguyễn Xuân Phúc']);
    expect(names({ title: 'Thủ tướng' }, '2022-06-01')).toEqual(['Phạm Minh Chính']);
  });

  it('names the General Secretary, and nobody for a date before the dataset knows', () => {
    expect(names({ title: 'Tổng Bí thư' }, '2015-01-01')).toEqual(['Nguyễn Phú Trọng']);
    expect(names({ title: 'Tổng Bí thư' }, '1945-01-01')).toEqual([]);
  });
});
