/**
 * A trie over folded syllables: the one-pass multi-pattern matcher of the engine.
 *
 * Every distinct syllable gets a small integer id, so a page is first turned into
 * an array of ids (one hash lookup per token) and the trie is then walked with
 * integer keys only. All edges live in one Map keyed by `node * SYLLABLE_SPACE + syllable`,
 * which keeps the index compact: no per-node objects, no per-pattern regex.
 *
 * The per-page cost is one lookup per token plus a walk as deep as the longest
 * pattern that matches there; the number of patterns does not enter it.
 */

/** Syllable ids and node ids both stay below this, so the edge key fits a double exactly. */
const SYLLABLE_SPACE = 2 ** 24;

export const UNKNOWN_SYLLABLE = -1;

export interface TrieHit<P> {
  /** Index of the first token after the match. */
  end: number;
  payloads: readonly P[];
}

export class PhraseTrie<P> {
  private readonly syllableIds = new Map<string, number>();
  private readonly edges = new Map<number, number>();
  private readonly terminals: (P[] | undefined)[] = [undefined];
  private nodeCount = 1;
  private longest = 0;

  /** Number of syllables of the longest pattern added. */
  get maxDepth(): number {
    return this.longest;
  }

  get size(): { nodes: number; syllables: number } {
    return { nodes: this.nodeCount, syllables: this.syllableIds.size };
  }

  /** Adds a pattern given as its folded syllables. Empty patterns are ignored. */
  add(syllables: readonly string[], payload: P): void {
    if (syllables.length === 0) return;
    let node = 0;
    for (const syllable of syllables) {
      let id = this.syllableIds.get(syllable);
      if (id === undefined) {
        id = this.syllableIds.size;
        this.syllableIds.set(syllable, id);
      }
      const key = node * SYLLABLE_SPACE + id;
      let child = this.edges.get(key);
      if (child === undefined) {
        child = this.nodeCount++;
        this.edges.set(key, child);
        this.terminals.push(undefined);
      }
      node = child;
    }
    const list = this.terminals[node];
    if (list === undefined) this.terminals[node] = [payload];
    else if (!list.includes(payload)) list.push(payload);
    this.longest = Math.max(this.longest, syllables.length);
  }

  /** The id of a folded syllable, or UNKNOWN_SYLLABLE when no pattern contains it. */
  syllableId(syllable: string): number {
    return this.syllableIds.get(syllable) ?? UNKNOWN_SYLLABLE;
  }

  /** Turns a page's folded syllables into ids once, so that walks compare integers. */
  encode(syllables: readonly string[]): Int32Array {
    const ids = new Int32Array(syllables.length);
    for (let i = 0; i < syllables.length; i++) ids[i] = this.syllableId(syllables[i]!);
    return ids;
  }

  /**
   * Every pattern that starts at token `start`, shortest first.
   * `canContinue(i)` may stop a walk before token i (e.g. at a sentence boundary).
   */
  matchesAt(
    ids: Int32Array,
    start: number,
    canContinue?: (index: number) => boolean,
  ): TrieHit<P>[] {
    const hits: TrieHit<P>[] = [];
    let node = 0;
    for (let i = start; i < ids.length; i++) {
      const id = ids[i]!;
      if (id === UNKNOWN_SYLLABLE) break;
      if (i > start && canContinue && !canContinue(i)) break;
      const child = this.edges.get(node * SYLLABLE_SPACE + id);
      if (child === undefined) break;
      node = child;
      const payloads = this.terminals[node];
      if (payloads !== undefined) hits.push({ end: i + 1, payloads });
    }
    return hits;
  }

  /** The longest pattern starting at token `start`, if any. */
  longestAt(
    ids: Int32Array,
    start: number,
    canContinue?: (index: number) => boolean,
  ): TrieHit<P> | undefined {
    const hits = this.matchesAt(ids, start, canContinue);
    return hits[hits.length - 1];
  }
}
