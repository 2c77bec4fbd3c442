/**
 * Whether a page is about sport or entertainment, read from its own words: many footballers,
 * singers and actors share a full name with an official (VIETNAMESE.md §3), and on such a page
 * a dataset name that no title introduces is weak evidence of the official.
 */
import { foldPhrase } from '../text/fold-text';

export type PageGenre = 'sport' | 'entertainment' | 'other';

// prettier-ignore
const SPORT = [
  'cầu thủ', 'đội tuyển', 'bàn thắng', 'ghi bàn', 'HLV', 'huấn luyện viên', 'trận đấu',
  'tiền đạo', 'tiền vệ', 'hậu vệ', 'thủ môn', 'vòng loại', 'CLB', 'câu lạc bộ', 'giải đấu',
  'vô địch', 'VĐV', 'vận động viên', 'huy chương', 'bóng đá', 'quần vợt', 'võ sĩ', 'điền kinh',
  'phạt đền', 'tỷ số', 'tỉ số', 'chuyển nhượng', 'ra sân', 'đội bóng', 'sân cỏ', 'đối thủ',
  'hiệp một', 'hiệp hai', 'trọng tài', 'đội hình', 'bóng chuyền', 'cờ vua', 'xạ thủ', 'tay vợt',
];

// prettier-ignore
const ENTERTAINMENT = [
  'ca sĩ', 'diễn viên', 'bộ phim', 'album', 'ca khúc', 'bài hát', 'sân khấu', 'showbiz',
  'người mẫu', 'hoa hậu', 'á hậu', 'liveshow', 'nhạc sĩ', 'đạo diễn', 'gameshow', 'khán giả',
  'người hâm mộ', 'vai diễn', 'điện ảnh', 'truyền hình thực tế', 'danh hài', 'giọng hát',
  'sao Việt', 'MC', 'phim truyền hình', 'cuộc thi', 'thí sinh', 'giám khảo', 'nữ diễn viên',
];

/** Phrases by their first syllable, as the rest of their syllables and the genre they count for. */
const PHRASES = new Map<string, { rest: string[]; sport: boolean }[]>();
for (const [list, sport] of [
  [SPORT, true],
  [ENTERTAINMENT, false],
] as const) {
  for (const phrase of list) {
    const [first, ...rest] = foldPhrase(phrase).split(' ');
    const entries = PHRASES.get(first!) ?? [];
    entries.push({ rest, sport });
    PHRASES.set(first!, entries);
  }
}

/** Words of the genre needed on a page, and how many times the officials' words they must outnumber. */
export const GENRE_MIN_WORDS = 3;
export const GENRE_RATIO = 2;

/**
 * The page's genre from its folded syllables (`keys`, as tokenised) and the number of official
 * titles and bodies read on it: sport or entertainment when at least GENRE_MIN_WORDS of that
 * genre's words occur and they outnumber the official ones GENRE_RATIO to one.
 */
export function pageGenre(keys: readonly string[], officialWords: number): PageGenre {
  let sport = 0;
  let entertainment = 0;
  for (let i = 0; i < keys.length; i++) {
    const entries = PHRASES.get(keys[i]!);
    if (entries === undefined) continue;
    for (const { rest, sport: isSport } of entries) {
      let k = 0;
      while (k < rest.length && keys[i + 1 + k] === rest[k]) k++;
      if (k < rest.length) continue;
      if (isSport) sport++;
      else entertainment++;
    }
  }
  const best = Math.max(sport, entertainment);
  if (best < GENRE_MIN_WORDS || best < GENRE_RATIO * officialWords) return 'other';
  return sport >= entertainment ? 'sport' : 'entertainment';
}
