/**
 * Settings reach an open page without a reload (utils/settings.ts, written here to
 * storage.local as the options page does): highlight kinds switched off and on, the card's
 * language, and the accessible mode, where Tab reaches each mention, focus opens its card and
 * Esc closes it, and leaving it puts the page's DOM back exactly. In every browser.
 * Screenshot: e2e/screenshots/<browser>-accessible-focus-card.png (look at it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticlePage, normalizeText, type HighlightSnapshot } from './support/article-page';
import { selectedBrowsers } from './support/browsers';
import {
  hoverHighlight,
  readCardContent,
  readFocus,
  readMarks,
  saveNamedScreenshot,
  waitForCardContent,
  waitForNoCard,
  writeSettings,
  MENTION_TAG,
  type AccessibleMarks,
  type StoredSettings,
} from './support/card-page';
import { poll, sleep } from './support/poll';
import { useFixtureServer } from './support/server';
import { VIEWPORT } from './support/settings';
import { SetupResult } from './support/setup-result';
import type { BrowserPage, ExtensionBrowser } from './support/types';

const PERSON = 'Phạm Bình Minh';
const FAR_AWAY = { x: 8, y: VIEWPORT.height - 8 };
const ALL_KINDS = { person: true, 'person-unlinked': true, title: true, body: true };

const fixtureServer = useFixtureServer();

/** The page's text as served, and as it is now (the card's host holds no text of its own). */
function bodyTexts(page: BrowserPage): Promise<{ original: string; live: string }> {
  return page.evaluate(async () => {
    const response = await fetch(location.href, { cache: 'no-store' });
    const original = new DOMParser().parseFromString(await response.text(), 'text/html');
    return { original: original.body.textContent ?? '', live: document.body.textContent ?? '' };
  });
}

describe.each(selectedBrowsers())('$name', (target) => {
  const launched = new SetupResult<ExtensionBrowser>(`launching ${target.name}`);
  const opened = new SetupResult<{ article: ArticlePage; snapshot: HighlightSnapshot }>(
    `opening the seed article in ${target.name}`,
  );
  const settle = async (change: StoredSettings) => {
    await writeSettings(launched.get(), change);
    // Written from a tab of its own: the article is the reader's tab again.
    await opened.get().article.page.bringToFront();
  };
  const marksUntil = (done: (marks: AccessibleMarks) => boolean) =>
    poll(() => readMarks(opened.get().article.page), done, { timeoutMs: 5_000 });

  beforeAll(async () => {
    await launched.run(() => target.launch());
    await opened.run(async () => {
      await writeSettings(launched.get(), { language: 'en' });
      const article = new ArticlePage(
        await launched.get().openPage(fixtureServer().url('seed-vietnamplus.html')),
      );
      const snapshot = await article.waitForHighlights([PERSON, 'Hoàng Bình Quân']);
      return { article, snapshot };
    });
  });
  afterAll(async () => {
    await opened.peek()?.article.page.close();
    const browser = launched.peek();
    if (browser) await writeSettings(browser, null).catch(() => {});
    await browser?.close();
  });

  it('switches a kind of highlight off and on again without a reload', async () => {
    const { article, snapshot } = opened.get();
    await settle({ kinds: { ...ALL_KINDS, title: false, body: false } });
    const off = await marksUntil((m) => !m.highlights.includes('ai-la-ai-title'));
    expect(off.highlights).toEqual(['ai-la-ai-person']);
    // A title switched off is not there for the pointer either.
    await article.page.mouseMove(FAR_AWAY.x, FAR_AWAY.y);
    expect(
      await hoverHighlight(article, snapshot, 'ai-la-ai-title', 'Phó Thủ tướng'),
    ).not.toBeNull();
    await sleep(1_000);
    expect((await readCardContent(article.page))?.visible ?? false).toBe(false);

    await settle({ kinds: ALL_KINDS });
    const on = await marksUntil((m) => m.highlights.includes('ai-la-ai-title'));
    expect(on.highlights.sort()).toEqual(['ai-la-ai-body', 'ai-la-ai-person', 'ai-la-ai-title']);
  });

  it("changes an open card's language when the setting changes", async () => {
    const { article, snapshot } = opened.get();
    await article.page.mouseMove(FAR_AWAY.x, FAR_AWAY.y);
    await waitForNoCard(article.page);
    await article.hoverPerson(PERSON, snapshot);
    const english = await waitForCardContent(article.page, (c) => !!c.parts['card-date']);
    expect(english?.parts['card-date']).toBe("As of the article's date, 25/02/2016");
    await writeSettings(launched.get(), { language: 'vi' });
    const vietnamese = await waitForCardContent(article.page, (c) =>
      (c.parts['card-date'] ?? '').startsWith('Theo'),
    );
    expect(vietnamese?.parts['card-date']).toBe('Theo ngày bài báo 25/02/2016');
    await article.page.bringToFront();
    await article.page.mouseMove(FAR_AWAY.x, FAR_AWAY.y);
    await waitForNoCard(article.page);
  });

  it('accessible mode: mentions become tab stops around the same text', async () => {
    const { article } = opened.get();
    await settle({ highlightMode: 'accessible' });
    const marks = await marksUntil((m) => m.elements.length > 0 && m.highlights.length === 0);
    expect(marks.highlights).toEqual([]);
    const people = marks.elements.filter((e) => e.kind === 'person' && e.tabIndex === 0);
    expect(people.map((e) => normalizeText(e.text))).toContain(PERSON);
    expect(new Set(marks.elements.map((e) => e.kind))).toEqual(
      new Set(['person', 'title', 'body']),
    );
    const text = await bodyTexts(article.page);
    expect(text.live, "the page's text, character for character").toBe(text.original);
  });

  it('accessible mode: Tab reaches a mention, focus opens its card, Esc closes it', async () => {
    const { article } = opened.get();
    await article.page.mouseMove(FAR_AWAY.x, FAR_AWAY.y);
    await waitForNoCard(article.page);
    // Start from the top of the page, then Tab like a keyboard user.
    await article.page.evaluate(() => {
      window.scrollTo(0, 0);
      (document.activeElement as HTMLElement | null)?.blur();
    });
    let focused = await readFocus(article.page);
    for (let presses = 0; presses < 20 && focused.tag !== MENTION_TAG; presses++) {
      await article.page.press('Tab');
      focused = await readFocus(article.page);
    }
    expect(focused.tag, 'Tab reached a mention').toBe(MENTION_TAG);
    const card = await waitForCardContent(article.page, (c) => !!c.parts['card-date']);
    await saveNamedScreenshot(article.page, target.name, 'accessible-focus-card');
    expect(normalizeText(card?.parts['card-name'] ?? '')).toBe(normalizeText(focused.text));

    await article.page.press('Escape');
    expect(await waitForNoCard(article.page), 'closed by Esc').toBe(false);
    expect((await readFocus(article.page)).tag, 'focus stays on the mention').toBe(MENTION_TAG);

    await article.page.press('Tab');
    const next = await readFocus(article.page);
    expect(next.tag).toBe(MENTION_TAG);
    const nextCard = await waitForCardContent(
      article.page,
      (c) => normalizeText(c.parts['card-name'] ?? '') === normalizeText(next.text),
    );
    expect(nextCard).not.toBeNull();
    await article.page.press('Escape');
    await waitForNoCard(article.page);
  });

  it('accessible mode: hovering a wrapped name opens its card too', async () => {
    const { article, snapshot } = opened.get();
    await article.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await article.page.mouseMove(FAR_AWAY.x, FAR_AWAY.y);
    await waitForNoCard(article.page);
    expect(await article.hoverPerson(PERSON, snapshot)).not.toBeNull();
    const card = await waitForCardContent(
      article.page,
      (c) => normalizeText(c.parts['card-name'] ?? '') === PERSON,
    );
    expect(card?.kind).toBe('person');
    await article.page.mouseMove(FAR_AWAY.x, FAR_AWAY.y);
    await waitForNoCard(article.page);
  });

  it("back to highlights: the page's DOM is exactly as it was", async () => {
    const { article } = opened.get();
    await settle({ highlightMode: 'highlight' });
    const marks = await marksUntil((m) => m.elements.length === 0 && m.highlights.length > 0);
    expect(marks.elements).toEqual([]);
    const text = await article.textSnapshot();
    expect(text.liveMarkup).toBe(text.originalMarkup);
    expect(text.liveText).toBe(text.originalText);
  });
});
