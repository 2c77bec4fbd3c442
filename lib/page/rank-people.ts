/**
 * The order of "On this page": Politburo, then Secretariat, then Central Committee (full,
 * then alternate), then everyone else in the dataset, by membership in the Party term of the
 * article's date (or, past the last term the dataset knows, the latest term they sat in);
 * within a rank, the most mentioned first; people not in the dataset come last.
 */
import type { MembershipBody, Person } from '../dataset/types';
import type { PagePerson } from './summarise-people';

/** 0 = Politburo … 4 = in the dataset without a Party rank, 5 = not in the dataset. */
export type Rank = 0 | 1 | 2 | 3 | 4 | 5;

const BODY_RANK: Record<MembershipBody, Rank> = {
  'Bộ Chính trị': 0,
  'Ban Bí thư': 1,
  'Ban Chấp hành Trung ương': 2,
  'Ban Chấp hành Trung ương (dự khuyết)': 3,
};

/** Party Congress terms and the year each began (the Congress was held early that year). */
const TERMS: readonly [term: string, from: string][] = [
  ['XI', '2011-01-19'],
  ['XII', '2016-01-28'],
  ['XIII', '2021-02-01'],
  ['XIV', '2026-01-23'],
];

/** The Party term in effect on `date` (YYYY-MM-DD), or undefined before term XI. */
export function termOn(date: string): string | undefined {
  let found: string | undefined;
  for (const [term, from] of TERMS) if (date >= from) found = term;
  return found;
}

const termIndex = (term: string) => TERMS.findIndex(([t]) => t === term);

/** The rank of a dataset person on `date`. */
export function rankOf(person: Person | undefined, date: string): Rank {
  if (!person) return 5;
  const memberships = person.memberships ?? [];
  if (memberships.length === 0) return 4;
  const term = termOn(date);
  let inTerm = memberships.filter((m) => m.term === term);
  if (inTerm.length === 0) {
    // After the last term they sat in (retired, or the dataset is older than the page): their
    // latest term, when the date is past it. Before their first term they had no rank.
    const latest = Math.max(...memberships.map((m) => termIndex(m.term)));
    if (term !== undefined && latest < termIndex(term)) {
      inTerm = memberships.filter((m) => termIndex(m.term) === latest);
    }
  }
  return inTerm.reduce<Rank>((best, m) => Math.min(best, BODY_RANK[m.body]) as Rank, 4);
}

export interface RankedPerson extends PagePerson {
  rank: Rank;
}

/** `people` in the order of "On this page"; ties keep the page order (first mention first). */
export function rankPeople(
  people: readonly PagePerson[],
  records: ReadonlyMap<string, Person>,
  date: string,
): RankedPerson[] {
  return people
    .map((p, order) => ({
      ...p,
      rank: p.id ? rankOf(records.get(p.id), date) : (5 as Rank),
      order,
    }))
    .sort((a, b) => a.rank - b.rank || b.mentions - a.mentions || a.order - b.order)
    .map(({ order: _order, ...p }) => p);
}
