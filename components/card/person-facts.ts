/**
 * What a card says about a person, read from the dataset record: the posts held on a date,
 * the posts held now, Party rank by term, a short career. Pure functions, shared by the hover
 * card and the popup's profile view.
 */
import { isInForce, periodStart } from '../../lib/date/partial-date';
import type { MembershipBody, Person, Position } from '../../lib/dataset/types';
import { foldPhrase } from '../../lib/text/fold-text';

/**
 * Titles that are Party rank rather than a post (shown by PartyRank from `memberships`, not in
 * the lists of posts).
 */
const RANK_TITLES = new Set(
  [
    'Ủy viên Bộ Chính trị',
    'Ủy viên Ban Bí thư',
    'Bí thư Trung ương Đảng',
    'Ủy viên Trung ương Đảng',
    'Ủy viên Ban Chấp hành Trung ương Đảng',
    'Ủy viên dự khuyết Trung ương Đảng',
    'Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng',
  ].map(foldPhrase),
);

export function isPartyRank(post: Pick<Position, 'title'>): boolean {
  return post.title !== undefined && RANK_TITLES.has(foldPhrase(post.title));
}

/** Posts before memberships of assemblies ("Đại biểu Quốc hội"), otherwise the dataset's order. */
function weight(post: Position): number {
  const title = post.title ? foldPhrase(post.title) : '';
  if (title.startsWith(foldPhrase('Đại biểu'))) return 2;
  if (!post.title) return 1;
  return 0;
}

function distinct(posts: Position[]): Position[] {
  const seen = new Set<string>();
  return posts.filter((p) => {
    const key = foldPhrase(p.raw);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function ordered(posts: Position[]): Position[] {
  return posts
    .map((post, index) => ({ post, index }))
    .sort((a, b) => weight(a.post) - weight(b.post) || a.index - b.index)
    .map(({ post }) => post);
}

/** Posts (not Party rank) held on `day` (YYYY-MM-DD). */
export function postsOn(person: Pick<Person, 'positions'>, day: string, currentFrom?: string) {
  return ordered(
    distinct(person.positions.filter((p) => !isPartyRank(p) && isInForce(p, day, currentFrom))),
  );
}

/** Posts held now: marked current, or in force on the dataset's as-of date. */
export function postsNow(person: Pick<Person, 'positions'>, asOf: string | undefined) {
  return ordered(
    distinct(
      person.positions.filter(
        (p) =>
          !isPartyRank(p) &&
          ((p.current === true && p.end === undefined) ||
            (asOf !== undefined && isInForce(p, asOf, asOf))),
      ),
    ),
  );
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** "XIII" → 13. */
export function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN[numeral[i]!] ?? 0;
    const next = ROMAN[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export interface RankTerms {
  body: MembershipBody;
  /** Congress terms, oldest first ("XII", "XIII"). */
  terms: string[];
}

const RANK_ORDER: MembershipBody[] = [
  'Bộ Chính trị',
  'Ban Bí thư',
  'Ban Chấp hành Trung ương',
  'Ban Chấp hành Trung ương (dự khuyết)',
];

/** Party rank: Politburo, Secretariat, Central Committee, each with its terms. */
export function partyRanks(person: Pick<Person, 'memberships'>): RankTerms[] {
  const byBody = new Map<MembershipBody, Set<string>>();
  for (const { body, term } of person.memberships ?? []) {
    const terms = byBody.get(body) ?? new Set<string>();
    terms.add(term);
    byBody.set(body, terms);
  }
  return RANK_ORDER.filter((body) => byBody.has(body)).map((body) => ({
    body,
    terms: [...byBody.get(body)!].sort((a, b) => romanValue(a) - romanValue(b)),
  }));
}

/** "XI", "XII", "XIII" → "XI–XIII"; gaps kept apart ("X, XII–XIV"). */
export function termRanges(terms: readonly string[]): string {
  const runs: string[][] = [];
  for (const term of terms) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && romanValue(term) === romanValue(last) + 1) run.push(term);
    else runs.push([term]);
  }
  return runs
    .map((run) => (run.length >= 3 ? `${run[0]}–${run[run.length - 1]}` : run.join(', ')))
    .join(', ');
}

/** The career: dated posts (not Party rank), the most recent start first. */
export function careerOf(person: Pick<Person, 'positions'>): Position[] {
  return distinct(
    person.positions
      .filter((p) => p.start !== undefined && !isPartyRank(p))
      .sort((a, b) => periodStart(b.start!).localeCompare(periodStart(a.start!))),
  );
}

/** The year a partial date falls in. */
export const yearOf = (date: string | undefined): string | undefined => date?.slice(0, 4);

/** "2020-07-17" → "17/07/2020"; "2020-07" → "07/2020"; "2020" → "2020". */
export function displayDate(date: string): string {
  const [y, m, d] = date.split('-');
  return [d, m, y].filter(Boolean).join('/');
}

/**
 * A hometown short enough for a card: the last part of what the source wrote ("tỉnh Nam
 * Định"), with the province of today when it differs ("tỉnh Nam Định (nay Ninh Bình)").
 */
export function shortHometown(
  person: Pick<Person, 'hometown' | 'hometownProvince'>,
  nowWord: string,
): string | undefined {
  const { hometown, hometownProvince } = person;
  if (!hometown) return hometownProvince;
  const last = hometown.split(',').pop()!.trim();
  if (!hometownProvince || foldPhrase(last).endsWith(foldPhrase(hometownProvince))) return last;
  return `${last} (${nowWord} ${hometownProvince})`;
}
