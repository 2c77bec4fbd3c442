/**
 * A bare title on a page ("Thủ tướng", "Tổng Bí thư", "Bộ trưởng Bộ Ngoại giao") names whoever
 * held it on the article's date. Only offices with one seat can name one person: the national
 * top offices, and the head of a named body ("Bộ trưởng Bộ Y tế", "Bí thư Thành ủy Hà Nội").
 * Deputies, members and bodies without their place ("Bí thư Tỉnh ủy") name nobody.
 */
import { officeKey, postMatches, heldOn, type DatedPost } from './post-at-date';

export interface TitleHolder {
  id: string;
  name: string;
}

/** A recogniser's `NamedPerson` (posts) or a dataset `Person` (positions). */
interface HolderPerson {
  id: string;
  name: string;
  posts?: readonly DatedPost[];
  positions?: readonly DatedPost[];
}

/** Offices with one seat that need no body after them. */
const SINGLE_OFFICES = new Set(
  [
    'Tổng Bí thư',
    'Chủ tịch nước',
    'Thủ tướng',
    'Thủ tướng Chính phủ',
    'Chủ tịch Quốc hội',
    'Thường trực Ban Bí thư',
    'Tổng Kiểm toán Nhà nước',
    'Tổng Thanh tra Chính phủ',
    'Thống đốc Ngân hàng Nhà nước',
    'Thống đốc Ngân hàng Nhà nước Việt Nam',
    'Chánh án Tòa án nhân dân tối cao',
    'Viện trưởng Viện Kiểm sát nhân dân tối cao',
  ].map(officeKey),
);

/** Heads of a body: one seat once the body (and its place) is named. */
const BODY_LEADERS = [
  'Bộ trưởng',
  'Trưởng',
  'Trưởng ban',
  'Bí thư',
  'Chủ tịch',
  'Chủ nhiệm',
  'Thống đốc',
  'Chánh án',
  'Viện trưởng',
  'Tổng Kiểm toán',
  'Tổng Thanh tra',
  'Tổng Giám đốc',
  'Giám đốc',
  'Tổng cục trưởng',
  'Cục trưởng',
  'Chánh Văn phòng',
  'Tư lệnh',
].map(officeKey);

/** Endings of an office that still lack the place the body governs. */
const NEEDS_PLACE = [
  'Thành ủy',
  'Tỉnh ủy',
  'Huyện ủy',
  'Quận ủy',
  'Đảng ủy',
  'Ủy ban nhân dân',
  'Ủy ban nhân dân tỉnh',
  'Ủy ban nhân dân thành phố',
  'Hội đồng nhân dân',
  'Hội đồng nhân dân tỉnh',
  'Hội đồng nhân dân thành phố',
  'Đoàn đại biểu Quốc hội',
  'tỉnh',
  'thành phố',
  'quận',
  'huyện',
  'thị xã',
  'thị trấn',
  'phường',
  'xã',
].map(officeKey);

const startsWithWord = (s: string, prefix: string) => s === prefix || s.startsWith(`${prefix} `);

/**
 * Whether a title, as composed on the page (head, body and the place's name: "Bí thư Thành
 * ủy Thành phố Hồ Chí Minh"), names an office with one seat.
 */
export function isSingleSeat(office: string): boolean {
  const key = officeKey(office);
  if (SINGLE_OFFICES.has(key)) return true;
  const leader = BODY_LEADERS.find((head) => startsWithWord(key, head));
  if (!leader || key.length <= leader.length) return false;
  return !NEEDS_PLACE.some((ending) => key.endsWith(` ${ending}`));
}

/** The head of a body by its name's start ("Bộ Y tế" → "Bộ trưởng Bộ Y tế"). */
type HeadOfBody = [prefix: string, office: (body: string) => string];
const HEADS_OF_BODIES: readonly HeadOfBody[] = (
  [
    ['Bộ Chính trị', () => ''],
    ['Bộ', (body) => `Bộ trưởng ${body}`],
    ['Ban Chấp hành', () => 'Tổng Bí thư'],
    ['Ban Bí thư', () => ''],
    ['Ban Thường vụ', () => ''],
    ['Ban', (body) => `Trưởng ${body}`],
    ['Ủy ban Kiểm tra Trung ương', (body) => `Chủ nhiệm ${body}`],
    ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', (body) => `Chủ tịch ${body}`],
    ['Quốc hội', () => 'Chủ tịch Quốc hội'],
    ['Chính phủ', () => 'Thủ tướng'],
    ['Ngân hàng Nhà nước', () => 'Thống đốc Ngân hàng Nhà nước'],
    ['Tòa án nhân dân tối cao', (body) => `Chánh án ${body}`],
    ['Viện Kiểm sát nhân dân tối cao', (body) => `Viện trưởng ${body}`],
    ['Kiểm toán Nhà nước', () => 'Tổng Kiểm toán Nhà nước'],
    ['Thanh tra Chính phủ', () => 'Tổng Thanh tra Chính phủ'],
    ['Thành ủy', (body) => `Bí thư ${body}`],
    ['Tỉnh ủy', (body) => `Bí thư ${body}`],
  ] as HeadOfBody[]
).map(([prefix, office]): HeadOfBody => [officeKey(prefix), office]);

/**
 * The office that heads a body read on its own ("Bộ Ngoại giao" → "Bộ trưởng Bộ Ngoại
 * giao", "Thành ủy Hà Nội" → "Bí thư Thành ủy Hà Nội", "Chính phủ" → "Thủ tướng"), or
 * undefined for bodies with no single head this knows (Bộ Chính trị, committees, local
 * people's committees whose title the dataset words differently). `body` includes the
 * place's own name for a local body.
 */
export function headOfBody(body: string): string | undefined {
  const key = officeKey(body);
  for (const [prefixKey, office] of HEADS_OF_BODIES) {
    if (startsWithWord(key, prefixKey)) return office(body) || undefined;
  }
  return undefined;
}

interface HeldPost {
  id: string;
  name: string;
  post: DatedPost;
}

const tables = new WeakMap<object, { posts: HeldPost[]; answers: Map<string, TitleHolder[]> }>();

/** People as a list, or as the recogniser's index holds them (id → person). */
export type HolderPeople = readonly HolderPerson[] | ReadonlyMap<string, HolderPerson>;

function tableOf(people: HolderPeople) {
  let table = tables.get(people);
  if (!table) {
    const posts: HeldPost[] = [];
    for (const person of people.values()) {
      for (const post of person.posts ?? person.positions ?? []) {
        // Only posts with a parsed title can be compared with a title on a page.
        if (post.title) posts.push({ id: person.id, name: person.name, post });
      }
    }
    table = { posts, answers: new Map() };
    tables.set(people, table);
  }
  return table;
}

/**
 * Everyone who held `office` (as composed on the page) on `day`, each once. Callers decide
 * what a count other than one means; see `holderOn`.
 */
export function holdersOn(
  people: HolderPeople,
  office: string,
  day: string,
  currentFrom?: string,
): TitleHolder[] {
  const table = tableOf(people);
  const key = officeKey(office);
  const memo = `${key}|${day}|${currentFrom ?? ''}`;
  const known = table.answers.get(memo);
  if (known) return known;
  const found = new Map<string, TitleHolder>();
  for (const { id, name, post } of table.posts) {
    if (!found.has(id) && heldOn(post, day, currentFrom) && postMatches(post, key)) {
      found.set(id, { id, name });
    }
  }
  const holders = [...found.values()];
  table.answers.set(memo, holders);
  return holders;
}

/**
 * The one person who held a single-seat office on `day`, or undefined: when the office has
 * several seats, when the dataset knows nobody then, or when it lists more than one holder.
 */
export function holderOn(
  people: HolderPeople,
  office: string,
  day: string,
  currentFrom?: string,
): TitleHolder | undefined {
  if (!isSingleSeat(office)) return undefined;
  const holders = holdersOn(people, office, day, currentFrom);
  return holders.length === 1 ? holders[0] : undefined;
}
