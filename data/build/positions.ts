/**
 * Reading a position's `raw` text into title + body (+ Party or National Assembly terms) against
 * the lexicon (titles.tsv entries of kind "title" and "body"). Matching is word by word on
 * `foldPhrase` keys, so case and tone-mark placement do not matter ("Uỷ"/"Ủy", "hoà"/"hòa").
 *
 * - A composite lexicon title ("Bí thư Tỉnh ủy", "Bộ trưởng Bộ Ngoại giao") is split at the first
 *   word where a lexicon body starts: its head ("Bí thư", "Bộ trưởng") is a title head.
 * - Membership and state titles ("Ủy viên Bộ Chính trị", "Đại biểu Quốc hội", "Phó Thủ tướng") are
 *   kept whole (WHOLE_TITLES); their body is the organ they belong to when it is written.
 * - The body is the rest of the text when it starts with a lexicon body or with a body noun read
 *   from the lexicon ("Bộ", "Ban", "Ủy ban", "Tỉnh ủy", …): "Tỉnh ủy Hòa Bình" keeps its place.
 * - A head ending in "ban" shares that word with the body: "Trưởng ban Kinh tế Trung ương" →
 *   "Trưởng ban" + "Ban Kinh tế Trung ương".
 * - A trailing "khóa XIII" / ": Khóa XV, XVI" gives `terms`; a trailing "(từ 3/2026)" is ignored.
 */

import type { Position } from '../../lib/dataset/types';
import { foldPhrase } from '../../lib/text/fold-text';
import type { LexiconEntry } from './lexicon';

export interface ParsedPosition {
  title?: string;
  body?: string;
  terms?: string[];
}

/** Titles kept whole, with the body they belong to (used when the text names no other body). */
const WHOLE_TITLES: Record<string, string | undefined> = {
  'Tổng Bí thư': 'Ban Chấp hành Trung ương Đảng',
  'Thường trực Ban Bí thư': 'Ban Bí thư',
  'Ủy viên Bộ Chính trị': 'Bộ Chính trị',
  'Bí thư Trung ương Đảng': 'Ban Bí thư',
  'Ủy viên Trung ương Đảng': 'Ban Chấp hành Trung ương Đảng',
  'Ủy viên dự khuyết Trung ương Đảng': 'Ban Chấp hành Trung ương Đảng',
  'Chủ tịch nước': undefined,
  'Phó Chủ tịch nước': undefined,
  'Chủ tịch Quốc hội': 'Quốc hội',
  'Phó Chủ tịch Quốc hội': 'Quốc hội',
  'Phó Chủ tịch Thường trực Quốc hội': 'Quốc hội',
  'Tổng Thư ký Quốc hội': 'Quốc hội',
  'Đại biểu Quốc hội': 'Quốc hội',
  'Ủy viên Ủy ban Thường vụ Quốc hội': 'Ủy ban Thường vụ Quốc hội',
  'Thủ tướng': 'Chính phủ',
  'Phó Thủ tướng': 'Chính phủ',
  'Phó Thủ tướng Thường trực': 'Chính phủ',
  'Tổng Kiểm toán Nhà nước': 'Kiểm toán Nhà nước',
  'Tổng Thanh tra Chính phủ': 'Thanh tra Chính phủ',
  'Tổng Tham mưu trưởng': 'Quân đội nhân dân Việt Nam',
  'Phó Trưởng Đoàn đại biểu Quốc hội chuyên trách': undefined,
  'Đại biểu Hội đồng nhân dân': 'Hội đồng nhân dân',
};

/** Words after a whole title that add nothing ("Đại biểu Quốc hội Việt Nam"). */
const EMPTY_TAILS = [
  'Việt Nam',
  'Cộng sản Việt Nam',
  'Đảng Cộng sản Việt Nam',
  'Cộng hòa xã hội chủ nghĩa Việt Nam',
  'nước Cộng hòa xã hội chủ nghĩa Việt Nam',
];

/**
 * Wordings of the NA XVI profiles rewritten to the post they name before parsing; the post itself
 * is never invented, only the sentence around it dropped.
 */
const REWRITES: [RegExp, string][] = [
  // "Ủy viên là đại biểu Quốc hội hoạt động kiêm nhiệm của Ủy ban …" → "Ủy viên Ủy ban …"
  [
    /^(Ủy viên|Uỷ viên) là đại biểu Quốc hội (?:hoạt động )?(?:kiêm nhiệm|chuyên trách) (?:của|tại) /iu,
    '$1 ',
  ],
  // "Tại Đại hội …, được bầu là Ủy viên Trung ương Đảng khóa XIV" → "Ủy viên Trung ương Đảng …"
  [/^.*(?:^|\s)được bầu (?:là|làm|giữ chức) /iu, ''],
  [/^.*(?:^|\s)được bầu vào Bộ Chính trị/iu, 'Ủy viên Bộ Chính trị'],
  [/^.*(?:^|\s)tham gia Ban Bí thư/iu, 'Bí thư Trung ương Đảng'],
];

const ROMAN = /^[IVXL]+$/u;

interface Phrase {
  text: string;
  keys: string[];
}

function words(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w !== '');
}

function keysOf(text: string): string[] {
  return words(text).map((w) => foldPhrase(w));
}

function phrase(text: string): Phrase {
  return { text, keys: keysOf(text) };
}

function startsWith(keys: string[], prefix: string[], at = 0): boolean {
  if (prefix.length === 0 || keys.length - at < prefix.length) return false;
  return prefix.every((k, i) => keys[at + i] === k);
}

function endsWith(keys: string[], suffix: string[]): boolean {
  return suffix.length < keys.length && startsWith(keys, suffix, keys.length - suffix.length);
}

/** Longest phrase that `keys` ends with, shorter than `keys`. */
function longestSuffix<T extends Phrase>(list: T[], keys: string[]): T | undefined {
  let best: T | undefined;
  for (const p of list) {
    if (endsWith(keys, p.keys) && (!best || p.keys.length > best.keys.length)) best = p;
  }
  return best;
}

/** Longest phrase (by words) that `keys` starts with at `at`. */
function longest<T extends Phrase>(list: T[], keys: string[], at = 0): T | undefined {
  let best: T | undefined;
  for (const p of list) {
    if (startsWith(keys, p.keys, at) && (!best || p.keys.length > best.keys.length)) best = p;
  }
  return best;
}

export interface PositionParser {
  parse(raw: string): ParsedPosition;
}

/** A parser for the lexicon's title and body entries. */
export function positionParser(lexicon: LexiconEntry[]): PositionParser {
  const bodies: Phrase[] = lexicon
    .filter((e) => e.kind === 'body')
    .flatMap((e) => [e.vi, ...e.variants].map((t) => phrase(t)));
  // Body nouns: a body entry's first word and the lower-case word after it ("Ủy ban", "Bộ").
  const nouns = new Map<string, Phrase>();
  for (const e of lexicon.filter((x) => x.kind === 'body')) {
    const ws = words(e.vi);
    let n = 1;
    if (n < ws.length && /^\p{Ll}/u.test(ws[n] ?? '')) n++;
    const noun = phrase(ws.slice(0, n).join(' '));
    if (!nouns.has(noun.keys.join(' '))) nouns.set(noun.keys.join(' '), noun);
  }
  const bodyNouns = [...nouns.values()].filter((p) => p.keys[0] !== foldPhrase('Trung'));

  const wholeTitles: (Phrase & { canonical: string })[] = [];
  const heads: (Phrase & { canonical: string })[] = [];
  const wholeKeys = new Set(Object.keys(WHOLE_TITLES).map((t) => keysOf(t).join(' ')));
  for (const e of lexicon.filter((x) => x.kind === 'title')) {
    const whole = wholeKeys.has(keysOf(e.vi).join(' '));
    for (const text of [e.vi, ...e.variants]) {
      if (/^[A-ZĐ.]+$/u.test(text)) continue; // abbreviations ("TBT", "BT")
      const p = phrase(text);
      if (whole) {
        wholeTitles.push({ ...p, canonical: e.vi });
        continue;
      }
      // Split a composite title at the first word where a lexicon body starts.
      let split = p.keys.length;
      for (let i = 1; i < p.keys.length; i++) {
        const noun = longest(bodyNouns, p.keys, i);
        if (longest(bodies, p.keys, i) || (noun && i + noun.keys.length < p.keys.length)) {
          split = i;
          break;
        }
      }
      const head = words(text).slice(0, split).join(' ');
      heads.push({ ...phrase(head), canonical: split === p.keys.length ? e.vi : head });
    }
  }
  for (const t of Object.keys(WHOLE_TITLES)) wholeTitles.push({ ...phrase(t), canonical: t });
  const tails = EMPTY_TAILS.map((t) => phrase(t));
  const chanhKey = foldPhrase('Chánh');
  const deputyKeys = new Set(['Phó', 'Quyền'].map((w) => foldPhrase(w)));
  const ranks: Phrase[] = lexicon
    .filter((e) => e.kind === 'rank')
    .flatMap((e) => [e.vi, ...e.variants].map((t) => phrase(t)));

  /** `strict`: only a body the lexicon knows (after a whole title). */
  function bodyOf(rest: string[], restKeys: string[], strict = false): string | undefined {
    if (rest.length === 0) return undefined;
    if (longest(bodies, restKeys) || longest(bodyNouns, restKeys)) return rest.join(' ');
    // A body the lexicon does not list, written as a name ("Quân đoàn 1", "Đại học Quốc gia").
    if (!strict && /^\p{Lu}/u.test(rest[0] ?? '')) return rest.join(' ');
    return undefined;
  }

  function startsWithTitle(text: string): boolean {
    const keys = keysOf(text);
    return longest(heads, keys) !== undefined || longest(wholeTitles, keys) !== undefined;
  }

  function parseCore(text: string): ParsedPosition {
    let ws = words(text);
    // A military or police rank before the post ("Trung tướng, Thứ trưởng Bộ Công an").
    const rank = longest(
      ranks,
      ws.map((w) => foldPhrase(w.replace(/,$/u, ''))),
    );
    if (rank && ws.length > rank.keys.length) ws = ws.slice(rank.keys.length);
    const keys = ws.map((w) => foldPhrase(w));
    const deputy = ws[0] ?? '';
    let whole = longest(wholeTitles, keys);
    let wholePho = false;
    if (!whole && deputyKeys.has(keys[0] ?? '')) {
      whole = longest(wholeTitles, keys, 1);
      wholePho = whole !== undefined;
    }
    let head = longest(heads, keys);
    let pho = false;
    if (!head && deputyKeys.has(keys[0] ?? '')) {
      head = longest(heads, keys, 1);
      pho = head !== undefined;
    }
    const wholeUsed = (whole?.keys.length ?? 0) + (wholePho ? 1 : 0);
    let fallback: ParsedPosition = {};
    if (whole && (!head || wholeUsed >= head.keys.length + (pho ? 1 : 0))) {
      const rest = ws.slice(wholeUsed);
      const restKeys = keys.slice(wholeUsed);
      const title = wholePho ? `${deputy} ${whole.canonical}` : whole.canonical;
      const implied = WHOLE_TITLES[whole.canonical];
      const tail = longest(tails, restKeys);
      const bare = rest.length === 0 || (tail !== undefined && tail.keys.length === rest.length);
      const body = bare ? implied : (bodyOf(rest, restKeys, true) ?? undefined);
      // Words after the title that are not a body: a title head may read the text better
      // ("Ủy viên Ban Chấp hành Trung ương Đoàn"); if none does, keep the title alone.
      fallback = implied ? { title, body: implied } : { title };
      if (bare || body) return body ? { title, body } : { title };
    }
    if (!head) return fallback;
    const used = head.keys.length + (pho ? 1 : 0);
    const title = pho ? `${deputy} ${head.canonical}` : head.canonical;
    const rest = ws.slice(used);
    const restKeys = keys.slice(used);
    if (rest.length === 0) return { title };
    // A head ending in a body noun shares it: "Trưởng ban" + "Ban Kinh tế Trung ương".
    const shared = longestSuffix(bodyNouns, head.keys);
    if (shared && !startsWith(restKeys, shared.keys) && /^\p{Lu}/u.test(rest[0] ?? '')) {
      const noun = words(shared.text);
      return { title, body: [...noun, ...rest].join(' ') };
    }
    const body = bodyOf(rest, restKeys);
    if (!body) return fallback;
    // "Chánh" names its office by the body's noun: "Chánh Văn phòng" + "Văn phòng Chính phủ".
    const noun = longest(bodyNouns, restKeys);
    if (head.keys.length === 1 && head.keys[0] === chanhKey && noun) {
      return { title: `${title} ${rest.slice(0, noun.keys.length).join(' ')}`, body };
    }
    return { title, body };
  }

  return {
    parse(raw: string): ParsedPosition {
      let cleaned = raw.replace(/\s*\([^()]*\)/gu, '').trim();
      for (const [re, to] of REWRITES) cleaned = cleaned.replace(re, to);
      // Several posts in one text: the longest leading part that parses ("Đại biểu Quốc hội
      // khóa XV, Ủy viên Ủy ban Kinh tế" → "Đại biểu Quốc hội" + ["XV"]).
      // A cut before a second post ("Bí thư Đảng ủy …, Bộ trưởng Bộ Công an") comes first.
      const cuts = [cleaned.length];
      const posts: number[] = [];
      for (const m of cleaned.matchAll(/[,.;]\s+(?=\p{Lu})|\s+kiêm\s+/gu)) {
        cuts.push(m.index);
        if (startsWithTitle(cleaned.slice(m.index + m[0].length))) posts.push(m.index);
      }
      cuts.sort((a, b) => b - a);
      cuts.unshift(...posts);
      for (const cut of cuts) {
        const { text, terms } = splitTerms(cleaned.slice(0, cut));
        const parsed = parseCore(text);
        if (!parsed.title) continue;
        if (terms.length > 0) parsed.terms = terms;
        return parsed;
      }
      return {};
    },
  };
}

const KHOA = foldPhrase('khóa');

/**
 * The text without trailing remarks, and the terms it ends with: "Ủy viên Trung ương Đảng khóa
 * XII, XIII" → "Ủy viên Trung ương Đảng" + ["XII", "XIII"]; "… (từ 3/2026)" → remark dropped.
 */
export function splitTerms(raw: string): { text: string; terms: string[] } {
  let text = raw.replace(/\s*\([^()]*\)\s*$/u, '').trim();
  const ws = words(text);
  const at = ws.findIndex((w) => foldPhrase(w.replace(/:$/u, '')) === KHOA);
  let terms: string[] = [];
  if (at > 0) {
    // Terms run until the first word that is not one ("khóa XI, khóa XII, Thượng tướng, …": the
    // rest names other posts and is left to the cut before it).
    const tail = ws
      .slice(at + 1)
      .join(' ')
      .replace(/^:\s*/u, '')
      .split(/\s*(?:,|\.|và|-|–)\s*|\s+/u)
      .filter((t) => t !== '');
    const found: string[] = [];
    for (const t of tail) {
      if (ROMAN.test(t)) found.push(t);
      else if (foldPhrase(t.replace(/:$/u, '')) !== KHOA) break;
    }
    if (found.length > 0) {
      terms = found;
      text = ws.slice(0, at).join(' ');
    }
  }
  text = text.replace(/[\s,:;]+$/u, '');
  return { text, terms };
}

/** Fills `title`, `body` and `terms` of each position in place; returns the unparsed ones. */
export function parsePositions(parser: PositionParser, positions: Position[]): Position[] {
  const unparsed: Position[] = [];
  for (const p of positions) {
    const parsed = parser.parse(p.raw);
    if (parsed.title) p.title = parsed.title;
    if (parsed.body) p.body = parsed.body;
    if (parsed.terms) p.terms = parsed.terms;
    if (!parsed.title) unparsed.push(p);
  }
  return unparsed;
}
