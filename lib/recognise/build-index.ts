/**
 * Builds the recogniser's index once from the lexicon and the people: two phrase tries over
 * folded syllables (one for lexicon phrases, one for names, plus an ASCII tier for names) and
 * the small vocabularies the recogniser consults. Building is the only step whose cost grows
 * with the dataset; recognising a page costs the same for 50 or 5,000 people.
 */
import { PhraseTrie } from '../match/phrase-trie';
import { SyllableTable } from '../match/syllable-table';
import { foldPhrase } from '../text/fold-text';
import type { LexiconEntry } from '../lexicon/types';
import { PROVINCES } from '../lexicon/provinces';
import {
  BODY_HEADS,
  EXTRA_BODY_VARIANTS,
  GENERIC_BODIES,
  LOCAL_BODIES,
  PLACE_PREFIXES,
  STANDALONE_HEADS,
} from '../lexicon/title-heads';
import { COUNTRIES, NOT_PERSON_BEFORE, SURNAMES } from './name-words';

/** A person as the recogniser needs them: names to match, posts to tell homonyms apart. */
export interface NamedPerson {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Positions, only needed for people who share a name with someone else. */
  posts?: readonly {
    raw: string;
    /** Title and body as parsed from `raw` (see lib/dataset/types.ts Position). */
    title?: string;
    body?: string;
    start?: string;
    end?: string;
    current?: boolean;
  }[];
}

export type LexRole =
  | 'title'
  | 'head'
  | 'body'
  | 'rank'
  | 'honorific'
  | 'pre-modifier'
  | 'post-modifier'
  | 'term'
  | 'place'
  | 'place-prefix'
  | 'not-person'
  | 'connector'
  | 'country';

// prettier-ignore
const ROLE_ORDER: readonly LexRole[] = [
  'title', 'head', 'body', 'rank', 'honorific', 'pre-modifier', 'post-modifier', 'term', 'place',
  'place-prefix', 'not-person', 'connector', 'country',
];

/** A set of roles as a bit mask, so that a reader filters hits without allocating. */
export function roles(...list: LexRole[]): number {
  let mask = 0;
  for (const role of list) mask |= 1 << ROLE_ORDER.indexOf(role);
  return mask;
}

/** Roles kept in the context trie (see RecogniserIndex.context). */
export const CONTEXT_ROLES = roles('honorific', 'place', 'place-prefix', 'not-person', 'country');

export interface LexItem {
  role: LexRole;
  /** `roles(role)`, kept on the item. */
  bit: number;
  /** Canonical Vietnamese form. */
  vi: string;
  en?: string;
  /** Title or head that is a title without a body after it. */
  standalone?: boolean;
  /** Body too generic to highlight on its own. */
  generic?: boolean;
  /** Body followed by the place it governs. */
  local?: boolean;
  /** Body whose name ends in "Trung ương": "Đảng" may follow it ("... Trung ương Đảng"). */
  central?: boolean;
  /** Written as an abbreviation: must be all capitals on the page. */
  abbreviation?: boolean;
  validFrom?: string;
  validTo?: string;
}

export interface RecogniserIndex {
  /** Syllable ids shared by the three tries: a page is encoded once. */
  syllables: SyllableTable;
  /** Titles, heads, bodies, ranks, modifiers: what a reader stops at. */
  lexicon: PhraseTrie<LexItem>;
  /**
   * Places, countries, place prefixes, honorifics and "đường"-like words: consulted only
   * around a name.
   */
  context: PhraseTrie<LexItem>;
  names: PhraseTrie<string>;
  asciiNames: PhraseTrie<string>;
  people: Map<string, NamedPerson>;
  surnames: Set<string>;
  /**
   * For each syllable id, what a token with that syllable may start (START_* bits): one
   * typed-array read tells the reader whether a token needs any work at all.
   */
  startFlags: Uint8Array;
}

export const START_PHRASE = 1;
export const START_NAME = 2;
export const START_SURNAME = 4;

const PRE_MODIFIERS = ['nguyên', 'cựu', 'cố', 'tân', 'quyền', 'đương kim', 'Quyền'];
const POST_MODIFIERS = ['Thường trực', 'dự khuyết', 'phụ trách'];
const CONNECTORS = ['kiêm'];

const ASCII_OF: Record<string, string> = { â: 'a', ă: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u', đ: 'd' };

/** The ASCII tier of a folded syllable ("nguyên4" → "nguyen"), i/y fold kept as in the key. */
export function asciiOfKey(key: string): string {
  return key.replace(/[0-9]/g, '').replace(/[âăêôơưđ]/g, (c) => ASCII_OF[c]!);
}

function syllables(phrase: string): string[] {
  const key = foldPhrase(phrase);
  return key === '' ? [] : key.split(' ');
}

function isAbbreviation(form: string): boolean {
  return !form.includes(' ') && form.length >= 2 && form === form.toUpperCase();
}

export function buildIndex(
  lexicon: readonly LexiconEntry[],
  people: readonly NamedPerson[],
): RecogniserIndex {
  const table = new SyllableTable();
  const trie = new PhraseTrie<LexItem>(table);
  const context = new PhraseTrie<LexItem>(table);
  const items = new Map<string, LexItem>();
  const add = (form: string, item: Omit<LexItem, 'bit'>): void => {
    const keys = syllables(form);
    if (keys.length === 0) return;
    // Every item has every field, in one order: the reader's hot loops then see a single
    // object shape (measured: mixed shapes made them several times slower in some runs).
    const full: LexItem = {
      role: item.role,
      bit: roles(item.role),
      vi: item.vi,
      en: item.en,
      standalone: item.standalone ?? false,
      generic: item.generic ?? false,
      local: item.local ?? false,
      central: item.role === 'body' && /trung ương$/i.test(item.vi),
      abbreviation: isAbbreviation(form),
      validFrom: item.validFrom,
      validTo: item.validTo,
    };
    // One object per distinct item, so the trie's payload lists stay duplicate-free.
    const id = JSON.stringify(full);
    let shared = items.get(id);
    if (!shared) items.set(id, (shared = full));
    (shared.bit & CONTEXT_ROLES ? context : trie).add(keys, shared);
  };

  const generic = new Set(GENERIC_BODIES.map(foldPhrase));
  const local = new Set(LOCAL_BODIES.map(foldPhrase));
  const bodies: LexiconEntry[] = [];
  const bodyHeads = new Set(BODY_HEADS.map(foldPhrase));

  for (const entry of lexicon) {
    const forms = [entry.vi, ...entry.variants];
    const dates = { validFrom: entry.validFrom, validTo: entry.validTo };
    switch (entry.kind) {
      case 'body': {
        bodies.push(entry);
        const key = foldPhrase(entry.vi);
        const item = {
          role: 'body' as const,
          vi: entry.vi,
          en: entry.en,
          generic: generic.has(key) || undefined,
          local: local.has(key) || undefined,
          ...dates,
        };
        for (const form of forms) add(form, item);
        break;
      }
      case 'title': {
        // "Trưởng ban", "Ủy viên": lexicon titles that say nothing without a body after them.
        const standalone = !bodyHeads.has(foldPhrase(entry.vi)) && !entry.generic;
        for (const form of forms)
          add(form, { role: 'title', vi: entry.vi, en: entry.en, standalone, ...dates });
        break;
      }
      case 'rank':
        for (const form of forms)
          add(form, { role: 'rank', vi: entry.vi, en: entry.en, standalone: true });
        break;
      case 'honorific':
        for (const form of forms) add(form, { role: 'honorific', vi: entry.vi, en: entry.en });
        break;
      case 'modifier':
        // Modifiers are placed by the lists below, which say where they stand.
        break;
    }
  }

  // Heads the lexicon shows only inside full titles: "Trưởng" in "Trưởng Ban Tổ chức Trung ương".
  const bodyKeys = bodies.flatMap((b) => [b.vi, ...b.variants]).map(foldPhrase);
  const derivedHeads = new Set<string>();
  for (const entry of lexicon) {
    if (entry.kind !== 'title') continue;
    const key = foldPhrase(entry.vi);
    for (const body of bodyKeys) {
      if (key.length > body.length && key.endsWith(` ${body}`)) {
        derivedHeads.add(entry.vi.slice(0, entry.vi.length - body.length).trim());
      }
    }
  }
  for (const head of STANDALONE_HEADS) add(head, { role: 'head', vi: head, standalone: true });
  for (const head of new Set([...BODY_HEADS, ...derivedHeads])) {
    add(head, { role: 'head', vi: head });
    if (!head.startsWith('Phó ')) add(`Phó ${head}`, { role: 'head', vi: `Phó ${head}` });
  }
  for (const [vi, variants] of Object.entries(EXTRA_BODY_VARIANTS)) {
    const key = foldPhrase(vi);
    const item = {
      role: 'body' as const,
      vi,
      en: bodies.find((b) => foldPhrase(b.vi) === key)?.en,
      generic: generic.has(key) || undefined,
      local: local.has(key) || undefined,
    };
    for (const form of [vi, ...variants]) add(form, item);
  }
  for (const m of PRE_MODIFIERS) add(m, { role: 'pre-modifier', vi: m.toLowerCase() });
  for (const m of POST_MODIFIERS) add(m, { role: 'post-modifier', vi: m });
  for (const m of ['khóa', 'khoá', 'nhiệm kỳ']) add(m, { role: 'term', vi: 'khóa' });
  for (const c of CONNECTORS) add(c, { role: 'connector', vi: c });
  for (const p of PLACE_PREFIXES) add(p, { role: 'place-prefix', vi: p });
  for (const province of PROVINCES) {
    for (const form of [province.name, ...(province.aliases ?? [])]) {
      add(form, { role: 'place', vi: province.name });
    }
  }
  for (const w of NOT_PERSON_BEFORE) add(w, { role: 'not-person', vi: w });
  for (const c of COUNTRIES) add(c, { role: 'country', vi: c });

  const names = new PhraseTrie<string>(table);
  const asciiNames = new PhraseTrie<string>(table);
  const surnames = new Set(SURNAMES.map(foldPhrase));
  for (const surname of surnames) table.intern(surname);
  const byId = new Map<string, NamedPerson>();
  for (const person of people) {
    byId.set(person.id, person);
    for (const form of new Set([person.name, ...person.aliases])) {
      const keys = syllables(form);
      if (keys.length < 2) continue;
      names.add(keys, person.id);
      asciiNames.add(keys.map(asciiOfKey), person.id);
      surnames.add(keys[0]!);
    }
  }
  for (const t of [trie, context, names, asciiNames]) t.freeze();
  const startFlags = new Uint8Array(table.size);
  for (let id = 0; id < table.size; id++) {
    if (trie.canStart(id)) startFlags[id]! |= START_PHRASE;
    if (names.canStart(id) || asciiNames.canStart(id)) startFlags[id]! |= START_NAME;
  }
  for (const surname of surnames) {
    const id = table.idOf(surname);
    if (id >= 0) startFlags[id]! |= START_SURNAME;
  }
  return {
    startFlags,
    syllables: table,
    lexicon: trie,
    context,
    names,
    asciiNames,
    people: byId,
    surnames,
  };
}
