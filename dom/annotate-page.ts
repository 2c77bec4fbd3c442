/**
 * One reading of a page: its text, the article's date, the mentions, and the DOM ranges they
 * cover (for highlights and hit-testing). Rebuilt whole when the page changes: at once
 * (`annotatePage`), or, for content added while the reader is on the page, in steps run when
 * the browser is idle (`annotatePageWhenIdle`), so that a long page never holds up scrolling.
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

/** Mentions placed between two looks at the idle deadline. */
const PLACED_PER_STEP = 64;

/**
 * The reading as steps: collect the text; read the date and recognise (one pure call, a few
 * ms for an article); place the mentions' ranges, PLACED_PER_STEP at a time.
 */
function* annotationSteps(
  doc: Document,
  recogniser: Recogniser,
  today: string,
): Generator<void, PageAnnotation> {
  const page = collectPageText(doc.body);
  yield;
  const articleDate = readArticleDate(doc, page.text, today);
  const mentions = recogniser.recognise(page.text, { date: articleDate.date });
  const placed: PlacedMentionOf[] = [];
  for (let k = 0; k < mentions.length; k++) {
    if (k > 0 && k % PLACED_PER_STEP === 0) yield;
    const mention = mentions[k]!;
    const range = rangeFor(page, mention.start, mention.end);
    if (range) placed.push({ start: mention.start, end: mention.end, range, mention });
  }
  return { page, articleDate, mentions, placed, hitTester: new MentionHitTester(page, placed) };
}

export function annotatePage(doc: Document, recogniser: Recogniser, today: string): PageAnnotation {
  const steps = annotationSteps(doc, recogniser, today);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** What `requestIdleCallback` gives: how long the browser can spare now. */
export interface IdleTime {
  timeRemaining(): number;
  readonly didTimeout?: boolean;
}

/** Runs `work` in the browser's next idle period; returns a cancel function. */
export type IdleScheduler = (work: (idle: IdleTime) => void) => () => void;

export const requestIdle: IdleScheduler = (work) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => work({ timeRemaining: () => 8 }), 0);
  return () => clearTimeout(handle);
};

/**
 * `annotatePage` in idle periods: each period runs steps while it has time left (at least one
 * step, so the reading always moves on), then waits for the next. Calls `done` with the same
 * reading `annotatePage` gives, unless cancelled first (the returned function): a newer change
 * of the page makes a newer reading, and the older one is dropped.
 */
export function annotatePageWhenIdle(
  doc: Document,
  recogniser: Recogniser,
  today: string,
  done: (annotation: PageAnnotation) => void,
  schedule: IdleScheduler = requestIdle,
): () => void {
  const steps = annotationSteps(doc, recogniser, today);
  let cancelled = false;
  let cancelNext: () => void = () => {};
  const period = (idle: IdleTime) => {
    if (cancelled) return;
    do {
      const step = steps.next();
      if (step.done) {
        done(step.value);
        return;
      }
    } while (idle.timeRemaining() > 1);
    cancelNext = schedule(period);
  };
  cancelNext = schedule(period);
  return () => {
    cancelled = true;
    cancelNext();
  };
}
