import type { Person } from '../dataset/types';
import type { SearchEntry } from './people-index';
import { searchKey } from './search-key';

/** The post to show beside a name in search results: a current one, else the latest begun. */
export function currentPost(person: Person): string | undefined {
  const current = person.positions.find((p) => p.current);
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
