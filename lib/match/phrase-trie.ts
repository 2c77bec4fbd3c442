/**
 * A trie over folded syllables: the one-pass multi-pattern matcher of the engine.
 *
 * Every distinct syllable has a small integer id (SyllableTable, shared by the index's tries),
 * so a page is first turned into an array of ids, one hash lookup per token, and the trie is
 * walked with integers only. Patterns are added, then the trie is frozen into flat typed
 * arrays (children of a node are a sorted run of (syllable, child) pairs; the root's children
 * are a direct table), which keeps 20,000 names in a few megabytes and walks cheap.
 *
 * The per-page cost is one lookup per token plus a walk as deep as the longest pattern that
 * matches there; the number of patterns does not enter it.
 */
import { SyllableTable, UNKNOWN_SYLLABLE } from './syllable-table';

export { UNKNOWN_SYLLABLE };

export interface TrieHit<P> {
  /** Index of the first token after the match. */
  end: number;
  payloads: readonly P[];
}

// Shared, never written: returned when a walk finds nothing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const NO_HITS: TrieHit<any>[] = [];

interface Frozen {
  /** rootChild[syllable] = child node of the root, or 0 when none. */
  rootChild: Int32Array;
  /** Children of node n are edges childStart[n] .. childStart[n + 1] - 1, sorted by syllable. */
  childStart: Int32Array;
  edgeSyllable: Int32Array;
  edgeChild: Int32Array;
}

/** A frozen trie as plain JSON (arrays of numbers), with its payloads encoded by the caller. */
export interface TrieTables<Q> {
  rootChild: number[];
  childStart: number[];
  edgeSyllable: number[];
  edgeChild: number[];
  /** Terminal nodes, ascending, and the encoded payloads of each. */
  terminalNodes: number[];
  terminalPayloads: Q[][];
  longest: number;
}

export class PhraseTrie<P> {
  /** While building: children of each node by syllable id. Dropped by freeze(). */
  private building: Map<number, number>[] | undefined = [new Map()];
  private frozen: Frozen | undefined;
  private terminals: (P[] | undefined)[] = [undefined];
  private longest = 0;

  /** `syllables` may be shared with other tries, so that a page is encoded once for all. */
  constructor(readonly syllables: SyllableTable = new SyllableTable()) {}

  /** Number of syllables of the longest pattern added. */
  get maxDepth(): number {
    return this.longest;
  }

  get nodeCount(): number {
    return this.terminals.length;
  }

  /** Adds a pattern given as its folded syllables. Empty patterns are ignored. */
  add(syllables: readonly string[], payload: P): void {
    const building = this.building;
    if (!building) throw new Error('PhraseTrie: add() after freeze()');
    if (syllables.length === 0) return;
    let node = 0;
    for (const syllable of syllables) {
      const id = this.syllables.intern(syllable);
      const children = building[node]!;
      let child = children.get(id);
      if (child === undefined) {
        child = building.length;
        children.set(id, child);
        building.push(new Map());
        this.terminals.push(undefined);
      }
      node = child;
    }
    const list = this.terminals[node];
    if (list === undefined) this.terminals[node] = [payload];
    else if (!list.includes(payload)) list.push(payload);
    this.longest = Math.max(this.longest, syllables.length);
  }

  /** Packs the trie into typed arrays; no pattern can be added afterwards. */
  freeze(): void {
    const building = this.building;
    if (!building) return;
    const nodes = building.length;
    const rootChild = new Int32Array(this.syllables.size);
    for (const [syllable, child] of building[0]!) rootChild[syllable] = child;
    const childStart = new Int32Array(nodes + 1);
    let edges = 0;
    for (let n = 0; n < nodes; n++) {
      childStart[n] = edges;
      if (n > 0) edges += building[n]!.size;
    }
    childStart[nodes] = edges;
    const edgeSyllable = new Int32Array(edges);
    const edgeChild = new Int32Array(edges);
    for (let n = 1; n < nodes; n++) {
      const sorted = [...building[n]!].sort((a, b) => a[0] - b[0]);
      let at = childStart[n]!;
      for (const [syllable, child] of sorted) {
        edgeSyllable[at] = syllable;
        edgeChild[at++] = child;
      }
    }
    this.frozen = { rootChild, childStart, edgeSyllable, edgeChild };
    this.building = undefined;
  }

  /**
   * The frozen trie as plain JSON, so that one context can build it and another (a content
   * script, on every page) rebuild it in a few milliseconds without folding any text.
   */
  exportTables<Q>(encode: (payload: P) => Q): TrieTables<Q> {
    const { rootChild, childStart, edgeSyllable, edgeChild } = this.tables();
    const terminalNodes: number[] = [];
    const terminalPayloads: Q[][] = [];
    this.terminals.forEach((payloads, node) => {
      if (!payloads) return;
      terminalNodes.push(node);
      terminalPayloads.push(payloads.map(encode));
    });
    return {
      rootChild: Array.from(rootChild),
      childStart: Array.from(childStart),
      edgeSyllable: Array.from(edgeSyllable),
      edgeChild: Array.from(edgeChild),
      terminalNodes,
      terminalPayloads,
      longest: this.longest,
    };
  }

  static fromTables<P, Q>(
    tables: TrieTables<Q>,
    syllables: SyllableTable,
    decode: (encoded: Q) => P,
  ): PhraseTrie<P> {
    const trie = new PhraseTrie<P>(syllables);
    trie.building = undefined;
    trie.frozen = {
      rootChild: Int32Array.from(tables.rootChild),
      childStart: Int32Array.from(tables.childStart),
      edgeSyllable: Int32Array.from(tables.edgeSyllable),
      edgeChild: Int32Array.from(tables.edgeChild),
    };
    const terminals = new Array<P[] | undefined>(tables.childStart.length - 1).fill(undefined);
    tables.terminalNodes.forEach((node, k) => {
      terminals[node] = tables.terminalPayloads[k]!.map(decode);
    });
    trie.terminals = terminals;
    trie.longest = tables.longest;
    return trie;
  }

  private tables(): Frozen {
    if (!this.frozen) this.freeze();
    return this.frozen!;
  }

  /** Whether some pattern starts with this syllable id: lets a reader skip most tokens. */
  canStart(id: number): boolean {
    const { rootChild } = this.tables();
    return id >= 0 && id < rootChild.length && rootChild[id] !== 0;
  }

  private child(tables: Frozen, node: number, id: number): number {
    if (node === 0) return id < tables.rootChild.length ? tables.rootChild[id]! : 0;
    const { childStart, edgeSyllable, edgeChild } = tables;
    let lo = childStart[node]!;
    let hi = childStart[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = edgeSyllable[mid]!;
      if (s === id) return edgeChild[mid]!;
      if (s < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /**
   * Every pattern that starts at token `start`, shortest first.
   * `canContinue(i)` may stop a walk before token i (e.g. at a sentence boundary).
   */
  matchesAt(
    ids: Int32Array,
    start: number,
    canContinue?: (index: number) => boolean,
  ): readonly TrieHit<P>[] {
    const tables = this.tables();
    let hits: TrieHit<P>[] = NO_HITS; // most walks find nothing: allocate on the first hit
    let node = 0;
    for (let i = start; i < ids.length; i++) {
      const id = ids[i]!;
      if (id === UNKNOWN_SYLLABLE) break;
      if (i > start && canContinue && !canContinue(i)) break;
      node = this.child(tables, node, id);
      if (node === 0) break;
      const payloads = this.terminals[node];
      if (payloads === undefined) continue;
      if (hits === NO_HITS) hits = [];
      hits.push({ end: i + 1, payloads });
    }
    return hits;
  }

  /**
   * How many tokens from `start` (at most `max`) follow one path of the trie: 2 means the two
   * tokens begin some pattern ("Ngân hàng" of "Ngân hàng Nhà nước"), whether or not one ends.
   */
  prefixLength(ids: Int32Array, start: number, max: number): number {
    const tables = this.tables();
    let node = 0;
    let i = start;
    for (; i < ids.length && i - start < max; i++) {
      const id = ids[i]!;
      if (id === UNKNOWN_SYLLABLE) break;
      node = this.child(tables, node, id);
      if (node === 0) break;
    }
    return i - start;
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
