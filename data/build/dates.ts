/**
 * Reading the dates the sources write ("21 tháng 10 năm 2022", "tháng 8 năm 2010", "11/2008",
 * "{{ngày sinh và tuổi|1971|8|2}}", "nay") as partial ISO dates whose length is their precision:
 * "2022-10-21", "2010-08", "2008".
 */

import { tidy } from './text';
import { replaceTemplates, stripNotes } from './wikitext';

export { isPartialDate } from '../../lib/dataset/schema';

export type DateReading =
  /** A date; `reduced` when the source's month or day was impossible and only the year was kept. */
  | { kind: 'date'; date: string; reduced?: boolean }
  /** "nay", "đương nhiệm", "hiện tại": the post is still held. */
  | { kind: 'current' }
  /** Nothing written. */
  | { kind: 'empty' }
  /** Something written that is not a date we can trust (free text, "?", impossible numbers). */
  | { kind: 'unparseable'; text: string };

const MIN_YEAR = 1800;
const MAX_YEAR = 2100;

/** Templates whose first positional arguments are year, month, day of the date they show. */
const DATE_TEMPLATES = new Set([
  'ngày sinh và tuổi',
  'ngày sinh',
  'ngày mất và tuổi',
  'ngày mất',
  'năm sinh và tuổi',
  'năm mất và tuổi',
  'birth date and age',
  'birthdate and age',
  'birth date',
  'birth year and age',
  'death date and age',
  'death date and given age',
  'death date',
  'bda',
  'dda',
  'start date',
  'end date',
]);

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Builds a partial date from numbers, or explains why not. An impossible month or day keeps the
 * year (marked `reduced`), since the year itself was stated.
 */
export function makeDate(year: number, month?: number, day?: number): DateReading {
  const text = [day, month, year].filter((n) => n !== undefined).join('/');
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    return { kind: 'unparseable', text };
  }
  if (month === undefined) return { kind: 'date', date: String(year) };
  if (month < 1 || month > 12) return { kind: 'date', date: String(year), reduced: true };
  if (day === undefined) return { kind: 'date', date: `${year}-${pad2(month)}` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { kind: 'date', date: String(year), reduced: true };
  }
  return { kind: 'date', date: `${year}-${pad2(month)}-${pad2(day)}` };
}

/** Renders date templates as "d/m/yyyy", "m/yyyy" or "yyyy"; drops every other template. */
function renderDateTemplate(name: string, args: string[]): string {
  if (!DATE_TEMPLATES.has(name.toLowerCase().replace(/_/gu, ' '))) return ' ';
  const [y, m, d] = args.slice(0, 3).map((a) => a.replace(/^0+(?=\d)/u, ''));
  if (!y || !/^\d{4}$/u.test(y)) return ' ';
  if (!m || !/^\d{1,2}$/u.test(m)) return ` ${y} `;
  if (!d || !/^\d{1,2}$/u.test(d)) return ` ${m}/${y} `;
  return ` ${d}/${m}/${y} `;
}

/** Wikitext (or plain text) of a date field → plain text with date templates spelt out. */
function dateFieldText(value: string): string {
  let text = stripNotes(value.normalize('NFC'));
  text = replaceTemplates(text, renderDateTemplate);
  text = text
    .replace(/<br\s*\/?\s*>/giu, ' ')
    .replace(/\[\[([^[\]|]*)\|([^[\]]*)\]\]/gu, '$2')
    .replace(/\[\[([^[\]|]*)\]\]/gu, '$1')
    .replace(/<\/?[a-z][^>]*>/giu, ' ')
    .replace(/'{2,}/gu, '')
    .replace(/&nbsp;/gu, ' ');
  return tidy(text);
}

/** Removes balanced (…) groups; unclosed brackets are left alone. */
function withoutBrackets(text: string): string {
  let out = text;
  for (let guard = 0; guard < 5; guard++) {
    const next = out.replace(/\([^()]*\)/gu, ' ');
    if (next === out) break;
    out = next;
  }
  return tidy(out);
}

interface Found {
  index: number;
  length: number;
  reading: DateReading;
}

const NUMBER_PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray) => DateReading }> = [
  {
    // 21 tháng 10 năm 2022 · ngày 29 tháng 7 năm 2009 · 1 tháng 1, 2013 · 6 tháng 11 2020
    re: /(?<!\d)(\d{1,2})\s*th?áng\s*(\d{1,2})\s*(?:năm|tháng|,)?\s*(?:năm\s*)?(\d{4})(?!\d)/giu,
    read: (m) => makeDate(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    // tháng 8 năm 2010 · Tháng 10, 2015 · tháng 12/2009 · Tháng 11, năm 1946
    re: /th?áng\s*(\d{1,2})\s*(?:năm|,|\/)?\s*(?:năm\s*)?(\d{4})(?!\d)/giu,
    read: (m) => makeDate(Number(m[2]), Number(m[1])),
  },
  {
    // 2022-10-21 · 2010-08 (already normalised values)
    re: /(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)/gu,
    read: (m) =>
      makeDate(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])),
  },
  {
    // 15/9/2009 · 11-5-1946 · 06/08/2018
    re: /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/gu,
    read: (m) => makeDate(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    // 11/2008 · 02.2025 · 5//2021
    re: /(?<![\d/.-])(\d{1,2})\s*(?:\/{1,2}|\.)\s*(\d{4})(?!\d)/gu,
    read: (m) => makeDate(Number(m[2]), Number(m[1])),
  },
  {
    // 2002 · năm 2012 · Đầu 1949 (a bare year)
    re: /(?<![\d/.-])(\d{4})(?!\d)/gu,
    read: (m) => makeDate(Number(m[1])),
  },
];

/** The earliest date expression in `text` (the longest one when several start together). */
function firstDate(text: string): Found | undefined {
  let best: Found | undefined;
  for (const { re, read } of NUMBER_PATTERNS) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m) continue;
    const found = { index: m.index, length: m[0].length, reading: read(m) };
    if (
      !best ||
      found.index < best.index ||
      (found.index === best.index && found.length > best.length)
    ) {
      best = found;
    }
  }
  return best;
}

const CURRENT = /^(?:nay|đến nay|hiện nay|hiện tại|đương nhiệm|đương chức)(?![\p{L}\d])/iu;
const UNCERTAIN = /\?|không rõ|chưa rõ|khoảng/iu;

/**
 * Reads one date field. The first date written wins ("Bổ nhiệm: tháng 3 năm 2018 Bắt đầu nhiệm
 * kỳ: …" → 2018-03); bracketed remarks are ignored unless they hold the only date.
 */
export function readDate(value: string | undefined): DateReading {
  if (value === undefined) return { kind: 'empty' };
  const text = dateFieldText(value).replace(/^[\s•–—-]+/u, '');
  if (text === '' || /^\(\s*\)$/u.test(text)) return { kind: 'empty' };
  if (CURRENT.test(text)) return { kind: 'current' };
  if (UNCERTAIN.test(text)) return { kind: 'unparseable', text };
  const found = firstDate(withoutBrackets(text)) ?? firstDate(text);
  return found ? found.reading : { kind: 'unparseable', text };
}

/** Compares partial dates by their common precision (-1, 0, 1); "2011" equals "2011-08-03". */
export function comparePartial(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** True when `a` and `b` can name the same day: equal where both are precise. */
export function datesAgree(a: string, b: string): boolean {
  return comparePartial(a, b) === 0;
}

/** "4/3/1961" (day/month/year, as the National Assembly lists write births), or undefined. */
export function readDayMonthYear(text: string): DateReading | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(text.trim());
  return m ? makeDate(Number(m[3]), Number(m[2]), Number(m[1])) : undefined;
}
