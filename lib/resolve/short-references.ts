/**
 * Short references (VIETNAMESE.md §2–3): after "Bí thư Thành ủy TP.HCM Đinh La Thăng", a page
 * says "ông Thăng" or "Bí thư Thăng"; after "Nguyễn Xuân Phúc", "Thủ tướng Phúc". The rules,
 * tested in short-references.test.ts:
 * 1. the given name (the name's last syllable, or its last two: "ông Xuân Anh" for Lê Xuân
 *    Anh, when the page wrote the full name so) must be capitalised and follow an honorific
 *    ("ông", "bà", "đồng chí") or a title; or, less surely, stand alone in mid-sentence
 *    ("VKS cho rằng Thắm đã đề nghị Sơn tiếp tục"): after a lower-case word that is not a
 *    preposition of place ("tại Vinh") nor a place word ("tỉnh", "đường") nor a title or
 *    body, not starting one itself ("Ngân hàng", "Chính phủ"), never at the
 *    start of a sentence, where every word is capitalised ("Bình thường, ...");
 * 2. exactly one person whose full name ends with it was linked EARLIER on the page: never
 *    before the full mention, and two such people make it ambiguous (nothing is linked), as
 *    does any other full name ending with it earlier on the page, in the dataset or not
 *    ("ông Trần Văn Bình, một người dân" before "ông Bình");
 * 3. a title before it must agree with that person: a title the page gave them, or a post
 *    they held on the article's date (a "nguyên" title: one they had held before it);
 * 4. it must not be part of a longer name ("ông Thăng Long") or of a place, body or title
 *    that starts there ("ông Bình Dương"); an all-caps headline is covered by rule 2.
 */
import type { NamedPerson } from '../recognise/build-index';
import { Gap, isUpperAt, type ScannedText } from '../recognise/scan-tokens';
import { TOKEN_ALL_CAPS, TOKEN_UPPER } from '../text/tokenize';
import { foldPhrase } from '../text/fold-text';
import { endedBy, heldOn, postMatches } from './post-at-date';

/** A person linked by their full name, by token range. */
export interface FullMention {
  id: string;
  start: number;
  end: number;
  /** Folded titles the page gave them ("bi2 thư thành ủy3 ..."); see `officeKey`. */
  titles: readonly string[];
}

/** A title read on the page, by token range. */
export interface TitleAt {
  start: number;
  end: number;
  /** Folded composed title ("thu3 tướng", "bi1 thư"). */
  office: string;
  /** "nguyên", "cựu" or "cố" before it. */
  former: boolean;
}

export interface ShortReference {
  /** Token range of the given name (one token, or two: "Xuân Anh"). */
  start: number;
  end: number;
  id: string;
  /** The title right before the given name, when that is what introduced it. */
  title?: TitleAt;
  /** Neither a title nor an honorific: a given name alone in mid-sentence. */
  bare?: true;
}

export interface ShortReferenceInput {
  scanned: ScannedText;
  people: ReadonlyMap<string, NamedPerson>;
  /** Linked full mentions, in page order. */
  full: readonly FullMention[];
  /** The title read on the page that ends right before token i, if any (asked for few tokens). */
  titleEndingAt: (i: number) => TitleAt | undefined;
  /** Folded surnames (the index's), to see other people's full names on the page. */
  surnames: ReadonlySet<string>;
  /** Whether a place word ("đường", "tỉnh", "trường") ends right before token i. */
  placeWordBefore: (i: number) => boolean;
  /** Whether tokens i and i+1 begin a title or body ("Ngân hàng ...", "Chính phủ"). */
  beginsPhrase: (i: number) => boolean;
  /** Whether token i is inside another mention or starts a longer phrase (place, body, title). */
  isTaken: (i: number) => boolean;
  day?: string;
  currentFrom?: string;
}

const HONORIFICS = ['ông', 'bà', 'đồng chí'].map((h) => foldPhrase(h).split(' '));
/** Before these a capitalised word is more often a place than a person: "tại Vinh". */
const PLACE_PREPOSITIONS = new Set(
  ['ở', 'tại', 'đến', 'tới', 'từ', 'sang', 'qua', 'về', 'ra', 'vào', 'khỏi', 'thăm', 'quê'].map(
    foldPhrase,
  ),
);

function honorificBefore(scanned: ScannedText, i: number): boolean {
  return HONORIFICS.some((words) => {
    const from = i - words.length;
    if (from < 0) return false;
    for (let k = 0; k < words.length; k++) {
      if (scanned.keys[from + k] !== words[k]) return false;
      if (k > 0 && scanned.gaps[from + k] !== Gap.Space) return false;
    }
    return true;
  });
}

/** A given name alone in mid-sentence, after a word that does not make it a place. */
function standsAlone(scanned: ScannedText, i: number, input: ShortReferenceInput): boolean {
  const before = i - 1;
  if (isUpperAt(scanned, before) || (scanned.flags[i]! & TOKEN_ALL_CAPS) !== 0) return false;
  if (scanned.gaps[i] === Gap.Space && PLACE_PREPOSITIONS.has(scanned.keys[before]!)) {
    return false;
  }
  // After a comma, the clause before must be running text, not a name being listed
  // ("Ủy ban Tài chính, Ngân sách").
  if (scanned.gaps[i] === Gap.Comma && (before < 1 || isUpperAt(scanned, before - 1))) {
    return false;
  }
  // "Chủ nhiệm Ủy ban Tài chính, Ngân sách", "và Ngân hàng Indovina": a word of a title or
  // body, capitalised as part of it.
  if (input.isTaken(before) || input.beginsPhrase(i)) return false;
  return !input.placeWordBefore(i);
}

const startsWithWord = (s: string, prefix: string) => s === prefix || s.startsWith(`${prefix} `);

function titleAgrees(
  title: TitleAt,
  person: NamedPerson | undefined,
  pageTitles: readonly string[],
  day: string | undefined,
  currentFrom: string | undefined,
): boolean {
  if (pageTitles.some((t) => startsWithWord(t, title.office))) return true;
  if (!person?.posts || day === undefined) return false;
  return person.posts.some(
    (post) =>
      postMatches(post, title.office) &&
      (title.former ? endedBy(post, day) : heldOn(post, day, currentFrom)),
  );
}

export function findShortReferences(input: ShortReferenceInput): ShortReference[] {
  const { scanned, full } = input;
  if (full.length === 0) return [];
  const { keys, ids, gaps, flags, count } = scanned;
  // The given name is the last syllable of each full mention as written on the page: its
  // syllable id is what a later short reference carries, so the page is read with typed
  // arrays only (most pages have a handful of linked names; a short list beats a map).
  type Entry = { id: string; after: number; titles: string[] };
  const targets: number[] = [];
  const byGiven: Entry[][] = [];
  // Two-syllable given names ("ông Xuân Anh" for Lê Xuân Anh): the last two syllables.
  const pairs: [number, number][] = [];
  const byPair: Entry[][] = [];
  const register = (lists: Entry[][], slot: number, m: FullMention) => {
    const list = lists[slot]!;
    const known = list.find((e) => e.id === m.id);
    if (known) {
      known.after = Math.min(known.after, m.end);
      known.titles.push(...m.titles);
    } else list.push({ id: m.id, after: m.end, titles: [...m.titles] });
  };
  for (const m of full) {
    const syllable = ids[m.end - 1]!;
    if (syllable < 0) continue;
    let slot = targets.indexOf(syllable);
    if (slot < 0) {
      slot = targets.push(syllable) - 1;
      byGiven.push([]);
    }
    register(byGiven, slot, m);
    const middle = ids[m.end - 2]!;
    if (m.end - m.start < 3 || middle < 0) continue;
    let pair = pairs.findIndex(([a, b]) => a === middle && b === syllable);
    if (pair < 0) {
      pair = pairs.push([middle, syllable]) - 1;
      byPair.push([]);
    }
    register(byPair, pair, m);
  }
  if (targets.length === 0) return [];

  let linkedNames: string[] | undefined;
  const fullEnds = new Set(full.map((m) => m.end - 1));
  /** Given name → first token where a full name other than a linked one ends with it. */
  const otherNames = new Map<string, number>();
  const firstOtherName = (syllable: number, middle?: number): number => {
    const memo = `${syllable} ${middle ?? ''}`;
    let first = otherNames.get(memo);
    if (first !== undefined) return first;
    linkedNames ??= [...new Set(full.map((m) => input.people.get(m.id)?.name ?? ''))].map(
      foldPhrase,
    );
    first = Infinity;
    for (let j = 1; j < count && first === Infinity; j++) {
      if (ids[j] !== syllable || fullEnds.has(j) || !isUpperAt(scanned, j)) continue;
      if (middle !== undefined && ids[j - 1] !== middle) continue;
      // A surname up to three syllables before, capitalised syllables in between, that is
      // not the end of a linked person's own name ("Thứ trưởng Kim Thoa" for Hồ Thị Kim Thoa).
      for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
        if (gaps[k + 1] !== Gap.Space || !isUpperAt(scanned, k)) break;
        if (!input.surnames.has(keys[k]!)) continue;
        const tail = ` ${keys.slice(k, j + 1).join(' ')}`;
        if (!linkedNames.some((name) => ` ${name}`.endsWith(tail))) {
          first = j;
          break;
        }
      }
    }
    otherNames.set(memo, first);
    return first;
  };

  const found: ShortReference[] = [];
  for (let i = 1; i < count; i++) {
    // Cheapest tests first: most tokens are lower-case or start nothing we look for.
    const gap = gaps[i]!;
    if ((gap !== Gap.Space && gap !== Gap.Comma) || (flags[i]! & TOKEN_UPPER) === 0) continue;
    const upperNext = i + 1 < count && gaps[i + 1] === Gap.Space && isUpperAt(scanned, i + 1);
    const pair = upperNext ? pairs.findIndex(([a, b]) => a === ids[i] && b === ids[i + 1]) : -1;
    const slot = pair >= 0 ? -1 : targets.indexOf(ids[i]!);
    if (pair < 0 && slot < 0) continue;
    const end = pair >= 0 ? i + 2 : i + 1;
    // "ông Thăng Long": a longer name, not a short reference.
    if (end < count && gaps[end] === Gap.Space && isUpperAt(scanned, end)) continue;
    const title = gap === Gap.Space ? input.titleEndingAt(i) : undefined;
    const bare = !title && !(gap === Gap.Space && honorificBefore(scanned, i));
    if (bare && !standsAlone(scanned, i, input)) continue;
    if (input.isTaken(i)) continue;
    const earlier = (pair >= 0 ? byPair[pair]! : byGiven[slot]!).filter((e) => e.after <= i);
    const other = pair >= 0 ? firstOtherName(ids[i + 1]!, ids[i]!) : firstOtherName(ids[i]!);
    if (earlier.length !== 1 || other < end - 1) continue;
    const { id, titles } = earlier[0]!;
    if (title && !titleAgrees(title, input.people.get(id), titles, input.day, input.currentFrom)) {
      continue;
    }
    found.push({
      start: i,
      end,
      id,
      ...(title ? { title } : {}),
      ...(bare ? { bare: true as const } : {}),
    });
  }
  return found;
}
