/**
 * Who held a post on a date, for the title and body cards: by title head and body through
 * lib/resolve/who-held.ts, or by the body alone (everyone holding a post in it that day).
 */
import { isInForce } from '../lib/date/partial-date';
import type { Person } from '../lib/dataset/types';
import { whoHeld } from '../lib/resolve/who-held';
import { foldPhrase } from '../lib/text/fold-text';
import type { HeldBy } from './messages';

export function postHolders(
  people: readonly Pick<Person, 'id' | 'name' | 'positions'>[],
  query: { title?: string; body?: string; date: string; limit?: number },
): HeldBy {
  const { title, body, date, limit = 5 } = query;
  let found: { id: string; name: string; raw: string; start?: string; end?: string }[];
  if (title !== undefined) {
    found = whoHeld(people, { title, body }, date).map(({ id, name, position }) => ({
      id,
      name,
      raw: position.raw,
      ...(position.start ? { start: position.start } : {}),
      ...(position.end ? { end: position.end } : {}),
    }));
  } else if (body !== undefined) {
    const key = foldPhrase(body);
    found = [];
    for (const person of people) {
      const position = person.positions.find(
        (p) => p.body !== undefined && foldPhrase(p.body).startsWith(key) && isInForce(p, date),
      );
      if (position) {
        found.push({
          id: person.id,
          name: person.name,
          raw: position.raw,
          ...(position.start ? { start: position.start } : {}),
          ...(position.end ? { end: position.end } : {}),
        });
      }
    }
  } else {
    found = [];
  }
  return { holders: found.slice(0, limit), total: found.length };
}
