/**
 * Vocabulary for telling personal names from other capitalised words.
 * The recogniser also adds the first syllable of every dataset name to the surnames.
 */

/** Common Vietnamese surnames (VIETNAMESE.md §2), plus the Ê Đê/Jrai "Y" and "H'" prefixes. */
// prettier-ignore
export const SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Đoàn', 'Lương', 'Trương', 'Đào', 'Trịnh', 'Mai', 'Cao',
  'Lâm', 'Tạ', 'Hà', 'Tô', 'Chu', 'Kiều', 'Thái', 'Tăng', 'Quách', 'Vương', 'Châu', 'Giang',
  'Lưu', 'La', 'Lại', 'Triệu', 'Âu', 'Thân', 'Tống', 'Khổng', 'Doãn', 'Nghiêm', 'Tôn', 'Lục',
  'Mạc', 'Bạch', 'Từ', 'Hầu', 'Phùng', 'Vi', 'Lò', 'Hứa', 'Khúc', 'Lữ', 'Mẫn', 'Nông',
  'Quan', 'Diệp', 'Mã', 'Cù', 'Đàm', 'Khuất', 'Sầm', 'Y', 'Lã', 'Ninh', 'Thạch', 'Danh',
  'Kim', 'Viên', 'Văn', 'Đồng', 'Lạc', 'Cầm', 'Tòng', 'Sùng', 'Giàng',
  'Thào', 'Vàng', 'Hờ', 'Lầu', 'Bế', 'Ma', 'Phí', 'Trình', 'Ứng', 'Khương', 'Bàn',
];

/**
 * Words that, right before a name, make it part of a place, school, street or prize
 * rather than a person (VIETNAMESE.md §3): "đường Lê Lợi", "Trường THPT Nguyễn Du".
 */
// prettier-ignore
export const NOT_PERSON_BEFORE: readonly string[] = [
  'đường', 'phố', 'phường', 'quận', 'huyện', 'xã', 'tỉnh', 'thành phố', 'TP', 'thị xã',
  'thị trấn', 'cầu', 'trường', 'THPT', 'THCS', 'tiểu học', 'trung học', 'đại học', 'học viện',
  'lăng', 'quảng trường', 'giải', 'giải thưởng', 'hẻm', 'ngõ', 'ngách', 'đại lộ', 'công viên',
  'bến', 'chợ', 'bảo tàng', 'tượng đài', 'khu', 'làng', 'thôn', 'ấp', 'tòa nhà', 'tàu', 'sân bay',
  'sân vận động', 'đền', 'chùa', 'nhà thờ', 'di tích', 'nhà văn hóa', 'bệnh viện', 'tư tưởng',
  'huân chương', 'kỷ niệm chương', 'phong trào', 'lớp', 'đội', 'trại', 'hầm', 'đập',
  'sông', 'núi', 'đèo', 'tổ dân phố', 'khu phố', 'khối', 'tuyến', 'nút giao', 'bùng binh',
  'vòng xoay', 'hội trường', 'thư viện', 'quỹ', 'công ty', 'tập đoàn', 'học bổng',
];

/**
 * Countries and foreign places as Vietnamese news writes them: "Thủ tướng Thái Lan Prawit
 * Wongsuwon" is a title, a country, then a name; "Thái Lan" itself is never a name.
 */
// prettier-ignore
export const COUNTRIES: readonly string[] = [
  'Mỹ', 'Hoa Kỳ', 'Trung Quốc', 'Nhật Bản', 'Nhật', 'Hàn Quốc', 'Triều Tiên', 'Nga', 'Đức',
  'Pháp', 'Anh', 'Ý', 'Italy', 'Tây Ban Nha', 'Bồ Đào Nha', 'Hà Lan', 'Bỉ', 'Thụy Sĩ',
  'Thụy Điển', 'Na Uy', 'Đan Mạch', 'Phần Lan', 'Ba Lan', 'Séc', 'Áo', 'Hungary', 'Romania',
  'Bulgaria', 'Hy Lạp', 'Thổ Nhĩ Kỳ', 'Ukraine', 'Belarus', 'Serbia', 'Croatia', 'Slovenia',
  'Slovakia', 'Ireland', 'Scotland', 'Lào', 'Campuchia', 'Thái Lan', 'Myanmar', 'Malaysia',
  'Singapore', 'Indonesia', 'Philippines', 'Brunei', 'Đông Timor', 'Ấn Độ', 'Pakistan',
  'Bangladesh', 'Sri Lanka', 'Nepal', 'Afghanistan', 'Iran', 'Iraq', 'Syria', 'Israel',
  'Palestine', 'Ả Rập Xê Út', 'Saudi Arabia', 'UAE', 'Qatar', 'Kuwait', 'Jordan', 'Li Băng',
  'Lebanon', 'Yemen', 'Ai Cập', 'Libya', 'Tunisia', 'Algeria', 'Maroc', 'Nam Phi', 'Nigeria',
  'Kenya', 'Ethiopia', 'Úc', 'Australia', 'New Zealand', 'Canada', 'Mexico', 'Brazil',
  'Argentina', 'Chile', 'Peru', 'Colombia', 'Venezuela', 'Cuba', 'Mông Cổ', 'Kazakhstan',
  'Uzbekistan', 'Đài Loan', 'Hồng Kông', 'Hong Kong', 'Ma Cao', 'Macau', 'Liên Hợp Quốc',
  'Liên hợp quốc', 'Liên minh châu Âu', 'Vatican', 'Bắc Kinh', 'Washington', 'Moscow',
  'Tokyo', 'Seoul', 'Bình Nhưỡng', 'Bangkok', 'London', 'Paris', 'Berlin',
];

/**
 * Common words whose last syllable is one of NOT_PERSON_BEFORE: "phát triển nông thôn Nguyễn
 * Xuân Cường" has no "thôn" (village) before the name.
 */
// prettier-ignore
export const COMPOUNDS_ENDING_IN_PLACE_WORD: readonly string[] = [
  'nông thôn', 'yêu cầu', 'nhu cầu', 'toàn cầu', 'thị trường', 'môi trường', 'hiện trường',
  'chiến trường', 'lập trường', 'quân đội',
];
