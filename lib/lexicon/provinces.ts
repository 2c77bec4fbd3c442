/**
 * Vietnam's provinces and centrally-run cities: the 63 before 1 July 2025 and the 34 after.
 * `mergedInto` names the post-2025 province that took a pre-2025 one over (Resolution
 * 202/2025/QH15 of the National Assembly, in force 2025-07-01); a province kept as it was
 * maps to itself. `aliases` are other ways news writes the same place.
 */
export interface Province {
  name: string;
  mergedInto: string;
  aliases?: string[];
  /** Centrally-run city ("thành phố trực thuộc Trung ương"). */
  city?: boolean;
}

export const PROVINCES: readonly Province[] = [
  { name: 'Hà Nội', mergedInto: 'Hà Nội', city: true },
  { name: 'Hà Giang', mergedInto: 'Tuyên Quang' },
  { name: 'Cao Bằng', mergedInto: 'Cao Bằng' },
  { name: 'Bắc Kạn', mergedInto: 'Thái Nguyên', aliases: ['Bắc Cạn'] },
  { name: 'Tuyên Quang', mergedInto: 'Tuyên Quang' },
  { name: 'Lào Cai', mergedInto: 'Lào Cai' },
  { name: 'Điện Biên', mergedInto: 'Điện Biên' },
  { name: 'Lai Châu', mergedInto: 'Lai Châu' },
  { name: 'Sơn La', mergedInto: 'Sơn La' },
  { name: 'Yên Bái', mergedInto: 'Lào Cai' },
  { name: 'Hòa Bình', mergedInto: 'Phú Thọ' },
  { name: 'Thái Nguyên', mergedInto: 'Thái Nguyên' },
  { name: 'Lạng Sơn', mergedInto: 'Lạng Sơn' },
  { name: 'Quảng Ninh', mergedInto: 'Quảng Ninh' },
  { name: 'Bắc Giang', mergedInto: 'Bắc Ninh' },
  { name: 'Phú Thọ', mergedInto: 'Phú Thọ' },
  { name: 'Vĩnh Phúc', mergedInto: 'Phú Thọ' },
  { name: 'Bắc Ninh', mergedInto: 'Bắc Ninh' },
  { name: 'Hải Dương', mergedInto: 'Hải Phòng' },
  { name: 'Hải Phòng', mergedInto: 'Hải Phòng', city: true },
  { name: 'Hưng Yên', mergedInto: 'Hưng Yên' },
  { name: 'Thái Bình', mergedInto: 'Hưng Yên' },
  { name: 'Hà Nam', mergedInto: 'Ninh Bình' },
  { name: 'Nam Định', mergedInto: 'Ninh Bình' },
  { name: 'Ninh Bình', mergedInto: 'Ninh Bình' },
  { name: 'Thanh Hóa', mergedInto: 'Thanh Hóa' },
  { name: 'Nghệ An', mergedInto: 'Nghệ An' },
  { name: 'Hà Tĩnh', mergedInto: 'Hà Tĩnh' },
  { name: 'Quảng Bình', mergedInto: 'Quảng Trị' },
  { name: 'Quảng Trị', mergedInto: 'Quảng Trị' },
  { name: 'Thừa Thiên Huế', mergedInto: 'Huế', aliases: ['Thừa Thiên - Huế', 'Huế'], city: true },
  { name: 'Đà Nẵng', mergedInto: 'Đà Nẵng', city: true },
  { name: 'Quảng Nam', mergedInto: 'Đà Nẵng' },
  { name: 'Quảng Ngãi', mergedInto: 'Quảng Ngãi' },
  { name: 'Bình Định', mergedInto: 'Gia Lai' },
  { name: 'Phú Yên', mergedInto: 'Đắk Lắk' },
  { name: 'Khánh Hòa', mergedInto: 'Khánh Hòa' },
  { name: 'Ninh Thuận', mergedInto: 'Khánh Hòa' },
  { name: 'Bình Thuận', mergedInto: 'Lâm Đồng' },
  { name: 'Kon Tum', mergedInto: 'Quảng Ngãi' },
  { name: 'Gia Lai', mergedInto: 'Gia Lai' },
  { name: 'Đắk Lắk', mergedInto: 'Đắk Lắk', aliases: ['Đắc Lắc', 'Đăk Lăk'] },
  { name: 'Đắk Nông', mergedInto: 'Lâm Đồng', aliases: ['Đăk Nông'] },
  { name: 'Lâm Đồng', mergedInto: 'Lâm Đồng' },
  { name: 'Bình Phước', mergedInto: 'Đồng Nai' },
  { name: 'Tây Ninh', mergedInto: 'Tây Ninh' },
  { name: 'Bình Dương', mergedInto: 'Thành phố Hồ Chí Minh' },
  { name: 'Đồng Nai', mergedInto: 'Đồng Nai' },
  {
    name: 'Bà Rịa - Vũng Tàu',
    mergedInto: 'Thành phố Hồ Chí Minh',
    aliases: ['Bà Rịa – Vũng Tàu', 'BR-VT'],
  },
  {
    name: 'Thành phố Hồ Chí Minh',
    mergedInto: 'Thành phố Hồ Chí Minh',
    aliases: ['TP Hồ Chí Minh', 'TP.Hồ Chí Minh', 'TP HCM', 'TP.HCM', 'TPHCM', 'Sài Gòn'],
    city: true,
  },
  { name: 'Long An', mergedInto: 'Tây Ninh' },
  { name: 'Tiền Giang', mergedInto: 'Đồng Tháp' },
  { name: 'Bến Tre', mergedInto: 'Vĩnh Long' },
  { name: 'Trà Vinh', mergedInto: 'Vĩnh Long' },
  { name: 'Vĩnh Long', mergedInto: 'Vĩnh Long' },
  { name: 'Đồng Tháp', mergedInto: 'Đồng Tháp' },
  { name: 'An Giang', mergedInto: 'An Giang' },
  { name: 'Kiên Giang', mergedInto: 'An Giang' },
  { name: 'Cần Thơ', mergedInto: 'Cần Thơ', city: true },
  { name: 'Hậu Giang', mergedInto: 'Cần Thơ' },
  { name: 'Sóc Trăng', mergedInto: 'Cần Thơ' },
  { name: 'Bạc Liêu', mergedInto: 'Cà Mau' },
  { name: 'Cà Mau', mergedInto: 'Cà Mau' },
];

/** The 34 provinces and cities in force since 2025-07-01. */
export const PROVINCES_SINCE_2025: readonly string[] = [
  ...new Set(PROVINCES.map((p) => p.mergedInto)),
];
