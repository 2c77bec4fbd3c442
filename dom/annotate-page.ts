/**
 * One reading of a page: its text, the article's date, the mentions, and the DOM ranges they
 * cover (for highlights and hit-testing). Rebuilt whole when the page changes.
 */
import type { Mention, Recogniser } from '../lib/create-recogniser';
import type { ArticleDate } from '../lib/date/article-date';
import { collectPageText, rangeFor, type PageText } from './collect-page-text';
import { MentionHitTester, type PlacedMention } from './hit-test';
import { readArticleDate } from './read-article-date';

export interface PlacedMentionOf extends PlacedMention {
  mention: Mention;
}

export interface PageAnnotation {
  page: PageText;
  articleDate: ArticleDate;
  mentions: Mention[];
  placed: PlacedMentionOf[];
  hitTester: MentionHitTester;
}

export function annotatePage(doc: Document, recogniser: Recogniser, today: string): PageAnnotation {
  const page = collectPageText(doc.body);
  const articleDate = readArticleDate(doc, page.text, today);
  const mentions = recogniser.recognise(page.text, { date: articleDate.date });
  const placed: PlacedMentionOf[] = [];
  for (const mention of mentions) {
    const range = rangeFor(page, mention.start, mention.end);
    if (range) placed.push({ start: mention.start, end: mention.end, range, mention });
  }
  return { page, articleDate, mentions, placed, hitTester: new MentionHitTester(page, placed) };
}
