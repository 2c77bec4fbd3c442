/**
 * Title heads: the part of a title that names the office before its body.
 * "Trưởng Ban Kinh tế Trung ương" is the head "Trưởng" plus the body "Ban Kinh tế Trung ương"
 * (VIETNAMESE.md §2). Heads derived from the lexicon's full titles are added at compile time;
 * these are the ones the lexicon only shows inside longer titles.
 */

/** Heads that are titles on their own ("Bộ trưởng Phạm Bình Minh"). */
export const STANDALONE_HEADS: readonly string[] = [
  'Tổng Bí thư',
  'Chủ tịch nước',
  'Thủ tướng',
  'Phó Thủ tướng',
  'Bộ trưởng',
  'Thứ trưởng',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Bí thư',
  'Phó Bí thư',
  'Thống đốc',
  'Phó Thống đốc',
  'Chánh án',
  'Viện trưởng',
  'Tổng Kiểm toán',
  'Tổng Thanh tra',
  'Đại sứ',
  'Tổng Lãnh sự',
  'Tư lệnh',
  'Phó Tư lệnh',
  'Chính ủy',
  'Phó Chính ủy',
  'Tổng Tham mưu trưởng',
  'Người phát ngôn',
  'Đại biểu Quốc hội',
  'Trưởng Công an',
  'Phó Trưởng Công an',
];

/** Heads that only make a title with a body after them ("Trưởng" + "Ban Tổ chức Trung ương"). */
export const BODY_HEADS: readonly string[] = [
  'Trưởng',
  'Phó Trưởng',
  'Trưởng ban',
  'Phó Trưởng ban',
  'Ủy viên',
  'Giám đốc',
  'Phó Giám đốc',
  'Tổng Giám đốc',
  'Phó Tổng Giám đốc',
  'Chủ nhiệm',
  'Phó Chủ nhiệm',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  'Chánh Thanh tra',
  'Tổng cục trưởng',
  'Phó Tổng cục trưởng',
  'Cục trưởng',
  'Phó Cục trưởng',
  'Vụ trưởng',
  'Phó Vụ trưởng',
  'Viện phó',
  'Phó Viện trưởng',
  'Phó Chánh án',
  'Chỉ huy trưởng',
  'Tổng Thư ký',
  'Phó Tổng Thư ký',
  'Thành viên',
  'Trưởng Đoàn',
  'Phó Trưởng Đoàn',
];

/** Bodies too generic to highlight alone; inside a title, or with a place, they count. */
export const GENERIC_BODIES: readonly string[] = [
  'Trung ương',
  'Ban Chấp hành',
  'Ban Thường vụ',
  'Thành phố',
  'Tỉnh',
  'Sở',
  'Tỉnh ủy',
  'Thành ủy',
  'Huyện ủy',
  'Đảng ủy xã',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Công an tỉnh',
  'Bộ Chỉ huy Quân sự tỉnh',
  'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
  'Ban Thường vụ Tỉnh ủy',
  'Quân khu',
  'Thành phố trực thuộc Trung ương',
  'Đảng ta',
];

/**
 * Bodies that belong to a place: the body is followed by the place it governs
 * ("Bí thư Tỉnh ủy Quảng Ninh", "Chủ tịch UBND tỉnh Lào Cai", "Giám đốc Công an TP Hà Nội").
 */
export const LOCAL_BODIES: readonly string[] = [
  'Tỉnh ủy',
  'Thành ủy',
  'Huyện ủy',
  'Quận ủy',
  'Thị ủy',
  'Đảng ủy',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Công an',
  'Công an tỉnh',
  'Bộ Chỉ huy Quân sự tỉnh',
  'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
  'Ủy ban Mặt trận Tổ quốc',
  'Ban Thường vụ Tỉnh ủy',
  'Ban Thường vụ Thành ủy',
  'Đoàn đại biểu Quốc hội',
  'Tòa án nhân dân',
  'Viện Kiểm sát nhân dân',
  'Sở',
];

/** Written forms the lexicon does not list, mapped to the canonical body they abbreviate. */
export const EXTRA_BODY_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  'Ủy ban nhân dân': ['UBND', 'Uỷ ban nhân dân', 'Ủy ban Nhân dân'],
  'Hội đồng nhân dân': ['HĐND', 'Hội đồng Nhân dân'],
  'Thành ủy': ['Thành uỷ'],
  'Tỉnh ủy': ['Tỉnh uỷ'],
  'Huyện ủy': ['Huyện uỷ'],
  'Quận ủy': ['Quận uỷ'],
  'Thị ủy': ['Thị uỷ'],
  'Đảng ủy': ['Đảng uỷ'],
  'Công an': [],
  'Ủy ban Mặt trận Tổ quốc': ['Ủy ban MTTQ', 'UBMTTQ', 'Uỷ ban MTTQ'],
  'Đoàn đại biểu Quốc hội': ['Đoàn ĐBQH', 'Đoàn Đại biểu Quốc hội'],
  'Tòa án nhân dân': ['TAND', 'Toà án nhân dân'],
  'Viện Kiểm sát nhân dân': ['VKSND', 'Viện kiểm sát nhân dân'],
  'Ban Thường vụ Thành ủy': ['Ban Thường vụ Thành uỷ'],
};

/** Words before a place name that are not part of it ("tỉnh Quảng Ninh", "TP Hà Nội"). */
export const PLACE_PREFIXES: readonly string[] = [
  'tỉnh',
  'thành phố',
  'TP',
  'TP.',
  'huyện',
  'quận',
  'thị xã',
  'xã',
  'phường',
  'thị trấn',
  'đặc khu',
];
