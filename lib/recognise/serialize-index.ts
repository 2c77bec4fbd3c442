/**
 * The recogniser's index as plain JSON. The background builds the index once (folding every
 * lexicon phrase and name) and sends it to each page in this form; the content script only
 * turns arrays back into typed arrays, which keeps starting the matcher on a page cheap.
 * Plain JSON because Chrome's runtime messaging serialises messages as JSON.
 */
import { PhraseTrie, type TrieTables } from '../match/phrase-trie';
import { SyllableTable } from '../match/syllable-table';
import type { LexItem, NamedPerson, RecogniserIndex } from './build-index';

export interface SerializedIndex {
  format: 1;
  syllables: string[];
  /** Distinct lexicon items; the lexicon tries' payloads are indexes into it. */
  items: LexItem[];
  lexicon: TrieTables<number>;
  context: TrieTables<number>;
  names: TrieTables<string>;
  asciiNames: TrieTables<string>;
  /** People without aliases (not needed once the tries exist); posts only where kept. */
  people: NamedPerson[];
  surnames: string[];
  startFlags: number[];
}

export function serializeIndex(index: RecogniserIndex): SerializedIndex {
  const items: LexItem[] = [];
  const itemIds = new Map<LexItem, number>();
  const encodeItem = (item: LexItem): number => {
    let id = itemIds.get(item);
    if (id === undefined) {
      id = items.length;
      items.push(item);
      itemIds.set(item, id);
    }
    return id;
  };
  const same = (id: string): string => id;
  return {
    format: 1,
    syllables: index.syllables.toArray(),
    lexicon: index.lexicon.exportTables(encodeItem),
    context: index.context.exportTables(encodeItem),
    items,
    names: index.names.exportTables(same),
    asciiNames: index.asciiNames.exportTables(same),
    people: [...index.people.values()].map(({ id, name, posts }) => ({
      id,
      name,
      aliases: [],
      ...(posts ? { posts } : {}),
    })),
    surnames: [...index.surnames],
    startFlags: Array.from(index.startFlags),
  };
}

export function deserializeIndex(data: SerializedIndex): RecogniserIndex {
  if (data.format !== 1) throw new Error(`unknown recogniser index format ${String(data.format)}`);
  const syllables = SyllableTable.from(data.syllables);
  const item = (id: number): LexItem => data.items[id]!;
  const same = (id: string): string => id;
  return {
    syllables,
    lexicon: PhraseTrie.fromTables(data.lexicon, syllables, item),
    context: PhraseTrie.fromTables(data.context, syllables, item),
    names: PhraseTrie.fromTables(data.names, syllables, same),
    asciiNames: PhraseTrie.fromTables(data.asciiNames, syllables, same),
    people: new Map(data.people.map((p) => [p.id, p])),
    surnames: new Set(data.surnames),
    startFlags: Uint8Array.from(data.startFlags),
  };
}
