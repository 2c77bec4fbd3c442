/**
 * Reads titles compositionally (VIETNAMESE.md §2): pre-modifiers, a title or title head,
 * post-modifiers, an optional body, the place a local body governs, and a term
 * ("nguyên Phó Trưởng ban Thường trực Ban Kinh tế Trung ương khóa XII").
 * Every head length is tried against every body after it, so "Trưởng Ban" never swallows
 * the "Ban" of "Ban Kinh tế Trung ương".
 */
import type { TrieHit } from '../match/phrase-trie';
import { roles, type LexItem, type RecogniserIndex } from './build-index';
import { Gap, type ScannedText } from './scan-tokens';

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
const NO_HITS: { end: number; item: LexItem }[] = [];

const PLACE = roles('place');
const PLACE_PREFIX = roles('place-prefix');
const TERM = roles('term');
const BODY = roles('body');
const PRE_MODIFIER = roles('pre-modifier');
const POST_MODIFIER = roles('post-modifier');
const TITLE_HEAD_RANK = roles('title', 'head', 'rank');
const DANG = 'đang3';

/**
 * The longer parse; for the same span, the longer lexicon title ("Ủy viên Bộ Chính trị" over
 * "Ủy viên" + "Bộ Chính trị"), as it carries the lexicon's own English.
 */
function better(best: TitleParse | undefined, candidate: TitleParse): TitleParse {
  if (!best || candidate.end > best.end) return candidate;
  if (candidate.end === best.end && candidate.headEnd > best.headEnd) return candidate;
  return best;
}

export class TitleParser {
  private readonly cache: (readonly { end: number; item: LexItem }[] | undefined)[];

  constructor(
    private readonly index: RecogniserIndex,
    private readonly scanned: ScannedText,
  ) {
    // Filled, so that the array stays a flat array rather than a slow sparse one.
    this.cache = new Array<undefined>(scanned.tokens.length).fill(undefined);
  }

  private readonly continueLex = (i: number): boolean => this.scanned.gaps[i] !== Gap.Hard;

  /** Lexicon hits at token i whose item has one of the roles, shortest first. */
  /** Lexicon hits at token i whose role is in `mask` (see `roles`), shortest first. */
  hits(i: number, mask: number): readonly { end: number; item: LexItem }[] {
    const all = this.allHits(i);
    if (all.length === 0) return all;
    return all.filter((hit) => (hit.item.bit & mask) !== 0);
  }

  /** Whether any lexicon hit at token i has a role in `mask`. */
  has(i: number, mask: number): boolean {
    for (const hit of this.allHits(i)) if ((hit.item.bit & mask) !== 0) return true;
    return false;
  }

  /** Whether any lexicon phrase starts at token i (cheap: no walk). */
  startsPhrase(i: number): boolean {
    const id = this.scanned.ids[i];
    return id !== undefined && this.index.lexicon.canStart(id);
  }

  /** Every lexicon hit at token i, computed once per token and kept. */
  private allHits(i: number): readonly { end: number; item: LexItem }[] {
    const cached = this.cache[i];
    if (cached) return cached;
    const { tokens, ids } = this.scanned;
    let out: { end: number; item: LexItem }[] = NO_HITS;
    if (i < tokens.length && this.startsPhrase(i)) {
      const raw: TrieHit<LexItem>[] = this.index.lexicon.matchesAt(ids, i, this.continueLex);
      for (const hit of raw) {
        for (const item of hit.payloads) {
          if (item.abbreviation && !this.allCaps(i, hit.end)) continue;
          if (out === NO_HITS) out = [];
          out.push({ end: hit.end, item });
        }
      }
    }
    this.cache[i] = out;
    return out;
  }

  longest(i: number, mask: number): { end: number; item: LexItem } | undefined {
    const all = this.allHits(i);
    for (let k = all.length - 1; k >= 0; k--) if ((all[k]!.item.bit & mask) !== 0) return all[k];
    return undefined;
  }

  private allCaps(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!this.scanned.tokens[k]!.allCaps) return false;
    return true;
  }

  private isUpper(i: number): boolean {
    return this.scanned.tokens[i]?.upper === true;
  }

  /** Capitalised tokens joined by spaces from i, at most `max`. */
  private capitalRun(i: number, max: number): number {
    let k = i;
    while (k < this.scanned.tokens.length && k - i < max && this.isUpper(k)) {
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
    const { gaps, tokens } = this.scanned;
    if (j >= tokens.length || gaps[j] === Gap.Hard || gaps[j] === Gap.Comma) return -1;
    const known = this.longest(j, PLACE);
    const prefix = this.longest(j, PLACE_PREFIX);
    if (known && (!prefix || known.end > prefix.end)) return known.end;
    if (!prefix) return -1;
    const p = prefix.end;
    if (p >= tokens.length || gaps[p] === Gap.Hard || gaps[p] === Gap.Comma) return -1;
    const afterPrefix = this.longest(p, PLACE);
    if (afterPrefix) return afterPrefix.end;
    const run = this.capitalRun(p, 6);
    if (run === 0) return -1;
    if (run <= 2) return p + run;
    // "xã Tân Lập Nguyễn Văn A": the place ends where a surname starts a 2+ syllable name.
    for (const len of [2, 1, 3]) {
      const rest = run - len;
      if (rest >= 2 && this.index.surnames.has(tokens[p + len]!.key)) return p + len;
    }
    return p + Math.min(run, 2);
  }

  /** "khóa XIII", "khoá XII, XIII", "nhiệm kỳ 2021-2026" after a title. */
  private parseTerm(j: number): number {
    const { tokens, gaps } = this.scanned;
    const term = this.longest(j, TERM);
    if (!term || gaps[j] === Gap.Hard || gaps[j] === Gap.Comma) return j;
    let k = term.end;
    let found = false;
    while (k < tokens.length && gaps[k] !== Gap.Hard) {
      const key = tokens[k]!.key;
      if (!(ROMAN.test(key) || /^\d+$/.test(key))) break;
      found = true;
      k++;
    }
    return found ? k : j;
  }

  /** A body at j, with the place of a local body and a trailing "Đảng" ("... Trung ương Đảng"). */
  parseBodyAt(j: number, standaloneOnly: boolean): BodyParse | undefined {
    if (!this.has(j, BODY)) return undefined;
    const { tokens, gaps } = this.scanned;
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
        end < tokens.length &&
        tokens[end]!.key === DANG &&
        gaps[end] === Gap.Space &&
        /trung ương$/i.test(hit.item.vi)
      ) {
        end++;
      }
      if (!best || end >= best.end) best = { start: j, end, body: hit.item, place };
    }
    return best;
  }

  /** The longest title starting at token i, or undefined. */
  parseTitleAt(i: number): TitleParse | undefined {
    if (!this.has(i, TITLE_HEAD_RANK | PRE_MODIFIER)) return undefined;
    const { tokens, gaps } = this.scanned;
    const modifiers: string[] = [];
    let j = i;
    for (let guard = 0; guard < 2; guard++) {
      const mod = this.longest(j, PRE_MODIFIER);
      if (!mod || (j > i && gaps[j] !== Gap.Space)) break;
      modifiers.push(mod.item.vi);
      j = mod.end;
    }
    if (j > i && (j >= tokens.length || gaps[j] !== Gap.Space)) return undefined;

    let best: TitleParse | undefined;
    for (const hit of this.hits(j, TITLE_HEAD_RANK)) {
      const afterHead = [{ at: hit.end, postModifier: undefined as string | undefined }];
      const post = this.longest(hit.end, POST_MODIFIER);
      if (post && gaps[hit.end] === Gap.Space) {
        afterHead.push({ at: post.end, postModifier: post.item.vi });
      }
      for (const { at, postModifier } of afterHead) {
        const base = { start: i, head: hit.item, headEnd: at, postModifier, modifiers };
        const body =
          at < tokens.length && gaps[at] !== Gap.Hard && gaps[at] !== Gap.Comma
            ? this.parseBodyAt(at, false)
            : undefined;
        if (body)
          best = better(best, { ...base, end: body.end, body: body.body, place: body.place });
        if (hit.item.standalone || postModifier) {
          // "Bí thư Quảng Ninh": a standalone head may name its place directly.
          const placeEnd = hit.item.role !== 'rank' ? this.parsePlace(at) : -1;
          const known = placeEnd > 0 && this.longest(at, PLACE);
          if (known)
            best = better(best, { ...base, end: placeEnd, place: { start: at, end: placeEnd } });
          else best = better(best, { ...base, end: at });
        }
      }
    }
    if (!best) return undefined;
    const termEnd = this.parseTerm(best.end);
    return termEnd > best.end ? { ...best, end: termEnd } : best;
  }
}
