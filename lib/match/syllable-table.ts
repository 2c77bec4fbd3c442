/**
 * Small integer ids for folded syllables, shared by every trie of one index so that a page's
 * tokens are looked up once (one hash lookup per token) whatever the number of tries.
 */
export const UNKNOWN_SYLLABLE = -1;

export class SyllableTable {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  /** The id of a syllable, adding it when new. */
  intern(syllable: string): number {
    let id = this.ids.get(syllable);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(syllable, id);
    }
    return id;
  }

  /** Every syllable, by id: what `SyllableTable.from` rebuilds the table from. */
  toArray(): string[] {
    return [...this.ids.keys()];
  }

  static from(syllables: readonly string[]): SyllableTable {
    const table = new SyllableTable();
    for (const syllable of syllables) table.intern(syllable);
    return table;
  }

  /** The id of a syllable, or UNKNOWN_SYLLABLE when no pattern contains it. */
  idOf(syllable: string): number {
    return this.ids.get(syllable) ?? UNKNOWN_SYLLABLE;
  }
}
