/**
 * The article's date, from what a page says about itself, tried in turn: publication meta
 * tags, JSON-LD `datePublished`, `<time datetime>`, then Vietnamese datelines in the text
 * ("Thứ ba, 13/12/2016 | 14:16 GMT+7", "Ngày 17/7/2020", "Chiều ngày 25/2, tại Hà Nội" with a
 * year found elsewhere on the page); today when the page says nothing.
 * Pure: the caller reads the page (dom/read-article-date.ts, or the CLI's HTML parser).
 */

export type ArticleDateSource = 'meta' | 'json-ld' | 'time' | 'dateline' | 'today';

export interface ArticleDate {
  /** YYYY-MM-DD */
  date: string;
  source: ArticleDateSource;
}

/** What a page offers, in the order it is trusted. */
export interface ArticleDateEvidence {
  /** Values of article:published_time, og:published_time, itemprop=datePublished, ... */
  meta: readonly string[];
  /** Text of each `<script type="application/ld+json">`. */
  jsonLd: readonly string[];
  /** `datetime` attributes of `<time>` elements, in document order. */
  times: readonly string[];
  /** The page's text (its beginning is enough for datelines). */
  text: string;
}

function validDay(year: number, month: number, day: number): string | undefined {
  if (year < 1945 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31)
    return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined; // 31/2
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2016-12-13T14:16:17+07:00", "2016-12-13" → the date as written (the page's own time zone). */
export function dateOfIsoValue(value: string): string | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

function datePublishedIn(node: unknown): string | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = datePublishedIn(item);
      if (found) return found;
    }
    return undefined;
  }
  if (node === null || typeof node !== 'object') return undefined;
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') {
    const date = dateOfIsoValue(record.datePublished);
    if (date) return date;
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const found = datePublishedIn(record[key]);
    if (found) return found;
  }
  return undefined;
}

const DAY_MONTH_YEAR = /(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})/g;
const DAY_MONTH = /(?:^|[^\p{L}\d/])ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/giu;
const YEAR = /(?:^|[^\d/])(19[5-9]\d|20\d\d)(?![\d/])/g;
/** Datelines sit at the top of an article; further down, dates are about other things. */
const DATELINE_WINDOW = 1500;

/** A Vietnamese dateline: a full d/m/yyyy near the top, or "ngày d/m" with a year elsewhere. */
export function datelineDate(text: string): string | undefined {
  const head = text.slice(0, DATELINE_WINDOW);
  for (const m of head.matchAll(DAY_MONTH_YEAR)) {
    const date = validDay(Number(m[3]), Number(m[2]), Number(m[1]));
    if (date) return date;
  }
  const dayMonth = DAY_MONTH.exec(head);
  DAY_MONTH.lastIndex = 0;
  if (!dayMonth) return undefined;
  // The year: the most frequent plausible year on the page ("Chiều ngày 25/2 ... năm 2016").
  const counts = new Map<number, number>();
  for (const m of text.matchAll(YEAR))
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let year: number | undefined;
  for (const [y, n] of counts) if (year === undefined || n > counts.get(year)!) year = y;
  return year === undefined ? undefined : validDay(year, Number(dayMonth[2]), Number(dayMonth[1]));
}

export function findArticleDate(evidence: ArticleDateEvidence, today: string): ArticleDate {
  for (const value of evidence.meta) {
    const date = dateOfIsoValue(value);
    if (date) return { date, source: 'meta' };
  }
  for (const script of evidence.jsonLd) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script);
    } catch {
      continue; // a page's broken JSON-LD is its own business
    }
    const date = datePublishedIn(parsed);
    if (date) return { date, source: 'json-ld' };
  }
  for (const value of evidence.times) {
    const date = dateOfIsoValue(value);
    if (date) return { date, source: 'time' };
  }
  const dateline = datelineDate(evidence.text);
  if (dateline) return { date: dateline, source: 'dateline' };
  return { date: today, source: 'today' };
}
