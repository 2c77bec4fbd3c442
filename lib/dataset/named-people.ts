import { foldPhrase } from '../text/fold-text';
import type { NamedPerson } from '../recognise/build-index';
import type { Dataset } from './types';

/**
 * The people as the recogniser needs them. With `posts: 'homonyms'` only people who share a
 * name with someone else carry their posts (all the recogniser needs to tell them apart),
 * which keeps what the background sends to each page small.
 */
export function namedPeopleOf(
  dataset: Pick<Dataset, 'people'>,
  posts: 'all' | 'homonyms' = 'all',
): NamedPerson[] {
  const count = new Map<string, number>();
  const keysOf = (p: Dataset['people'][number]): string[] => [
    ...new Set([p.name, ...p.aliases].map(foldPhrase)),
  ];
  if (posts === 'homonyms') {
    for (const person of dataset.people) {
      for (const key of keysOf(person)) count.set(key, (count.get(key) ?? 0) + 1);
    }
  }
  return dataset.people.map((person) => {
    const shared = posts === 'all' || keysOf(person).some((k) => (count.get(k) ?? 0) > 1);
    return {
      id: person.id,
      name: person.name,
      aliases: person.aliases,
      ...(shared
        ? {
            posts: person.positions.map(({ raw, title, body, start, end, current }) => ({
              raw,
              ...(title ? { title } : {}),
              ...(body ? { body } : {}),
              ...(start ? { start } : {}),
              ...(end ? { end } : {}),
              ...(current ? { current } : {}),
            })),
          }
        : {}),
    };
  });
}
