import { describe, expect, it } from 'vitest';
import type { Membership, Person } from '../dataset/types';
import { rankOf, rankPeople, termOn } from './rank-people';

const person = (id: string, memberships: [Membership['body'], string][] = []): Person => ({
  id,
  name: id,
  aliases: [],
  positions: [],
  sources: [],
  memberships: memberships.map(([body, term]) => ({ body, term, source: 's' })),
});

describe('termOn', () => {
  it('gives the Party term in effect on a date', () => {
    expect(termOn('2010-05-01')).toBeUndefined();
    expect(termOn('2016-01-27')).toBe('XI');
    expect(termOn('2020-07-17')).toBe('XII');
    expect(termOn('2024-01-01')).toBe('XIII');
    expect(termOn('2026-07-01')).toBe('XIV');
  });
});

describe('rankOf', () => {
  it('reads the highest body of the term of the date', () => {
    const p = person('a', [
      ['Ban Chấp hành Trung ương', 'XII'],
      ['Bộ Chính trị', 'XIII'],
      ['Ban Chấp hành Trung ương', 'XIII'],
    ]);
    expect(rankOf(p, '2020-01-01')).toBe(2);
    expect(rankOf(p, '2022-01-01')).toBe(0);
    // Past their last term: the latest term they sat in.
    expect(rankOf(p, '2026-06-01')).toBe(0);
    // Before their first term: no rank.
    expect(rankOf(p, '2012-01-01')).toBe(4);
    expect(rankOf(person('b'), '2022-01-01')).toBe(4);
    expect(rankOf(undefined, '2022-01-01')).toBe(5);
  });
});

describe('rankPeople', () => {
  it('orders by rank, then mentions, unlinked people last', () => {
    const records = new Map([
      ['pb', person('pb', [['Bộ Chính trị', 'XIII']])],
      ['sec', person('sec', [['Ban Bí thư', 'XIII']])],
      ['cc', person('cc', [['Ban Chấp hành Trung ương', 'XIII']])],
      ['x', person('x')],
      ['y', person('y')],
    ]);
    const ranked = rankPeople(
      [
        { name: 'Unlinked', title: 'Bộ trưởng', mentions: 9, confidence: 0.6 },
        { id: 'x', name: 'x', mentions: 1, confidence: 1 },
        { id: 'y', name: 'y', mentions: 3, confidence: 1 },
        { id: 'cc', name: 'cc', mentions: 5, confidence: 1 },
        { id: 'sec', name: 'sec', mentions: 1, confidence: 1 },
        { id: 'pb', name: 'pb', mentions: 1, confidence: 1 },
      ],
      records,
      '2023-05-05',
    );
    expect(ranked.map((p) => p.name)).toEqual(['pb', 'sec', 'cc', 'y', 'x', 'Unlinked']);
  });
});
