/**
 * Reads titles compositionally (VIETNAMESE.md §2): pre-modifiers, a title or title head,
 * post-modifiers, an optional body, the place a local body governs, and a term
 * ("nguyên Phó Trưởng ban Thường trực Ban Kinh tế Trung ương khóa XII").
 * Every head length is tried against every body after it, so "Trưởng Ban" never swallows
 * the "Ban" of "Ban Kinh tế Trung ương".
 */
import type { TrieHit } from '../match/phrase-trie';
import type { LexItem, LexRole, RecogniserIndex } from './build-index';
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
const DANG = 'đang3';

export class TitleParser {
  constructor(
    private readonly index: RecogniserIndex,
    private readonly scanned: ScannedText,
  ) {}

  private readonly continueLex = (i: number): boolean => this.scanned.gaps[i] !== Gap.Hard;

  /** Lexicon hits at token i whose item has one of the roles, shortest first. */
  hits(i: number, roles: readonly LexRole[]): { end: number; item: LexItem }[] {
    const { tokens, lexIds } = this.scanned;
    if (i >= tokens.length) return [];
    const out: { end: number; item: LexItem }[] = [];
    const raw: TrieHit<LexItem>[] = this.index.lexicon.matchesAt(lexIds, i, this.continueLex);
    for (const hit of raw) {
      for (const item of hit.payloads) {
        if (!roles.includes(item.role)) continue;
        if (item.abbreviation && !this.allCaps(i, hit.end)) continue;
        out.push({ end: hit.end, item });
      }
    }
    return out;
  }

  longest(i: number, roles: readonly LexRole[]): { end: number; item: LexItem } | undefined {
    const found = this.hits(i, roles);
    return found[found.length - 1];
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
    const known = this.longest(j, ['place']);
    const prefix = this.longest(j, ['place-prefix']);
    if (known && (!prefix || known.end > prefix.end)) return known.end;
    if (!prefix) return -1;
    const p = prefix.end;
    if (p >= tokens.length || gaps[p] === Gap.Hard || gaps[p] === Gap.Comma) return -1;
    const afterPrefix = this.longest(p, ['place']);
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
    const term = this.longest(j, ['term']);
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
    const { tokens, gaps } = this.scanned;
    let best: BodyParse | undefined;
    for (const hit of this.hits(j, ['body'])) {
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
    const { tokens, gaps } = this.scanned;
    const modifiers: string[] = [];
    let j = i;
    for (let guard = 0; guard < 2; guard++) {
      const mod = this.longest(j, ['pre-modifier']);
      if (!mod || (j > i && gaps[j] !== Gap.Space)) break;
      modifiers.push(mod.item.vi);
      j = mod.end;
    }
    if (j > i && (j >= tokens.length || gaps[j] !== Gap.Space)) return undefined;

    let best: TitleParse | undefined;
    const consider = (candidate: TitleParse): void => {
      // Same span: the longer lexicon title wins ("Ủy viên Bộ Chính trị" over "Ủy viên" +
      // "Bộ Chính trị"), as it carries the lexicon's own English.
      if (
        !best ||
        candidate.end > best.end ||
        (candidate.end === best.end && candidate.headEnd > best.headEnd)
      ) {
        best = candidate;
      }
    };
    for (const hit of this.hits(j, ['title', 'head', 'rank'])) {
      const afterHead = [{ at: hit.end, postModifier: undefined as string | undefined }];
      const post = this.longest(hit.end, ['post-modifier']);
      if (post && gaps[hit.end] === Gap.Space) {
        afterHead.push({ at: post.end, postModifier: post.item.vi });
      }
      for (const { at, postModifier } of afterHead) {
        const base = { start: i, head: hit.item, headEnd: at, postModifier, modifiers };
        const body = at < tokens.length && gaps[at] !== Gap.Hard && gaps[at] !== Gap.Comma
          ? this.parseBodyAt(at, false)
          : undefined;
        if (body) consider({ ...base, end: body.end, body: body.body, place: body.place });
        if (hit.item.standalone || postModifier) {
          // "Bí thư Quảng Ninh": a standalone head may name its place directly.
          const placeEnd = hit.item.role !== 'rank' ? this.parsePlace(at) : -1;
          const known = placeEnd > 0 && this.longest(at, ['place']);
          if (known) consider({ ...base, end: placeEnd, place: { start: at, end: placeEnd } });
          else consider({ ...base, end: at });
        }
      }
    }
    if (!best) return undefined;
    const termEnd = this.parseTerm(best.end);
    return termEnd > best.end ? { ...best, end: termEnd } : best;
  }
}
