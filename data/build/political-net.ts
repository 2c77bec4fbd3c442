/**
 * People from political-net (Vietnamese Wikipedia infoboxes). See
 * ../shared/data/sources/political-net/SOURCE.md.
 *
 * Both files hold the same 1,332 articles in the same order. The raw file keeps the wikitext and
 * is what dates are read from: the normalised file pads year-only and some full birth dates to
 * January 1 ("10 tháng 10 năm 1967" → "1967-01-01"). The normalised file is used only for the
 * office rows the raw extract lacks (it was re-extracted later and is more complete for ~50
 * articles) and never for the article summaries' wording, which is not copied (licence).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Position } from '../../lib/dataset/types';
import { readDate } from './dates';
import { count, type BuildStats, type Draft, type GenderSignal } from './model';
import { takeDate } from './take-date';
import { asciiKey, nameKey, tidy } from './text';
import { wikiLines, wikiToText } from './wikitext';

export const POLITICAL_NET_DIR = 'political-net';
const NORMALISED_FILE = 'politicians_data_normalized_with_summary.json';
const RAW_FILE = 'politicians_data_raw_infobox.json';

interface Article {
  title: string;
  id: string;
  infobox: Record<string, string>;
  summary?: string;
}

function readArticles(path: string): Article[] {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${path}: expected a JSON array`);
  return data.map((item, i) => {
    const a = item as Partial<Article>;
    if (typeof a.title !== 'string' || typeof a.id !== 'string' || typeof a.infobox !== 'object') {
      throw new Error(`${path}[${i}]: expected {title, id, infobox}`);
    }
    return a as Article;
  });
}

/** "Nguyễn Văn Bình (chính khách)" → "Nguyễn Văn Bình". */
export function stripDisambiguation(title: string): string {
  return tidy(title.replace(/\s*\([^()]*\)\s*$/u, ''));
}

/** The words of a plain personal name: capitalised words of letters, 2 to 6 of them. */
function isPersonalName(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’]*$/u.test(w));
}

/**
 * The names an infobox `name` field gives: one per line or comma-separated item, brackets and
 * leading ranks or degrees ("Trung tướng", "Tiến sĩ") removed; only plain personal names.
 */
export function infoboxNames(value: string, prefixes: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of wikiLines(value)) {
    for (const part of line.split(/[,;]/u)) {
      let name = tidy(part.replace(/[()]/gu, ' ').replace(/\s\d{4}$/u, ''));
      let stripped = true;
      while (stripped) {
        stripped = false;
        for (const prefix of prefixes) {
          if (name.toLowerCase().startsWith(`${prefix.toLowerCase()} `)) {
            name = tidy(name.slice(prefix.length));
            stripped = true;
          }
        }
      }
      if (isPersonalName(name) && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

/**
 * Other spellings and full names the infobox gives. Two-word nicknames ("Sáu Khải", "Ba Trà",
 * "Trường Sơn") are left out: they collide with ordinary words and places in running text.
 * Names differing from `name` only in case or tone-mark placement are not aliases (the matcher
 * folds those).
 */
export function aliasesFrom(name: string, candidates: readonly string[]): string[] {
  const key = nameKey(name);
  const out: string[] = [];
  for (const candidate of candidates) {
    if (nameKey(candidate) === key) continue;
    const spellingVariant = asciiKey(candidate) === asciiKey(name);
    if (!spellingVariant && candidate.split(' ').length < 3) continue;
    if (!out.some((a) => nameKey(a) === nameKey(candidate))) out.push(candidate);
  }
  return out;
}

/**
 * Gender only where the source states it: "(nữ chính khách)" in the title, "là (một) nữ …" in
 * the lead, or the lead's sentence-initial pronoun "Ông …" (he) / "Bà …" (she). Conflicting
 * statements give nothing.
 */
export function statedGender(
  title: string,
  summary: string | undefined,
): { gender?: 'male' | 'female'; signal?: GenderSignal; conflict?: boolean } {
  const found: { gender: 'male' | 'female'; signal: GenderSignal }[] = [];
  if (/\(([^()]*\s)?nữ(\s[^()]*)?\)\s*$/iu.test(title))
    found.push({ gender: 'female', signal: 'title' });
  const text = summary?.normalize('NFC') ?? '';
  if (/(?:^|\s)là\s+(?:một\s+)?(?:vị\s+)?nữ\s/iu.test(text)) {
    found.push({ gender: 'female', signal: 'summary-noun' });
  }
  const he = /(?:^|[.!?;]\s+)Ông\s+\p{Ll}/u.test(text);
  const she = /(?:^|[.!?;]\s+)Bà\s+\p{Ll}/u.test(text);
  if (he && !she) found.push({ gender: 'male', signal: 'summary-pronoun' });
  if (she && !he) found.push({ gender: 'female', signal: 'summary-pronoun' });
  if (he && she) return { conflict: true };
  const [first] = found;
  if (!first) return {};
  if (found.some((f) => f.gender !== first.gender)) return { conflict: true };
  return first;
}

/** The birth date the article lead states: "(sinh ngày 4 tháng 3 năm 1961)", "(sinh năm 1979)". */
export function leadBirth(summary: string | undefined): string | undefined {
  const m = /\(\s*sinh\s+([^)]*)\)/u.exec(summary?.normalize('NFC') ?? '');
  if (!m?.[1]) return undefined;
  const reading = readDate(m[1].split(/[–—;]| - /u)[0] ?? '');
  return reading.kind === 'date' && !reading.reduced ? reading.date : undefined;
}

/** Office numbers present in an infobox, in order: "" (the unnumbered first office), "1", "2", … */
function officeNumbers(box: Record<string, string>): string[] {
  const numbers: string[] = [];
  for (const key of Object.keys(box)) {
    const m = /^office(\d*)$/u.exec(key);
    if (m) numbers.push(m[1] ?? '');
  }
  return numbers.sort((a, b) => (a === '' ? -1 : b === '' ? 1 : Number(a) - Number(b)));
}

/** Office text folded for comparison across the two files (letters and digits only). */
function officeKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface PoliticalNetOptions {
  /** Directory holding the source folders. */
  sourcesDir: string;
  /** The latest date the source can describe; later dates are typing slips. */
  snapshot: string;
  /** Ranks, degrees and honorifics that may precede a name in the infobox `name` field. */
  namePrefixes: readonly string[];
  stats: BuildStats;
}

export function readPoliticalNet(options: PoliticalNetOptions): Draft[] {
  const { sourcesDir, snapshot, namePrefixes, stats } = options;
  const dir = join(sourcesDir, POLITICAL_NET_DIR);
  const normalised = readArticles(join(dir, NORMALISED_FILE));
  const raw = readArticles(join(dir, RAW_FILE));
  if (normalised.length !== raw.length) {
    throw new Error(`${POLITICAL_NET_DIR}: ${NORMALISED_FILE} and ${RAW_FILE} differ in length`);
  }

  return normalised.map((article, i): Draft => {
    const rawArticle = raw[i];
    if (!rawArticle || rawArticle.id !== article.id) {
      throw new Error(`${POLITICAL_NET_DIR}: record ${i} has different ids in the two files`);
    }
    const box = rawArticle.infobox;
    const nbox = article.infobox;
    const sourceKey = `viwiki:${article.id}`;
    const where = `${sourceKey} ${article.title}`;

    const name = stripDisambiguation(article.title);
    const aliases =
      box.name === undefined ? [] : aliasesFrom(name, infoboxNames(box.name, namePrefixes));

    const lead = leadBirth(article.summary);
    let birth = takeDate(readDate(box.birth_date ?? box.sinh), 'birth', where, snapshot, stats);
    if (birth === undefined && lead !== undefined) {
      birth = lead;
      count(stats, 'viwiki births taken from the article lead (infobox has none)');
    }

    const hometownRaw = box.hometown ?? box['nguyên_quán'];
    const hometown = hometownRaw === undefined ? '' : wikiToText(hometownRaw);

    const birthplace = box.birth_place === undefined ? '' : wikiToText(box.birth_place);

    const gender = statedGender(article.title, article.summary);
    if (gender.conflict) count(stats, 'viwiki gender statements in conflict (omitted)');

    // The two files sometimes come from different revisions of the article (offices renumbered):
    // take every office of the raw file, then the normalised file's offices whose text is not
    // among them.
    const positions: Position[] = [];
    const seen = new Set<string>();
    const offices = [
      ...officeNumbers(box).map((n) => ({ n, box, text: wikiToText(box[`office${n}`] ?? '') })),
      ...officeNumbers(nbox).map((n) => ({ n, box: nbox, text: tidy(nbox[`office${n}`] ?? '') })),
    ];
    for (const { n, box: from, text } of offices) {
      const fold = officeKey(text);
      if (from === nbox && seen.has(fold)) continue;
      if (text === '') {
        count(stats, 'viwiki offices with no text (skipped)');
        continue;
      }
      if (from === nbox) count(stats, 'viwiki offices only in the normalised file');
      seen.add(fold);
      const here = `${where} office${n}`;
      // A raw office without dates takes them from the same office in the normalised file.
      const twin = from === box && officeKey(tidy(nbox[`office${n}`] ?? '')) === fold ? nbox : from;
      const term = (field: string) => from[`${field}${n}`] ?? twin[`${field}${n}`];
      const endReading = readDate(term('term_end'));
      const position: Position = { raw: text, source: sourceKey };
      const start = takeDate(readDate(term('term_start')), 'term_start', here, snapshot, stats);
      const end = takeDate(endReading, 'term_end', here, snapshot, stats);
      if (start !== undefined) position.start = start;
      if (end !== undefined) position.end = end;
      if (endReading.kind === 'current') position.current = true;
      positions.push(position);
    }

    const draft: Draft = { sourceKey, name, aliases, positions, idHint: article.id };
    if (gender.gender) {
      draft.gender = gender.gender;
      if (gender.signal) draft.genderSignal = gender.signal;
      count(stats, `viwiki gender stated by ${gender.signal}`);
    }
    if (birth !== undefined) draft.birth = birth;
    if (hometown !== '') draft.hometown = hometown;
    if (birthplace !== '') draft.birthplace = birthplace;
    if (lead !== undefined) draft.leadBirth = lead;
    return draft;
  });
}
