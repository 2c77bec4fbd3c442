/** Who held a bare title on a date, against the real bundled dataset. */
import { describe, expect, it } from 'vitest';
import { namedPeopleOf } from '../dataset/named-people';
import { loadBundledDataset } from '../../tests/support/bundled-dataset';
import { headOfBody, holderOn, holdersOn, isSingleSeat } from './title-holders';

const people = namedPeopleOf(loadBundledDataset());
const holder = (office: string, day: string) => holderOn(people, office, day)?.name;

describe('isSingleSeat', () => {
  it('knows the offices with one seat', () => {
    for (const office of [
      'Thủ tướng',
      'Tổng Bí thư',
      'Chủ tịch nước',
      'Chủ tịch Quốc hội',
      'Bộ trưởng Bộ Ngoại giao',
      'Trưởng Ban Kinh tế Trung ương',
      'Bí thư Thành ủy Hà Nội',
      'Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh',
    ]) {
      expect(isSingleSeat(office), office).toBe(true);
    }
  });

  it('refuses deputies, members, and bodies without their place', () => {
    for (const office of [
      'Phó Thủ tướng',
      'Ủy viên Bộ Chính trị',
      'Bộ trưởng',
      'Chủ tịch',
      'Bí thư Tỉnh ủy',
      'Chủ tịch Ủy ban nhân dân tỉnh',
      'Chủ tịch Ủy ban nhân dân phường',
      'Đại biểu Quốc hội',
      'Thứ trưởng Bộ Y tế',
    ]) {
      expect(isSingleSeat(office), office).toBe(false);
    }
  });
});

describe('headOfBody', () => {
  it('names the office that heads a body, or none', () => {
    expect(headOfBody('Bộ Ngoại giao')).toBe('Bộ trưởng Bộ Ngoại giao');
    expect(headOfBody('Ban Kinh tế Trung ương')).toBe('Trưởng Ban Kinh tế Trung ương');
    expect(headOfBody('Chính phủ')).toBe('Thủ tướng');
    expect(headOfBody('Thành ủy Hà Nội')).toBe('Bí thư Thành ủy Hà Nội');
    expect(headOfBody('Bộ Chính trị')).toBeUndefined();
    expect(headOfBody('Ban Bí thư')).toBeUndefined();
    expect(headOfBody('Hội đồng Dân tộc')).toBeUndefined();
    // A body without its place heads nothing single.
    expect(isSingleSeat(headOfBody('Thành ủy')!)).toBe(false);
  });
});

describe('holderOn with the real dataset', () => {
  it('names the Prime Minister and the General Secretary of the day', () => {
    expect(holder('Thủ tướng', '2020-07-17')).toBe('Nguyễn Xuân Phúc');
    expect(holder('THỦ TƯỚNG CHÍNH PHỦ', '2020-07-17')).toBe('Nguyễn Xuân Phúc');
    expect(holder('Thủ tướng', '2010-01-01')).toBe('Nguyễn Tấn Dũng');
    expect(holder('Thủ tướng', '2022-06-01')).toBe('Phạm Minh Chính');
    expect(holder('Tổng Bí thư', '2019-01-01')).toBe('Nguyễn Phú Trọng');
    expect(holder('Chủ tịch Quốc hội', '2020-07-17')).toBe('Nguyễn Thị Kim Ngân');
  });

  it('names the head of a named body', () => {
    expect(holder('Bộ trưởng Bộ Ngoại giao', '2016-08-01')).toBe('Phạm Bình Minh');
    expect(holder('Trưởng Ban Kinh tế Trung ương', '2020-07-17')).toBe('Nguyễn Văn Bình');
    expect(holder('Bí thư Thành ủy Thành phố Hồ Chí Minh', '2016-08-01')).toBe('Đinh La Thăng');
    expect(holder(headOfBody('Bộ Y tế')!, '2016-08-01')).toBe('Nguyễn Thị Kim Tiến');
    expect(holder(headOfBody('Ngân hàng Nhà nước Việt Nam')!, '2020-07-17')).toBe('Lê Minh Hưng');
  });

  it("reads dataset people (positions) as well as the recogniser's (posts)", () => {
    const { people: full } = loadBundledDataset();
    expect(holderOn(full, 'Tổng Bí thư', '2019-01-01')?.name).toBe('Nguyễn Phú Trọng');
  });

  it('names nobody for several seats, or a date the dataset does not cover', () => {
    expect(holdersOn(people, 'Phó Thủ tướng', '2020-07-17').length).toBeGreaterThan(1);
    expect(holder('Phó Thủ tướng', '2020-07-17')).toBeUndefined();
    expect(holder('Thủ tướng', '1930-01-01')).toBeUndefined();
  });
});
