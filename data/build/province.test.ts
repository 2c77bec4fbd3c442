import { describe, expect, it } from 'vitest';

import { provinceOf } from './province';

describe('provinceOf', () => {
  it('takes the last province named, mapped to its post-2025 province', () => {
    expect(provinceOf('xã Bản Nguyên, tỉnh Phú Thọ')).toBe('Phú Thọ');
    expect(provinceOf('Hòa Bình')).toBe('Phú Thọ');
    expect(provinceOf('HOÀ BÌNH')).toBe('Phú Thọ');
    expect(
      provinceOf('Xã Liên Minh, huyện Vụ Bản, tỉnh Nam Định (nay là xã Liên Minh), tỉnh Ninh Bình'),
    ).toBe('Ninh Bình');
    expect(provinceOf('Núi Thành, Quảng Nam, Trung Kỳ, Liên bang Đông Dương')).toBe('Đà Nẵng');
  });

  it('reads aliases and prefers the longer name ending at the same word', () => {
    expect(provinceOf('Hương Văn, Hương Trà, Thừa Thiên Huế')).toBe('Huế');
    expect(provinceOf('phường Vĩ Dạ, TP Huế')).toBe('Huế');
    expect(provinceOf('Quận 1, TP.HCM')).toBe('Thành phố Hồ Chí Minh');
    expect(provinceOf('Bà Rịa – Vũng Tàu')).toBe('Thành phố Hồ Chí Minh');
  });

  it('gives nothing for texts naming no current or pre-2025 province', () => {
    expect(provinceOf(undefined)).toBeUndefined();
    expect(provinceOf('Hiệp Cường, Kim Động, Hải Hưng')).toBeUndefined();
    expect(provinceOf('Việt Nam Dân chủ Cộng hòa')).toBeUndefined();
    expect(provinceOf('Củ Chi')).toBeUndefined();
  });
});
