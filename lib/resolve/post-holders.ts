/**
 * Who held a post on a date, for the title and body cards: by title head and body through
 * lib/resolve/who-held.ts, or by the body alone (everyone holding a post in it that day).
 */
import { isInForce } from '../date/partial-date';
import type { Person, Position } from '../dataset/types';
import { officeKey } from './post-at-date';
import { whoHeld } from './who-held';

/** Who held a post on a date (at most `limit`), and how many did in all. */
export interface HeldBy {
  holders: { id: string; name: string; raw: string; start?: string; end?: string }[];
  total: number;
}

type Holder = HeldBy['holders'][number];

const startsWithWord = (s: string, prefix: string) => s === prefix || s.startsWith(`${prefix} `);

function holder(person: Pick<Person, 'id' | 'name'>, position: Position): Holder {
  return {
    id: person.id,
    name: person.name,
    raw: position.raw,
    ...(position.start ? { start: position.start } : {}),
    ...(position.end ? { end: position.end } : {}),
  };
}

/**
 * Holders of a title (and body) on a date. With a body: lib/resolve/who-held.ts (title head
 * and body compared). A title with no body may name one whole ("Bộ trưởng Bộ Ngoại giao" is
 * one lexicon title): it then matches a post whose title and body, or source text, begin
 * with it ("Phó Thủ tướng" matches "Phó Thủ tướng Chính phủ").
 */
function holdersOf(
  people: readonly Pick<Person, 'id' | 'name' | 'positions'>[],
  title: string,
  body: string | undefined,
  date: string,
): Holder[] {
  if (body !== undefined) {
    return whoHeld(people, { title, body }, date).map(({ id, name, position }) =>
      holder({ id, name }, position),
    );
  }
  const key = officeKey(title);
  const found: Holder[] = [];
  for (const person of people) {
    const position = person.positions.find(
      (p) =>
        p.title !== undefined &&
        isInForce(p, date) &&
        (officeKey(p.title) === key ||
          startsWithWord(officeKey(`${p.title} ${p.body ?? ''}`), key) ||
          startsWithWord(officeKey(p.raw), key)),
    );
    if (position) found.push(holder(person, position));
  }
  return found;
}

export function postHolders(
  people: readonly Pick<Person, 'id' | 'name' | 'positions'>[],
  query: { title?: string; body?: string; date: string; limit?: number },
): HeldBy {
  const { title, body, date, limit = 5 } = query;
  let found: Holder[];
  if (title !== undefined) {
    found = holdersOf(people, title, body, date);
  } else if (body !== undefined) {
    const key = officeKey(body);
    found = [];
    for (const person of people) {
      const position = person.positions.find(
        (p) => p.body !== undefined && officeKey(p.body).startsWith(key) && isInForce(p, date),
      );
      if (position) found.push(holder(person, position));
    }
  } else {
    found = [];
  }
  if (title === undefined) {
    // A body's heads before its deputies and members.
    const deputy = (h: Holder) =>
      /^(phó|thứ trưởng|ủy viên|uỷ viên|thành viên)/iu.test(h.raw) ? 1 : 0;
    found = found
      .map((h, k) => ({ h, k }))
      .sort((a, b) => deputy(a.h) - deputy(b.h) || a.k - b.k)
      .map(({ h }) => h);
  }
  return { holders: found.slice(0, limit), total: found.length };
}
