/**
 * What a person held on an article's date, and how a title read on a page compares with a
 * dataset post. Pure functions over dated posts (a dataset `Position` or the recogniser's
 * lighter `NamedPerson` post), so the engine, the card and the CLI give the same answer.
 *
 * Order of the posts held on a date (the first is "the" post shown):
 * 1. posts whose title the page gave around the name ("Bí thư Thành ủy TP.HCM Đinh La Thăng"
 *    puts his Secretary post before his Politburo seat);
 * 2. seniority: the four national top offices (in protocol order), then other national leaders, then heads of a
 *    body (minister, secretary, chair), deputies, then memberships (Politburo, Central
 *    Committee, deputy to the National Assembly) and unparsed posts;
 * 3. the most recent start; then the dataset's order.
 */
import { isInForce, periodStart } from '../date/partial-date';
import { foldPhrase } from '../text/fold-text';

/** A dated post as the dataset (`Position`) or the recogniser's index (`NamedPerson.posts`) has it. */
export interface DatedPost {
  raw: string;
  title?: string;
  body?: string;
  start?: string;
  end?: string;
  current?: boolean;
}

/** The post shown for a person at a date (the CLI's `post`). */
export interface PostAtDate {
  /** Title head as parsed from the source ("Bí thư"), or the raw text when it was not parsed. */
  title: string;
  /** Body the post belongs to ("Thành ủy Thành phố Hồ Chí Minh"), when known. */
  body: string | null;
  /** Partial ISO dates ("2016", "2016-02", "2016-02-05"); end is null while current. */
  start: string | null;
  end: string | null;
  /** The post as the source wrote it ("Bí thư Thành ủy Thành phố Hồ Chí Minh"): what to display. */
  raw: string;
}

export interface PostOptions {
  /**
   * From when a post marked current with no start date counts as held: the date its source
   * describes (the dataset's as-of). Without it such a post is never counted, since nothing
   * says when it began.
   */
  currentFrom?: string;
  /** Folded titles read on the page around the name (see `officeKey`): preferred. */
  pageTitles?: readonly string[];
}

/** Modifiers that say the title was held before the article's date. */
export const FORMER_MODIFIERS: ReadonlySet<string> = new Set(['nguyên', 'cựu', 'cố']);
/** "tân": newly appointed. */
export const NEW_MODIFIER = 'tân';
/** How long after its start a post still counts as new ("tân Bộ trưởng"), in days. */
const NEW_WITHIN_DAYS = 366;
/** How long before its recorded start a post may already be reported as new, in days. */
const NEW_BEFORE_START_DAYS = 31;

/** Whether the post was held on `day` (YYYY-MM-DD). */
export function heldOn(post: DatedPost, day: string, currentFrom?: string): boolean {
  return isInForce(post, day, currentFrom);
}

/** Whether the post had ended by `day`: what "nguyên", "cựu" and "cố" say of a title. */
export function endedBy(post: DatedPost, day: string): boolean {
  return post.end !== undefined && periodStart(post.end) <= day && !post.current;
}

/**
 * Whether the post had just begun on `day`: "tân". Within a year after its start while held,
 * or starting within a month after `day` (news of an appointment often precedes the date the
 * source gives for it).
 */
export function newOn(post: DatedPost, day: string, currentFrom?: string): boolean {
  if (post.start === undefined) return false;
  const days = (Date.parse(day) - Date.parse(periodStart(post.start))) / 86_400_000;
  if (days < 0) return days >= -NEW_BEFORE_START_DAYS;
  return days <= NEW_WITHIN_DAYS && heldOn(post, day, currentFrom);
}

/** A title or office as compared everywhere here: folded, single-spaced. */
export function officeKey(phrase: string): string {
  let key = officeKeys.get(phrase);
  if (key === undefined) {
    key = foldPhrase(phrase);
    // Offices are a small vocabulary; the bound only guards a page of endless new ones.
    if (officeKeys.size >= MAX_CACHED_OFFICE_KEYS) officeKeys.clear();
    officeKeys.set(phrase, key);
  }
  return key;
}

/** Folding is the costly part of comparing offices: every page asks for the same few again. */
const officeKeys = new Map<string, string>();
const MAX_CACHED_OFFICE_KEYS = 4096;

const formsCache = new WeakMap<DatedPost, readonly string[]>();

/**
 * The folded forms a post answers to: each comma- or semicolon-separated part of the source's
 * text ("Thủ tướng Chính phủ ..., Phó Chủ tịch Hội đồng ..."), and title + body as parsed.
 */
export function postForms(post: DatedPost): readonly string[] {
  let forms = formsCache.get(post);
  if (forms) return forms;
  const list = post.raw
    .replace(/\([^)]*\)/g, ' ')
    .split(/[,;:]/)
    .map(officeKey)
    .filter((f) => f !== '');
  if (post.title) {
    list.push(officeKey(post.title));
    if (post.body) list.push(officeKey(`${post.title} ${post.body}`));
  }
  forms = [...new Set(list)];
  formsCache.set(post, forms);
  return forms;
}

/**
 * Whether a title read on the page (folded, see `officeKey`) names this post: the page's
 * title is the post's title or a prefix of it on a word boundary ("Thủ tướng" names
 * "Thủ tướng Chính phủ ..."; "Thủ tướng" does not name "Phó Thủ tướng").
 */
export function postMatches(post: DatedPost, pageTitle: string): boolean {
  if (pageTitle === '') return false;
  for (const form of postForms(post)) {
    if (form === pageTitle || form.startsWith(`${pageTitle} `)) return true;
  }
  return false;
}

const key = (s: string) => officeKey(s);
/** The four top offices, in the Party's protocol order. */
const TOP = ['Tổng Bí thư', 'Chủ tịch nước', 'Thủ tướng', 'Chủ tịch Quốc hội'].map(key);
const NATIONAL = [
  'Thường trực Ban Bí thư',
  'Phó Chủ tịch nước',
  'Phó Thủ tướng',
  'Phó Chủ tịch Quốc hội',
].map(key);
const DEPUTY = ['Phó', 'Thứ trưởng'].map(key);
const MEMBER = [
  'Ủy viên',
  'Thành viên',
  'Đại biểu',
  'Tỉnh ủy viên',
  'Thành ủy viên',
  'Đảng ủy viên',
  'Chi ủy viên',
  'Bí thư chi bộ',
  'Trợ lý',
  'Thư ký',
  'Chuyên viên',
  'Giáo viên',
].map(key);
const POLITBURO = key('Ủy viên Bộ Chính trị');
const SECRETARIAT = key('Bí thư Trung ương Đảng');
const CENTRAL = key('Ủy viên Trung ương Đảng');

const startsWithWord = (s: string, prefix: string) => s === prefix || s.startsWith(`${prefix} `);

/** Seniority of a post: lower is more senior (see the order at the top of this file). */
export function seniority(post: DatedPost): number {
  if (!post.title) return 9;
  const title = officeKey(post.title);
  const top = TOP.indexOf(title);
  if (top >= 0) return top / TOP.length;
  if (NATIONAL.some((t) => startsWithWord(title, t))) return 1;
  if (title === POLITBURO) return 5;
  if (title === SECRETARIAT) return 5;
  if (startsWithWord(title, CENTRAL)) return 6;
  if (MEMBER.some((t) => startsWithWord(title, t))) return 7;
  if (DEPUTY.some((t) => startsWithWord(title, t))) return 3;
  return 2;
}

/** The posts held on `day`, in the order described at the top of this file. */
export function postsHeldOn(
  posts: readonly DatedPost[] | undefined,
  day: string,
  options: PostOptions = {},
): DatedPost[] {
  const held = (posts ?? []).filter((p) => heldOn(p, day, options.currentFrom));
  if (held.length < 2) return held;
  const titles = options.pageTitles ?? [];
  const named = (p: DatedPost) => (titles.some((t) => postMatches(p, t)) ? 0 : 1);
  const order = new Map(held.map((p, k) => [p, k]));
  return held.sort(
    (a, b) =>
      named(a) - named(b) ||
      seniority(a) - seniority(b) ||
      (b.start ? periodStart(b.start) : '').localeCompare(a.start ? periodStart(a.start) : '') ||
      order.get(a)! - order.get(b)!,
  );
}

/** The post shown first for a person on `day`, or null when the dataset knows none then. */
export function postAtDate(
  posts: readonly DatedPost[] | undefined,
  day: string,
  options: PostOptions = {},
): PostAtDate | null {
  const post = postsHeldOn(posts, day, options)[0];
  return post ? toPostAtDate(post) : null;
}

export function toPostAtDate(post: DatedPost): PostAtDate {
  return {
    title: post.title ?? post.raw,
    body: post.body ?? null,
    start: post.start ?? null,
    end: post.end ?? null,
    raw: post.raw,
  };
}
