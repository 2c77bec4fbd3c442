import { describe, expect, it } from 'vitest';
import type { Person } from '../dataset/types';
import { postHolders } from './post-holders';

const person = (
  id: string,
  raw: string,
  title: string,
  body: string,
  start: string,
  end?: string,
): Person => ({
  id,
  name: id,
  aliases: [],
  positions: [
    { raw, title, body, start, ...(end ? { end } : { current: true }), source: 'viwiki:1' },
  ],
  sources: ['viwiki:1'],
});

const PEOPLE = [
  person('a', 'Bộ trưởng Bộ Ngoại giao', 'Bộ trưởng', 'Bộ Ngoại giao', '2011', '2021-04-07'),
  person('b', 'Bộ trưởng Bộ Ngoại giao', 'Bộ trưởng', 'Bộ Ngoại giao', '2021-04-08'),
  person('c', 'Thứ trưởng Bộ Ngoại giao', 'Thứ trưởng', 'Bộ Ngoại giao', '2015'),
];

describe('postHolders', () => {
  it('finds who held a title in a body on the date', () => {
    const held = postHolders(PEOPLE, {
      title: 'Bộ trưởng',
      body: 'Bộ Ngoại giao',
      date: '2020-07-17',
    });
    expect(held.holders.map((h) => h.id)).toEqual(['a']);
    expect(held.total).toBe(1);
  });

  it('finds everyone holding a post in a body when no title is given, up to the limit', () => {
    const held = postHolders(PEOPLE, { body: 'Bộ Ngoại giao', date: '2022-01-01', limit: 1 });
    expect(held.holders.map((h) => h.id)).toEqual(['b']);
    // Heads first, though the deputy comes first in the dataset.
    expect(
      postHolders([PEOPLE[2]!, PEOPLE[1]!], {
        body: 'Bộ Ngoại giao',
        date: '2022-01-01',
      }).holders.map((h) => h.id),
    ).toEqual(['b', 'c']);
    expect(held.total).toBe(2);
  });
});

describe('postHolders with a whole title', () => {
  it('matches a post whose title and body begin with it', () => {
    const held = postHolders(PEOPLE, { title: 'Bộ trưởng Bộ Ngoại giao', date: '2020-07-17' });
    expect(held.holders.map((h) => h.id)).toEqual(['a']);
  });

  it('does not take a deputy for the head', () => {
    const held = postHolders(PEOPLE, { title: 'Bộ trưởng', date: '2016-01-01' });
    expect(held.holders.map((h) => h.id)).toEqual(['a']);
  });
});
