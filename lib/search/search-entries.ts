import type { Person, Position } from '../dataset/types';
import type { SearchEntry } from './people-index';
import { searchKey } from './search-key';

/** Party rank and seats in an assembly: true, but not the post that says who someone is. */
const NOT_A_POST =
  /^(Ủy viên|Uỷ viên) (Bộ Chính trị|Ban Bí thư|Trung ương|Ban Chấp hành|dự khuyết)|^Bí thư Trung ương Đảng|^Đại biểu/u;

/**
 * The post to show beside a name in search results: a current post (one the lexicon could
 * read a title in first, Party rank and assembly seats last), else the latest begun.
 */
export function currentPost(person: Person): string | undefined {
  const weight = (p: Position) =>
    (NOT_A_POST.test((p.title ?? p.raw).normalize('NFC')) ? 2 : 0) + (p.title ? 0 : 1);
  const current = person.positions
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.current)
    .sort((a, b) => weight(a.p) - weight(b.p) || a.i - b.i)[0]?.p;
  if (current) return current.raw;
  const latest = [...person.positions].sort((a, b) =>
    (b.start ?? '').localeCompare(a.start ?? ''),
  )[0];
  return latest?.raw;
}

/** The compact list the popup builds its search index from (~1/10 of the dataset's size). */
export function searchEntriesOf(people: readonly Person[]): SearchEntry[] {
  return people.map((p) => {
    const post = currentPost(p);
    return {
      id: p.id,
      name: p.name,
      aliases: p.aliases,
      ...(post ? { post } : {}),
      ...(p.birth ? { birth: p.birth } : {}),
      nameKey: searchKey(p.name),
      aliasKey: p.aliases.map(searchKey).join(' '),
    };
  });
}
