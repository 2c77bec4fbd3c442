/**
 * Reads titles compositionally (VIETNAMESE.md §2): pre-modifiers, a title or title head,
 * post-modifiers, an optional body, the place a local body governs, and a term
 * ("nguyên Phó Trưởng ban Thường trực Ban Kinh tế Trung ương khóa XII").
 * Every head length is tried against every body after it, so "Trưởng Ban" never swallows
 * the "Ban" of "Ban Kinh tế Trung ương".
 */
import { CONTEXT_ROLES, roles, type LexItem, type RecogniserIndex } from './build-index';
import { Gap, isAllCapsAt, isUpperAt, type ScannedText } from './scan-tokens';

export interface TitleParse {
  start: number;
  end: number;
  /** The title or head item ("Bộ trưởng", "Ủy viên Bộ Chính trị", "Thiếu tướng"). */
  head: LexItem;
  /** Token after the head (and its post-modifier). */
  headEnd: number;
  postModifier?: string;
  body?: LexItem;
  /** Token range of the place after a local body, if any. */
  place?: { start: number; end: number };
  modifiers: string[];
}

export interface BodyParse {
  start: number;
  end: number;
  body: LexItem;
  place?: { start: number; end: number };
}

const ROMAN = /^[ivxl]+$/;
interface Hit {
  end: number;
  item: LexItem;
}

const NO_HITS: Hit[] = [];

function lastWith(hits: readonly Hit[], mask: number): Hit | undefined {
  for (let k = hits.length - 1; k >= 0; k--) if (hits[k]!.item.bit & mask) return hits[k];
  return undefined;
}

const PLACE = roles('place');
const PLACE_PREFIX = roles('place-prefix');
const TERM = roles('term');
const BODY = roles('body');
const PRE_MODIFIER = roles('pre-modifier');
const POST_MODIFIER = roles('post-modifier');
const TITLE_HEAD_RANK = roles('title', 'head', 'rank');
const DANG = 'đang3';
const PROVINCE_UNITS = new Set(['tỉnh', 'thành phố', 'TP', 'TP.']);

export class TitleParser {
  /**
   * Walk results by token, computed once: slot[i] is 0 before the first walk, 1 when the walk
   * found nothing, k + 2 for lists[k]. Typed arrays start zeroed, so a page pays nothing for
   * the tokens no one asks about.
   */
  private readonly mainSlot: Int32Array;
  private readonly contextSlot: Int32Array;
  private readonly lists: (readonly Hit[])[] = [];

  constructor(
    private readonly index: RecogniserIndex,
    private readonly scanned: ScannedText,
  ) {
    this.mainSlot = new Int32Array(scanned.count);
    this.contextSlot = new Int32Array(scanned.count);
  }

  private readonly continueLex = (i: number): boolean => this.scanned.gaps[i] !== Gap.Hard;

  /** Lexicon hits at token i whose item has one of the roles, shortest first. */
  /** Lexicon hits at token i whose role is in `mask` (see `roles`), shortest first. */
  hits(i: number, mask: number): readonly Hit[] {
    const out: Hit[] = [];
    if (mask & ~CONTEXT_ROLES)
      for (const hit of this.mainHits(i)) if (hit.item.bit & mask) out.push(hit);
    if (mask & CONTEXT_ROLES) {
      for (const hit of this.contextHits(i)) if (hit.item.bit & mask) out.push(hit);
      out.sort((a, b) => a.end - b.end);
    }
    return out;
  }

  /** Whether any lexicon hit at token i has a role in `mask`. */
  has(i: number, mask: number): boolean {
    return this.longest(i, mask) !== undefined;
  }

  longest(i: number, mask: number): Hit | undefined {
    let best: Hit | undefined;
    if (mask & ~CONTEXT_ROLES) best = lastWith(this.mainHits(i), mask);
    if (mask & CONTEXT_ROLES) {
      const other = lastWith(this.contextHits(i), mask);
      if (other && (!best || other.end > best.end)) best = other;
    }
    return best;
  }

  /** Whether a context phrase with a role in `mask` ends right before token i ("đường" Lê Lợi). */
  endsAt(i: number, mask: number): boolean {
    if (i === 0 || this.scanned.gaps[i] !== Gap.Space) return false;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      for (const hit of this.contextHits(k)) if (hit.end === i && hit.item.bit & mask) return true;
    }
    return false;
  }

  /** Whether a title, head, body or modifier starts at token i (cheap: no walk). */
  startsPhrase(i: number): boolean {
    const id = this.scanned.ids[i];
    return id !== undefined && this.index.lexicon.canStart(id);
  }

  /** Whether a title, head, body or modifier starts and ends at token i or later. */
  completesPhrase(i: number): boolean {
    return this.startsPhrase(i) && this.mainHits(i).length > 0;
  }

  private mainHits(i: number): readonly Hit[] {
    return this.cached(this.mainSlot, this.index.lexicon, i);
  }

  private contextHits(i: number): readonly Hit[] {
    return this.cached(this.contextSlot, this.index.context, i);
  }

  private cached(slots: Int32Array, trie: RecogniserIndex['lexicon'], i: number): readonly Hit[] {
    if (i >= slots.length) return NO_HITS;
    const slot = slots[i]!;
    if (slot === 1) return NO_HITS;
    if (slot > 1) return this.lists[slot - 2]!;
    const hits = this.walk(trie, i);
    if (hits.length === 0) slots[i] = 1;
    else {
      slots[i] = this.lists.length + 2;
      this.lists.push(hits);
    }
    return hits;
  }

  /** Every hit of one trie at token i. */
  private walk(trie: RecogniserIndex['lexicon'], i: number): readonly Hit[] {
    const { ids } = this.scanned;
    if (i >= this.scanned.count || !trie.canStart(ids[i]!)) return NO_HITS;
    let out: Hit[] = NO_HITS;
    for (const hit of trie.matchesAt(ids, i, this.continueLex)) {
      for (const item of hit.payloads) {
        if (item.abbreviation && !this.allCaps(i, hit.end)) continue;
        if (out === NO_HITS) out = [];
        out.push({ end: hit.end, item });
      }
    }
    return out;
  }

  private allCaps(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!isAllCapsAt(this.scanned, k)) return false;
    return true;
  }

  private isUpper(i: number): boolean {
    return isUpperAt(this.scanned, i);
  }

  /** Capitalised tokens joined by spaces from i, at most `max`. */
  private capitalRun(i: number, max: number): number {
    let k = i;
    while (k < this.scanned.count && k - i < max && this.isUpper(k)) {
      if (k > i && this.scanned.gaps[k] !== Gap.Space) break;
      k++;
    }
    return k - i;
  }

  /**
   * The place after a local body: "tỉnh Quảng Ninh", "TP Hà Nội", "Quảng Ninh",
   * "xã Tân Lập". Returns the end token, or -1. Unknown place names after an explicit
   * prefix take two syllables unless a surname shows a person's name starting earlier.
   */
  parsePlace(j: number): number {
    const { gaps } = this.scanned;
    if (j >= this.scanned.count || gaps[j] === Gap.Hard || gaps[j] === Gap.Comma) return -1;
    const known = this.longest(j, PLACE);
    const prefix = this.longest(j, PLACE_PREFIX);
    if (known && (!prefix || known.end > prefix.end)) return known.end;
    if (!prefix) return -1;
    const p = prefix.end;
    if (p >= this.scanned.count || gaps[p] === Gap.Hard || gaps[p] === Gap.Comma) return -1;
    const afterPrefix = this.longest(p, PLACE);
    if (afterPrefix) return afterPrefix.end;
    const run = this.capitalRun(p, 6);
    if (run === 0) return -1;
    // "Chủ tịch UBND tỉnh Lê Ánh Dương": every province is known, so three or four
    // capitalised syllables from a surname after "tỉnh" or "TP" are the person, not the place.
    if ((run === 3 || run === 4) && PROVINCE_UNITS.has(prefix.item.vi)) {
      if (this.index.surnames.has(this.scanned.keys[p]!)) return -1;
    }
    if (run <= 2) return p + run;
    // "xã Tân Lập Nguyễn Văn A": the place ends where a surname starts a 2+ syllable name.
    for (const len of [2, 1, 3]) {
      const rest = run - len;
      if (rest >= 2 && this.index.surnames.has(this.scanned.keys[p + len]!)) return p + len;
    }
    return p + Math.min(run, 2);
  }

  /** "khóa XIII", "khoá XII, XIII", "nhiệm kỳ 2021-2026" after a title. */
  private parseTerm(j: number): number {
    const { gaps } = this.scanned;
    const term = this.longest(j, TERM);
    if (!term || gaps[j] === Gap.Hard || gaps[j] === Gap.Comma) return j;
    let k = term.end;
    let found = false;
    while (k < this.scanned.count && gaps[k] !== Gap.Hard) {
      const key = this.scanned.keys[k]!;
      if (!(ROMAN.test(key) || /^\d+$/.test(key))) break;
      found = true;
      k++;
    }
    return found ? k : j;
  }

  /** A body at j, with the place of a local body and a trailing "Đảng" ("... Trung ương Đảng"). */
  parseBodyAt(j: number, standaloneOnly: boolean): BodyParse | undefined {
    if (!this.has(j, BODY)) return undefined;
    const { gaps } = this.scanned;
    let best: BodyParse | undefined;
    for (const hit of this.hits(j, BODY)) {
      let end = hit.end;
      let place: BodyParse['place'];
      if (hit.item.local) {
        const placeEnd = this.parsePlace(end);
        if (placeEnd > 0) {
          place = { start: end, end: placeEnd };
          end = placeEnd;
        } else if (standaloneOnly) continue;
      } else if (hit.item.generic && standaloneOnly) continue;
      if (
        end < this.scanned.count &&
        this.scanned.keys[end] === DANG &&
        gaps[end] === Gap.Space &&
        hit.item.central
      ) {
        end++;
      }
      if (!best || end >= best.end) best = { start: j, end, body: hit.item, place };
    }
    return best;
  }

  /**
   * The longest title starting at token i, or undefined. Runs on every token that starts a
   * title, head, rank or modifier, so it allocates only for the parse it returns.
   */
  parseTitleAt(i: number): TitleParse | undefined {
    if (!this.has(i, TITLE_HEAD_RANK | PRE_MODIFIER)) return undefined;
    const { gaps } = this.scanned;
    const n = this.scanned.count;
    let modifiers: string[] | undefined;
    let j = i;
    for (let guard = 0; guard < 2; guard++) {
      const mod = this.longest(j, PRE_MODIFIER);
      if (!mod || (j > i && gaps[j] !== Gap.Space)) break;
      (modifiers ??= []).push(mod.item.vi);
      j = mod.end;
    }
    if (j > i && (j >= n || gaps[j] !== Gap.Space)) return undefined;

    // The best parse so far, kept in locals. Same span: the longer lexicon title wins
    // ("Ủy viên Bộ Chính trị" over "Ủy viên" + "Bộ Chính trị"), as it carries the English.
    let end = -1;
    let headEnd = -1;
    let head: LexItem | undefined;
    let postModifier: string | undefined;
    let body: BodyParse | undefined;
    let placeEnd = -1;
    const all = this.mainHits(j);
    for (let h = 0; h < all.length; h++) {
      const hit = all[h]!;
      if ((hit.item.bit & TITLE_HEAD_RANK) === 0) continue;
      const post = gaps[hit.end] === Gap.Space ? this.longest(hit.end, POST_MODIFIER) : undefined;
      for (let pass = 0; pass < (post ? 2 : 1); pass++) {
        const at = pass === 0 ? hit.end : post!.end;
        const beats = (candidateEnd: number): boolean =>
          candidateEnd > end || (candidateEnd === end && at > headEnd);
        const afterGap = at < n ? gaps[at]! : Gap.Hard;
        if (afterGap !== Gap.Hard && afterGap !== Gap.Comma) {
          const b = this.parseBodyAt(at, false);
          if (b && beats(b.end)) {
            [end, headEnd, head, body, placeEnd] = [b.end, at, hit.item, b, -1];
            postModifier = pass === 0 ? undefined : post!.item.vi;
          }
        }
        if (!(hit.item.standalone || pass === 1)) continue;
        // "Bí thư Quảng Ninh": a standalone head may name its place directly.
        const placeAt = hit.item.role !== 'rank' && this.has(at, PLACE) ? this.parsePlace(at) : -1;
        const candidateEnd = placeAt > 0 ? placeAt : at;
        if (beats(candidateEnd)) {
          [end, headEnd, head, body, placeEnd] = [candidateEnd, at, hit.item, undefined, placeAt];
          postModifier = pass === 0 ? undefined : post!.item.vi;
        }
      }
    }
    if (!head) return undefined;
    const place = body?.place ?? (placeEnd > 0 ? { start: headEnd, end: placeEnd } : undefined);
    return {
      start: i,
      end: this.parseTerm(end),
      head,
      headEnd,
      postModifier,
      body: body?.body,
      place,
      modifiers: modifiers ?? [],
    };
  }
}
