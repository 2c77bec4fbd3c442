/**
 * Who held a post on a date: the check behind "Thủ tướng", "Tổng Bí thư" or
 * "Trưởng Ban Kinh tế Trung ương" read on a page. Posts are compared by their parsed title and
 * body (see data/build/positions.ts), folded, so spelling variants agree; a body on the page
 * matches a longer body in the dataset that starts with it ("Ban Kinh tế Trung ương" and
 * "Ban Kinh tế Trung ương Đảng Cộng sản Việt Nam").
 */
import { isInForce } from '../date/partial-date';
import type { Person, Position } from '../dataset/types';
import { foldPhrase } from '../text/fold-text';

export interface Holder {
  id: string;
  name: string;
  position: Position;
}

export function whoHeld(
  people: Iterable<Pick<Person, 'id' | 'name' | 'positions'>>,
  post: { title: string; body?: string },
  day: string,
): Holder[] {
  const title = foldPhrase(post.title);
  const body = post.body === undefined ? undefined : foldPhrase(post.body);
  const holders: Holder[] = [];
  for (const person of people) {
    const position = person.positions.find(
      (p) =>
        p.title !== undefined &&
        foldPhrase(p.title) === title &&
        (body === undefined || (p.body !== undefined && foldPhrase(p.body).startsWith(body))) &&
        isInForce(p, day),
    );
    if (position) holders.push({ id: person.id, name: person.name, position });
  }
  return holders;
}
