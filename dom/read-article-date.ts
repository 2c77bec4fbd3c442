/**
 * Gathers what a document says about its publication date and lets lib/ decide
 * (lib/date/article-date.ts). Works on any DOM Document: the page in the content script, or
 * the CLI's parsed HTML.
 */
import { findArticleDate, type ArticleDate } from '../lib/date/article-date';

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date.issued"]',
];

export function readArticleDate(doc: Document, text: string, today: string): ArticleDate {
  const meta: string[] = [];
  for (const selector of META_SELECTORS) {
    for (const el of doc.querySelectorAll(selector)) {
      const value = el.getAttribute('content');
      if (value) meta.push(value);
    }
  }
  for (const el of doc.querySelectorAll('[itemprop="datePublished"]:not(meta)')) {
    const value = el.getAttribute('datetime') ?? el.getAttribute('content');
    if (value) meta.push(value);
  }
  const jsonLd = [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
    (el) => el.textContent ?? '',
  );
  const times = [...doc.querySelectorAll('time[datetime]')]
    .map((el) => el.getAttribute('datetime') ?? '')
    .filter(Boolean);
  return findArticleDate({ meta, jsonLd, times, text }, today);
}
