/**
 * Party memberships by Congress term and National Assembly terms, read from parsed positions:
 * the terms a position names ("Ủy viên Trung ương Đảng khóa XII, XIII"), or else the terms its
 * dates overlap by three months or more (a post starting at one Congress and ending at the next
 * belongs to one term only).
 */

import type { Membership, MembershipBody, Person, Position } from '../../lib/dataset/types';
import { foldPhrase } from '../../lib/text/fold-text';

/** Congress terms: the month each began (the Congress), from the 11th (January 2011). */
export const PARTY_TERMS: readonly { term: string; from: string }[] = [
  { term: 'XI', from: '2011-01' },
  { term: 'XII', from: '2016-01' },
  { term: 'XIII', from: '2021-01' },
  { term: 'XIV', from: '2026-01' },
];

/** National Assembly terms: the month each first sat. */
export const NA_TERMS: readonly { term: string; from: string }[] = [
  { term: 'XI', from: '2002-07' },
  { term: 'XII', from: '2007-07' },
  { term: 'XIII', from: '2011-07' },
  { term: 'XIV', from: '2016-07' },
  { term: 'XV', from: '2021-07' },
  { term: 'XVI', from: '2026-04' },
];

const BODY_ORDER: readonly MembershipBody[] = [
  'Bộ Chính trị',
  'Ban Bí thư',
  'Ban Chấp hành Trung ương',
  'Ban Chấp hành Trung ương (dự khuyết)',
];

/**
 * The Party bodies a title makes its holder a member of. A Politburo or Secretariat member is
 * elected from (so is a member of) the Central Committee; the General Secretary is a member of
 * the Politburo and heads the Secretariat (Party Charter, articles 17–18).
 */
const TITLE_BODIES: Record<string, readonly MembershipBody[]> = {
  'Tổng Bí thư': ['Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành Trung ương'],
  'Ủy viên Bộ Chính trị': ['Bộ Chính trị', 'Ban Chấp hành Trung ương'],
  'Thường trực Ban Bí thư': ['Ban Bí thư', 'Ban Chấp hành Trung ương'],
  'Bí thư Trung ương Đảng': ['Ban Bí thư', 'Ban Chấp hành Trung ương'],
  'Ủy viên Trung ương Đảng': ['Ban Chấp hành Trung ương'],
  'Ủy viên dự khuyết Trung ương Đảng': ['Ban Chấp hành Trung ương (dự khuyết)'],
};

const NA_TITLE = 'Đại biểu Quốc hội';

/** "Ủy viên" of a Party body written out ("Ủy viên Ban Bí thư Trung ương Đảng …"). */
const MEMBER_OF_TEXT: readonly { body: string; bodies: readonly MembershipBody[] }[] = [
  { body: 'Bộ Chính trị', bodies: ['Bộ Chính trị', 'Ban Chấp hành Trung ương'] },
  { body: 'Ban Bí thư', bodies: ['Ban Bí thư', 'Ban Chấp hành Trung ương'] },
  { body: 'Ban Chấp hành Trung ương Đảng', bodies: ['Ban Chấp hành Trung ương'] },
];
const MEMBER_OF = MEMBER_OF_TEXT.map((m) => ({ ...m, body: foldPhrase(m.body) }));

function bodiesOf(p: Position): readonly MembershipBody[] | undefined {
  if (!p.title) return undefined;
  const direct = TITLE_BODIES[p.title];
  if (direct) return direct;
  if (p.title !== 'Ủy viên' || !p.body) return undefined;
  const body = foldPhrase(p.body);
  return MEMBER_OF.find((m) => body === m.body || body.startsWith(`${m.body} `))?.bodies;
}

function months(date: string): number {
  return Number(date.slice(0, 4)) * 12 + (date.length >= 7 ? Number(date.slice(5, 7)) - 1 : 0);
}

/** Terms whose span the position's dates overlap by at least `min` months. */
function termsByDate(
  p: Position,
  terms: readonly { term: string; from: string }[],
  asOf: string,
  min: number,
): string[] {
  if (p.start === undefined) return [];
  const start = months(p.start);
  const endDate = p.end ?? (p.current ? asOf : undefined);
  const end = endDate === undefined ? start + min : months(endDate);
  return terms
    .filter((t, i) => {
      const from = months(t.from);
      const next = terms[i + 1];
      const to = next ? months(next.from) : months(asOf) + 1;
      return Math.min(end, to) - Math.max(start, from) >= min;
    })
    .map((t) => t.term);
}

function termsOf(
  p: Position,
  known: readonly { term: string; from: string }[],
  asOf: string,
  min: number,
): string[] {
  const names = new Set(known.map((t) => t.term));
  if (p.terms && p.terms.length > 0) return p.terms.filter((t) => names.has(t));
  return termsByDate(p, known, asOf, min);
}

const termIndex = (term: string) => PARTY_TERMS.findIndex((t) => t.term === term);

/** Party memberships of a person, one per body and term, from the first position that shows it. */
export function membershipsOf(person: Person, asOf: string): Membership[] {
  const seen = new Map<string, Membership>();
  for (const p of person.positions) {
    const bodies = bodiesOf(p);
    if (!bodies) continue;
    for (const term of termsOf(p, PARTY_TERMS, asOf, 3)) {
      for (const body of bodies) {
        const key = `${body}|${term}`;
        if (!seen.has(key)) seen.set(key, { body, term, source: p.source });
      }
    }
  }
  return [...seen.values()].sort(
    (a, b) =>
      termIndex(a.term) - termIndex(b.term) ||
      BODY_ORDER.indexOf(a.body) - BODY_ORDER.indexOf(b.body),
  );
}

/** National Assembly terms a person sat in: "Đại biểu Quốc hội" posts, and a NA XVI profile. */
export function naTermsOf(person: Person, asOf: string): string[] {
  const terms = new Set<string>();
  for (const p of person.positions) {
    if (p.title !== NA_TITLE) continue;
    for (const t of termsOf(p, NA_TERMS, asOf, 6)) terms.add(t);
  }
  if (person.sources.some((s) => s.startsWith('na16:'))) terms.add('XVI');
  if (person.sources.some((s) => s.startsWith('na15:'))) terms.add('XV');
  const order = NA_TERMS.map((t) => t.term);
  return [...terms].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
