/**
 * Search across the whole dataset, by name and other spellings, with MiniSearch over the
 * keys of ./search-key.ts: diacritics, tone placement and case are ignored, the last word may
 * be a prefix ("pham binh m") and a long word may have one typo.
 *
 * The entries carry their names already folded (the background folds them once per dataset),
 * so building the index in the popup only tokenises: folding 1,879 names is the costly half.
 */
import MiniSearch from 'minisearch';
import { searchKey } from './search-key';

/** What the popup needs of a person to search and list them. */
export interface SearchEntry {
  id: string;
  name: string;
  aliases: string[];
  /** The current post (or the latest one), as the source wrote it. */
  post?: string;
  birth?: string;
  /** `searchKey(name)` */
  nameKey: string;
  /** `searchKey` of the aliases, space-separated. */
  aliasKey: string;
}

export interface PeopleIndex {
  search(query: string, limit?: number): SearchEntry[];
  readonly size: number;
}

export function buildPeopleIndex(entries: readonly SearchEntry[]): PeopleIndex {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const index = new MiniSearch<SearchEntry>({
    idField: 'id',
    fields: ['nameKey', 'aliasKey'],
    // The fields are keys already; queries are folded in `searchOptions.processTerm`.
    processTerm: (term) => term,
    searchOptions: {
      processTerm: (term) => searchKey(term) || null,
      boost: { nameKey: 2 },
      combineWith: 'AND',
      prefix: (_term, i, terms) => i === terms.length - 1,
      fuzzy: (term) => (term.length >= 5 ? 1 : false),
    },
  });
  index.addAll(entries);
  return {
    size: entries.length,
    search(query, limit = 20) {
      const exact = searchKey(query).replace(/\s+/g, ' ').trim();
      if (!exact) return [];
      return index
        .search(query)
        .map((r) => {
          const entry = byId.get(String(r.id))!;
          // A whole-name match first ("Tô Lâm" before "Tô Lâm Hải").
          return { entry, score: r.score + (entry.nameKey === exact ? 1_000 : 0) };
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map((r) => r.entry);
    },
  };
}
